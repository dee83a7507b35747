package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up file's maker (nn.cli.StartupCache), with a stand-in for the JDK's java (a shell script that
 * records its command line and writes what the real one would): the stamp it writes is the launcher's, a
 * success leaves the file and its stamp and nothing else, a failure leaves only the failure's stamp.
 */
class StartupCacheTest {
    @TempDir Path dir;

    private Path jdk(String release) throws IOException {
        Path home = Files.createDirectories(dir.resolve("jdk"));
        if (release != null) Files.writeString(home.resolve("release"), release);
        return home;
    }

    /** A java that logs its arguments; with {@code works}, the dump step writes the file it is asked for. */
    private Path java(boolean works) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        String script = "#!/bin/bash\nprintf '%s\\n' \"$*\" >>'" + dir.resolve("calls") + "'\n"
                + (works ? "for a in \"$@\"; do case \"$a\" in -XX:AOTCache=*) echo cache >\"${a#*=}\";; "
                        + "-XX:SharedArchiveFile=*) echo archive >\"${a#*=}\";; -XX:AOTConfiguration=*|-XX:DumpLoadedClassList=*) "
                        + "echo list >\"${a#*=}\";; esac; done\nexit 0\n"
                : "exit 1\n");
        Path java = Files.writeString(bin.resolve("java"), script);
        assertTrue(java.toFile().setExecutable(true));
        return java;
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theStampIsTheRealJavaAndTheRuntimeVersionOfTheReleaseFile() throws IOException {
        Path home = jdk("IMPLEMENTOR=\"x\"\nJAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"\nJAVA_VERSION=\"25.0.3\"\n");
        assertEquals(home.resolve("bin/java") + " 25.0.3+9-LTS", StartupCache.stamp(home));
        Files.delete(home.resolve("release"));
        assertEquals(home.resolve("bin/java") + " ?", StartupCache.stamp(home), "a JDK without a release file");
    }

    @Test
    void theStampOfThisJdkIsWhatTheLauncherReadsFromItsReleaseFile() throws IOException {
        Path home = StartupCache.javaHome();
        String stamp = StartupCache.stamp(home);
        assertTrue(stamp.startsWith(home.toRealPath() + "/bin/java "), stamp);
        if (Files.exists(home.resolve("release")))
            assertEquals(System.getProperty("java.runtime.version"), stamp.substring(stamp.lastIndexOf(' ') + 1));
    }

    @Test
    void aTrainingRunAndADumpMakeTheCacheWithItsStamp() throws IOException {
        Path java = java(true);
        Path target = Files.createDirectories(dir.resolve("target"));
        Path jar = Files.writeString(target.resolve("nn.jar"), "jar");
        Files.writeString(target.resolve("nn.aot.failed"), "an earlier failure\n");
        assertEquals(target.resolve("nn.aot"), StartupCache.make(StartupCache.Kind.AOT, java, jar, dir.resolve("x.nn"), "JAVA 25"));
        assertEquals(List.of("nn.aot", "nn.aot.jdk", "nn.jar"), names(target), "no temporary file or old failure is left");
        assertEquals("cache\n", Files.readString(target.resolve("nn.aot")));
        assertEquals("JAVA 25\n", Files.readString(target.resolve("nn.aot.jdk")));
        List<String> calls = Files.readAllLines(dir.resolve("calls"));
        assertEquals(2, calls.size());
        // The jar on the class path with the main class named, as the launcher starts nn (java -jar would open the jar).
        assertTrue(calls.get(0).contains("-XX:AOTMode=record") && calls.get(0).endsWith("-cp " + jar + " nn.cli.Main " + dir.resolve("x.nn")), calls.get(0));
        assertTrue(calls.get(1).contains("-XX:AOTMode=create") && calls.get(1).contains("-XX:AOTCache=" + target.resolve("nn.aot."))
                && calls.get(1).endsWith("-cp " + jar), calls.get(1));
        for (String call : calls) {
            assertTrue(call.startsWith(String.join(" ", StartupCache.TRAINING)), "the launcher's options in every run: " + call);
            assertTrue(call.contains(String.join(" ", StartupCache.NO_PROFILES)), "no method profiles: " + call);
        }
    }

    @Test
    void onJdk21To23TheArchiveIsMadeTheSameWay() throws IOException {
        Path java = java(true);
        Path target = Files.createDirectories(dir.resolve("target"));
        Path jar = Files.writeString(target.resolve("nn.jar"), "jar");
        assertEquals(target.resolve("nn.jsa"), StartupCache.make(StartupCache.Kind.CDS, java, jar, dir.resolve("x.nn"), "JAVA 21"));
        assertEquals(List.of("nn.jar", "nn.jsa", "nn.jsa.jdk"), names(target));
        List<String> calls = Files.readAllLines(dir.resolve("calls"));
        assertTrue(calls.get(0).contains("-XX:DumpLoadedClassList=") && calls.get(0).endsWith("-cp " + jar + " nn.cli.Main " + dir.resolve("x.nn")),
                calls.get(0));
        assertTrue(calls.get(1).contains("-Xshare:dump") && calls.get(1).endsWith("-cp " + jar), calls.get(1));
    }

    @Test
    void aFailedTrainingRunLeavesOnlyItsStampSoTheLauncherDoesNotRetryOnEveryStart() throws IOException {
        Path java = java(false);
        Path target = Files.createDirectories(dir.resolve("target"));
        Path jar = Files.writeString(target.resolve("nn.jar"), "jar");
        assertNull(StartupCache.make(StartupCache.Kind.AOT, java, jar, dir.resolve("x.nn"), "JAVA 25"));
        assertEquals(List.of("nn.aot.failed", "nn.jar"), names(target));
        assertEquals("JAVA 25\n", Files.readString(target.resolve("nn.aot.failed")));
        assertEquals(1, Files.readAllLines(dir.resolve("calls")).size(), "no dump after a failed training run");
    }

    @Test
    void aWrongCommandLineIsAUsageError() {
        assertEquals(64, StartupCache.run("only-a-jar"));
        assertEquals(64, StartupCache.run("nn.jar", "x.nn", "jit"));
        assertFalse(Files.exists(dir.resolve("calls")));
    }
}
