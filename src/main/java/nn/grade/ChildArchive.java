package nn.grade;

import nn.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The archive the grading children start from: on JDK 25 and later an ahead-of-time cache (JEP 483/514:
 * the classes a grading run loads, already linked, with their lambdas and method profiles), else a
 * dynamic class-data archive (CDS: the classes parsed, verified and laid out once, then mapped by every
 * child). Without one a child spends about half its CPU time loading and verifying classes from nn.jar;
 * the AOT cache saves another ~15% over CDS (README, Speed). It is made on first use by one training run of a child
 * on a built-in warm-up assignment ({@code nn/grade/warmup-*.nn}), written under a private name and
 * renamed into place, so concurrent graders and children only ever read a whole archive. Its name holds a
 * key of the jar, the Java runtime and the child's options, so a rebuilt jar or another JDK gets its own.
 * It lives next to nn.jar when that folder is writable (a Gradescope image makes it in setup.sh), else in
 * the user's cache folder. When it cannot be made, children start without it: slower, never wrong.
 */
final class ChildArchive {
    private static final long TRAINING_LIMIT_SECONDS = 120;
    private static Path ready;
    private static boolean tried;

    private ChildArchive() {}

    /** Whether this Java makes an AOT cache (JDK 25's -XX:AOTCacheOutput) rather than a CDS archive. */
    static final boolean AOT = Runtime.version().feature() >= 25;

    /** The options that make a child start from {@code archive}, with the JVM's notes about it switched off. */
    static List<String> use(Path archive) {
        return AOT ? List.of("-XX:AOTCache=" + archive, "-Xlog:aot*=off", "-Xlog:cds*=off")
                : List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    private static String suffix() { return AOT ? ".aot" : ".jsa"; }

    /** The archive for children started with {@code options}, made now if missing; null when it cannot be had. */
    static synchronized Path get(List<String> options, PrintStream progress) {
        if (tried) return ready;
        tried = true;
        if (Boolean.getBoolean("nn.grade.noArchive") || "0".equals(System.getenv("NN_GRADE_ARCHIVE"))) return null;
        Path jar = jar();
        if (jar == null) return null;  // classes from a folder (the build's tests): nothing stable to archive
        String key;
        try {
            key = key(jar, options);
        } catch (IOException e) {
            return null;
        }
        for (Path dir : folders(jar)) {
            Path archive = dir.resolve("nn-grade-" + key + suffix());
            if (Files.isRegularFile(archive)) return ready = archive;
        }
        for (Path dir : folders(jar)) {
            Path archive = dir.resolve("nn-grade-" + key + suffix());
            if (train(archive, options, progress)) {
                removeOthers(dir, archive);
                return ready = archive;
            }
        }
        return null;
    }

    /** Where an archive may live: nn.jar's folder, then the user's cache folder. */
    private static List<Path> folders(Path jar) {
        List<Path> out = new ArrayList<>();
        if (jar.getParent() != null) out.add(jar.getParent());
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        out.add(cache.resolve("nn"));
        return out;
    }

    /** nn.jar when the classes come from one jar, else null. */
    static Path jar() {
        String cp = System.getProperty("java.class.path");
        if (cp == null || cp.contains(java.io.File.pathSeparator) || !cp.endsWith(".jar")) return null;
        Path p = Path.of(cp).toAbsolutePath();
        return Files.isRegularFile(p) ? p : null;
    }

    private static String key(Path jar, List<String> options) throws IOException {
        String text = jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|"
                + System.getProperty("java.home") + "|" + System.getProperty("java.runtime.version") + "|" + String.join(" ", options);
        return Assignment.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /**
     * One child run on the warm-up assignment with -XX:AOTCacheOutput (the JVM then starts a second one
     * that writes the cache) or -XX:ArchiveClassesAtExit; true when the archive was written.
     */
    private static boolean train(Path archive, List<String> options, PrintStream progress) {
        Path work = null;
        Path tmp = null;
        try {
            Files.createDirectories(archive.getParent());
            if (!Files.isWritable(archive.getParent())) return false;
            tmp = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            work = Files.createTempDirectory("nn-grade-warmup-");
            Files.writeString(work.resolve("hw.nn"), resource("warmup-submission.nn"));
            String assignment = resource("warmup-assignment.nn");
            if (progress != null) progress.println("nn: " + Messages.t("grade.archive.preparing"));
            List<String> cmd = new ArrayList<>();
            cmd.add(ChildJvm.java());
            cmd.add((AOT ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + tmp);
            cmd.add("-Dnn.grade.warmup=true");
            cmd.addAll(options);
            cmd.add("-Xlog:disable");
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(ChildMain.class.getName());
            Process p = new ProcessBuilder(cmd).directory(work.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(ChildProtocol.request(new ChildRequest("warmup-assignment.nn", assignment, work.toString(), "hw.nn")));
            }
            if (!p.waitFor(TRAINING_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(tmp) || Files.size(tmp) == 0) return false;
            try {
                Files.move(tmp, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (tmp != null) try {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + ".config"));
            } catch (IOException ignored) { }
            if (work != null) SubmissionFiles.deleteTree(work);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ChildArchive.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException(Messages.t("grade.archive.missing-resource", name));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Archives for an older jar or another Java in the same folder are of no more use. */
    private static void removeOthers(Path dir, Path keep) {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("nn-grade-") && (n.endsWith(".jsa") || n.endsWith(".aot")) && !p.equals(keep)) Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // an old archive left behind costs disk space only
        }
    }
}
