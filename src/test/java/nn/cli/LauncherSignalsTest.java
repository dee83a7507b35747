package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-\ (SIGQUIT) makes a JVM print a thread dump; the launcher's JVM options must keep it off the
 * student's terminal. The options are read from the launcher script itself, so the test follows it.
 */
class LauncherSignalsTest {
    @TempDir Path dir;

    /** The JVM options the launcher passes to silence the JVM's own output (its {@code quiet_vm=(…)} line). */
    static List<String> quietOptions() throws Exception {
        for (String line : Files.readAllLines(Path.of("nn"))) {
            String s = line.strip();
            if (s.startsWith("quiet_vm=(") && s.endsWith(")"))
                return Arrays.asList(s.substring("quiet_vm=(".length(), s.length() - 1).trim().split("\\s+"));
        }
        return List.of();
    }

    @Test void sigquitPrintsNoThreadDumpAndTheRunGoesOn() throws Exception {
        Path script = Files.writeString(dir.resolve("loop.nn"), "print \"started\"\nwhile true { }\n");
        // SIGQUIT reset to its default first (see Pty.open): inherited as ignored, the JVM would never receive it
        // and the test would pass without testing anything.
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/env", "--default-signal=QUIT",
                ProcessHandle.current().info().command().orElse("java"), "-XX:+UseSerialGC"));
        cmd.addAll(quietOptions());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "nn.cli.Main", "--timeout", "4s", script.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Thread.sleep(1500);
        for (int i = 0; i < 3 && p.isAlive(); i++) {
            new ProcessBuilder("kill", "-QUIT", Long.toString(p.pid())).start().waitFor();
            Thread.sleep(200);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(70, p.waitFor(), out);
        assertFalse(out.contains("Full thread dump") || out.contains("java.lang.Thread.State"), out);
        assertTrue(out.startsWith("started\n") && out.contains("time budget exceeded"), "the run went on to its budget: " + out);
    }
}
