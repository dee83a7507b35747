package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./nn launcher's own messages follow the language as nn does (--lang, NN_LANG, LC_ALL, LC_MESSAGES, LANG).
 * A copy of the launcher without a jar, on a PATH without Maven, says that it cannot build one: a message
 * it prints before any Java starts.
 */
class LauncherLanguageTest {
    @TempDir Path dir;

    private static final String ENGLISH = "nn: target/nn.jar is missing or out of date and Maven (mvn) is not installed to build it.\n";
    private static final String SPANISH = "nn: falta target/nn.jar o está desactualizado, y Maven (mvn) no está instalado para construirlo.\n";

    private String launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return launch(69, env, args);
    }

    private String launch(int status, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path launcher = dir.resolve("nn");
        if (!Files.exists(launcher)) {
            Files.copy(Path.of("nn"), launcher);
            Path bin = Files.createDirectories(dir.resolve("bin"));
            // The tools the launcher uses up to that message, and not mvn (small scripts: links out of a
            // temporary folder make JUnit warn when it deletes them).
            for (String tool : List.of("dirname", "readlink", "sed", "head", "find"))
                for (String folder : List.of("/usr/bin", "/bin"))
                    if (Files.isExecutable(Path.of(folder, tool)) && !Files.exists(bin.resolve(tool))) {
                        Path wrapper = Files.writeString(bin.resolve(tool), "#!/bin/sh\nexec " + folder + "/" + tool + " \"$@\"\n");
                        wrapper.toFile().setExecutable(true);
                    }
        }
        List<String> cmd = new ArrayList<>(List.of("/bin/bash", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        pb.environment().put("PATH", dir.resolve("bin").toString());
        pb.environment().put("HOME", dir.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(status, p.waitFor(), err);
        return err;
    }

    @Test
    void theLaunchersMessagesFollowTheLanguage() throws Exception {
        assertEquals(SPANISH, launch(Map.of("LANG", "es_ES.UTF-8"), "x.nn"));
        assertEquals(ENGLISH, launch(Map.of("LANG", "C"), "x.nn"));
        assertEquals(ENGLISH, launch(Map.of(), "x.nn"));
        assertEquals(ENGLISH, launch(Map.of("LC_ALL", "C", "LANG", "es_ES.UTF-8"), "x.nn"), "the first locale variable set decides");
        assertEquals(SPANISH, launch(Map.of("NN_LANG", "es", "LC_ALL", "C"), "x.nn"));
        assertEquals(SPANISH, launch(Map.of("LANG", "C"), "--lang", "es", "x.nn"));
        assertEquals(ENGLISH, launch(Map.of("LANG", "es_MX.UTF-8"), "--lang=en", "x.nn"));
    }

    /** A bad NN_HEAP stopped the JVM with its English line on the parked standard error: the run ended silently. */
    @Test
    void aBadHeapSizeIsRefusedInTheLanguage() throws Exception {
        assertEquals("nn: NN_HEAP debe ser un tamaño como 512m o 2g, no 'lots'\n",
                launch(64, Map.of("LANG", "es_ES.UTF-8", "NN_HEAP", "lots"), "x.nn"));
        assertEquals("nn: NN_HEAP must be a size like 512m or 2g, not 'lots'\n", launch(64, Map.of("NN_HEAP", "lots"), "x.nn"));
    }
}
