package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which start-up file the ./nn launcher starts nn with, and when it makes one first: a copy of the launcher
 * beside a stand-in jar, with a stand-in JDK 25 (a release file and a java script that records its command
 * lines; asked to run nn.cli.StartupCache it writes the cache and its stamp as the real one does). The file
 * the build made is used as it is; a missing one, one older than the jar, or one stamped by another JDK
 * is made again first, saying so once; a fresh failure is not retried.
 */
class LauncherStartupFileTest {
    @TempDir Path dir;
    private Path target;
    private Path java;

    @BeforeEach
    void setUp() throws IOException {
        Files.copy(Path.of("nn"), dir.resolve("nn"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("dirname", "readlink", "sed", "head", "find", "mv", "rm"))
            for (String folder : List.of("/usr/bin", "/bin"))
                if (Files.isExecutable(Path.of(folder, tool)) && !Files.exists(bin.resolve(tool))) {
                    Path wrapper = Files.writeString(bin.resolve(tool), "#!/bin/sh\nexec " + folder + "/" + tool + " \"$@\"\n");
                    assertTrue(wrapper.toFile().setExecutable(true));
                }
        Path jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        Files.writeString(dir.resolve("jdk/release"), "JAVA_RUNTIME_VERSION=\"25.0.1+1-LTS\"\nJAVA_VERSION=\"25.0.1\"\n");
        java = Files.writeString(jdk.resolve("java"), """
                #!/bin/bash
                printf '%s\\n' "$*" >>"$CALLS"
                case " $* " in
                  *" nn.cli.StartupCache "*) [ -n "${MAKES:-}" ] || exit 1
                    t="${@: -3:1}"; t="${t%/nn.jar}"
                    echo cache >"$t/nn.aot"; echo "$(readlink -f "$0") 25.0.1+1-LTS" >"$t/nn.aot.jdk" ;;
                esac
                exit 0
                """);
        assertTrue(java.toFile().setExecutable(true));
        target = Files.createDirectories(dir.resolve("target"));
        Files.writeString(target.resolve("nn.jar"), "jar");
        Files.setLastModifiedTime(target.resolve("nn.jar"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    }

    private record Run(String err, List<String> calls) {}

    private Run launch(Map<String, String> env) throws IOException, InterruptedException {
        Path calls = dir.resolve("calls");
        Files.deleteIfExists(calls);
        List<String> cmd = new ArrayList<>(List.of("/bin/bash", dir.resolve("nn").toString(), "hello.nn"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        pb.environment().put("PATH", dir.resolve("bin").toString());
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("NN_JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("CALLS", calls.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        return new Run(err, Files.readAllLines(calls));
    }

    private String stamp() throws IOException {
        return java.toRealPath() + " 25.0.1+1-LTS\n";
    }

    private static boolean makes(String call) {
        return call.contains(" nn.cli.StartupCache ");
    }

    @Test
    void theCacheTheBuildMadeIsUsedAtOnce() throws Exception {
        Files.writeString(target.resolve("nn.aot"), "cache");
        Files.writeString(target.resolve("nn.aot.jdk"), stamp());
        Run run = launch(Map.of());
        assertEquals("", run.err());
        assertEquals(1, run.calls().size(), run.calls().toString());
        assertTrue(run.calls().get(0).contains("-XX:AOTCache=" + target.resolve("nn.aot")), run.calls().get(0));
    }

    @Test
    void nnStartsWithTheJarOnTheClassPathNotByJavaJar() throws Exception {
        // java -jar would read the jar's manifest, which opens the whole jar on every start.
        Files.writeString(target.resolve("nn.aot"), "cache");
        Files.writeString(target.resolve("nn.aot.jdk"), stamp());
        String call = launch(Map.of()).calls().get(0);
        assertTrue(call.endsWith(" --enable-native-access=ALL-UNNAMED -cp " + target.resolve("nn.jar") + " nn.cli.Main hello.nn"), call);
        assertFalse(call.contains("-jar "), call);
    }

    @Test
    void aFolderWithSpacesStartedFromElsewhereWorksTheSame() throws Exception {
        Path home = Files.createDirectories(dir.resolve("my nn copy"));
        Files.move(dir.resolve("nn"), home.resolve("nn"));
        Files.move(target, home.resolve("target"));
        target = home.resolve("target");
        Files.writeString(target.resolve("nn.aot"), "cache");
        Files.writeString(target.resolve("nn.aot.jdk"), stamp());
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path calls = dir.resolve("calls");
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", "../my nn copy/nn", "hello.nn").directory(elsewhere.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        pb.environment().put("PATH", dir.resolve("bin").toString());
        pb.environment().put("HOME", dir.toString());
        pb.environment().put("NN_JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("CALLS", calls.toString());
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        assertEquals("", err, "no start-up file made again: the path the launcher resolves is the one the stamp is checked against");
        List<String> made = Files.readAllLines(calls);
        assertEquals(1, made.size(), made.toString());
        assertTrue(made.get(0).contains("-XX:AOTCache=" + target.resolve("nn.aot") + " "), made.get(0));
        assertTrue(made.get(0).endsWith(" -cp " + target.resolve("nn.jar") + " nn.cli.Main hello.nn"), made.get(0));
    }

    @Test
    void aCacheOfAnotherJdkIsMadeAgainFirst() throws Exception {
        Files.writeString(target.resolve("nn.aot"), "cache");
        Files.writeString(target.resolve("nn.aot.jdk"), "/usr/lib/jvm/other/bin/java 25.0.1+1-LTS\n");
        Run run = launch(Map.of("MAKES", "1"));
        assertEquals("nn: preparing the start-up cache (once after a build or a change of JDK)...\n", run.err());
        assertEquals(2, run.calls().size(), run.calls().toString());
        assertTrue(makes(run.calls().get(0)) && run.calls().get(0).endsWith(target.resolve("nn.jar") + " samples/xor-train.nn aot"),
                run.calls().get(0));
        assertTrue(run.calls().get(1).contains("-XX:AOTCache="), run.calls().get(1));
        assertEquals(stamp(), Files.readString(target.resolve("nn.aot.jdk")));
        assertEquals(1, launch(Map.of()).calls().size(), "made once");
    }

    @Test
    void aMissingCacheOrOneOlderThanTheJarIsMadeFirst() throws Exception {
        assertTrue(makes(launch(Map.of("MAKES", "1")).calls().get(0)), "missing");
        Files.setLastModifiedTime(target.resolve("nn.aot"), FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        assertTrue(makes(launch(Map.of("MAKES", "1")).calls().get(0)), "older than the jar");
    }

    @Test
    void aFailureIsNotRetriedOnEveryStartAndTheRunGoesOnWithoutTheCache() throws Exception {
        Run first = launch(Map.of());
        assertTrue(makes(first.calls().get(0)));
        assertFalse(first.calls().get(1).contains("-XX:AOTCache="), first.calls().get(1));
        // the maker failed without leaving its stamp (the real one writes nn.aot.failed): the launcher tries again
        assertTrue(makes(launch(Map.of()).calls().get(0)));
        Files.writeString(target.resolve("nn.aot.failed"), stamp());
        Run later = launch(Map.of());
        assertEquals("", later.err());
        assertEquals(1, later.calls().size(), later.calls().toString());
        assertFalse(later.calls().get(0).contains("-XX:AOTCache="));
    }

    @Test
    void withNnAotZeroTheArchiveIsUsed() throws Exception {
        Files.writeString(target.resolve("nn.jsa"), "archive");
        Files.writeString(target.resolve("nn.jsa.jdk"), stamp());
        Run run = launch(Map.of("NN_AOT", "0"));
        assertEquals("", run.err());
        assertTrue(run.calls().get(0).contains("-XX:SharedArchiveFile=" + target.resolve("nn.jsa")), run.calls().get(0));
    }
}
