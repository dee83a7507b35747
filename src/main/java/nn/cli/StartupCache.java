package nn.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nn.i18n.Messages;

/**
 * Makes nn's start-up file from a training run: on JDK 24 and newer an ahead-of-time cache ({@code nn.aot},
 * JEP 483/514: classes loaded and linked, the module graph, lambdas; no method profiles, see
 * {@link #NO_PROFILES}), on JDK 21–23 a static class-data archive ({@code nn.jsa}). The Maven build runs it after packaging the jar, with the
 * JDK the build selected (the toolchain), so the first {@code ./nn} after a build starts fast; the launcher
 * runs it when the file is missing, older than the jar, or made by another JDK than the one it picked.
 *
 * <p>The file goes next to the jar with a stamp ({@code FILE.jdk}: the real path of the JDK's {@code java}
 * and its {@code JAVA_RUNTIME_VERSION}, as the launcher reads them from the JDK's {@code release} file) that
 * the launcher compares with its own, since such a file is only valid for the JDK build that made it. A
 * run that fails leaves that stamp in {@code FILE.failed} instead, so the launcher does not try again on
 * every start. Everything is written under a name of this process's own and renamed into place: concurrent
 * builds and first runs each see a whole file or none.
 *
 * <p>The options the training run, the dump and the launcher's start share are those of {@link #TRAINING}:
 * a file records them, and a start with other options uses less of it or none.
 */
public final class StartupCache {
    private StartupCache() {}

    /**
     * The options of the training runs: those the launcher starts nn with (the opened package that adds the
     * Vector API module on first use, native access, the serial collector, the stack) and the portable kernels,
     * since a class that uses the Vector API cannot go into a file the JVM reads before the module exists. The
     * JVM's own log lines about the file are switched off.
     */
    static final List<String> TRAINING = List.of("--add-opens", "java.base/jdk.internal.module=ALL-UNNAMED",
            "--enable-native-access=ALL-UNNAMED", "-Dnn.portable=true", "-XX:+UseSerialGC", "-Xss8m", "-Xmx1g", "-Xlog:disable");

    /**
     * The AOT cache holds no method profiles (JDK 25's JEP 515, on by default): replayed at start they made the JIT
     * compile methods that were hot in the training run's training loop, 20–25 ms of every start's CPU, and
     * samples/mnist.nn ran no faster with them (README, Speed, sixth round). The flag is diagnostic in JDK 25;
     * a JDK that does not know it ignores it.
     */
    static final List<String> NO_PROFILES = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:-AOTRecordTraining");

    /** The main class: the launcher names it with the jar on the class path (no -jar, which opens the jar). */
    static final String MAIN = "nn.cli.Main";

    /** Which file: {@code aot} (JDK 24+), {@code cds}, or {@code auto} (the AOT cache where this JDK has it). */
    enum Kind { AOT, CDS }

    /**
     * {@code StartupCache JAR FILE.nn [auto|aot|cds]}: makes the start-up file beside JAR from a run of SCRIPT.
     * Exits 0 when the file was made, 1 when making it failed (the build goes on without it: the launcher
     * then starts nn without one), 64 on a wrong command line.
     */
    public static void main(String[] args) {
        Messages.use(nn.i18n.Lang.fromEnvironment(System.getenv()));
        System.exit(run(args));
    }

    static int run(String... args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("nn: " + Messages.t("cli.startup-cache.usage"));
            return 64;
        }
        Kind kind;
        String asked = args.length == 3 ? args[2].toLowerCase(Locale.ROOT) : "auto";
        switch (asked) {
            case "auto" -> kind = Runtime.version().feature() >= 24 ? Kind.AOT : Kind.CDS;
            case "aot" -> kind = Kind.AOT;
            case "cds" -> kind = Kind.CDS;
            default -> {
                System.err.println("nn: " + Messages.t("cli.startup-cache.usage"));
                return 64;
            }
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path script = Path.of(args[1]).toAbsolutePath();
        Path java = javaHome().resolve("bin").resolve("java");
        try {
            if (make(kind, java, jar, script, stamp(javaHome())) != null) return 0;
            System.err.println("nn: " + Messages.t("cli.startup-cache.run-failed", java));
            return 1;
        } catch (IOException e) {
            System.err.println("nn: " + Messages.t("cli.startup-cache.failed", nn.io.IoReasons.said(e)));
            return 1;
        }
    }

    /** This JVM's JDK, its links resolved (the launcher compares the real path of the java it picked). */
    static Path javaHome() {
        Path home = Path.of(System.getProperty("java.home"));
        try {
            return home.toRealPath();
        } catch (IOException e) {
            return home;
        }
    }

    /**
     * The stamp of a JDK: the real path of its {@code java} and the JAVA_RUNTIME_VERSION of its release
     * file ({@code ?} where it has none), read as the launcher reads them, so both write the same line.
     */
    static String stamp(Path home) {
        String version = "?";
        try {
            for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_RUNTIME_VERSION=\"") && line.endsWith("\"") && line.length() > 23) {
                    version = line.substring(22, line.length() - 1);
                    break;
                }
            }
        } catch (IOException e) {
            // no release file: the path alone names the JDK
        }
        return home.resolve("bin").resolve("java") + " " + version;
    }

    /** The file this kind makes beside the jar. */
    static Path target(Kind kind, Path jar) {
        return jar.resolveSibling(kind == Kind.AOT ? "nn.aot" : "nn.jsa");
    }

    /** Makes the file (returns it) or records the failure in FILE.failed (returns null). */
    static Path make(Kind kind, Path java, Path jar, Path script, String stamp) throws IOException {
        Path file = target(kind, jar);
        String own = "." + ProcessHandle.current().pid();
        Path tmp = file.resolveSibling(file.getFileName() + own);
        Path side = file.resolveSibling(file.getFileName() + own + (kind == Kind.AOT ? ".conf" : ".classes"));
        Path stampTmp = file.resolveSibling(file.getFileName() + own + ".jdk");
        Path failed = file.resolveSibling(file.getFileName() + ".failed");
        try {
            boolean ok = switch (kind) {
                case AOT -> train(java, NO_PROFILES, "-XX:AOTMode=record", "-XX:AOTConfiguration=" + side, "-cp", jar.toString(), MAIN,
                                script.toString())
                        && train(java, NO_PROFILES, "-XX:AOTMode=create", "-XX:AOTConfiguration=" + side, "-XX:AOTCache=" + tmp, "-cp",
                                jar.toString());
                case CDS -> train(java, List.of(), "-XX:DumpLoadedClassList=" + side, "-cp", jar.toString(), MAIN, script.toString())
                        && train(java, List.of(), "-Xshare:dump", "-XX:SharedClassListFile=" + side, "-XX:SharedArchiveFile=" + tmp, "-cp",
                                jar.toString());
            };
            if (!ok || !Files.isRegularFile(tmp) || Files.size(tmp) == 0) {
                Files.writeString(stampTmp, stamp + "\n", StandardCharsets.UTF_8);
                Files.move(stampTmp, failed, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return null;
            }
            // The stamp first: a reader that sees the new file also sees the stamp that names its JDK.
            Files.writeString(stampTmp, stamp + "\n", StandardCharsets.UTF_8);
            Files.move(stampTmp, file.resolveSibling(file.getFileName() + ".jdk"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(failed);
            return file;
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(side);
            Files.deleteIfExists(stampTmp);
        }
    }

    /** One run of the JDK's java with the training options and {@code more}; whether it ended with status 0. */
    private static boolean train(Path java, List<String> more, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(TRAINING);
        command.addAll(more);
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            // A training run takes seconds; ten minutes means something hangs (the build must not).
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return false;
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
        return p.exitValue() == 0;
    }
}
