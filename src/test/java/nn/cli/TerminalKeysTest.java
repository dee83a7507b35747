package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL on a real terminal: Ctrl-C (SIGINT) during a loop, during training, at an empty prompt and twice
 * quickly; Ctrl-\ (SIGQUIT) anywhere; 50 KB pasted into a terminal without bracketed paste. The session
 * survives each, with the exact messages. Skipped where no pseudo-terminal can be opened.
 */
@Timeout(300)
class TerminalKeysTest {
    @TempDir Path home;
    private static final long WAIT = 60_000;

    private Pty open() throws Exception {
        StringBuilder why = new StringBuilder();
        Pty pty = Pty.open(home, why);
        Assumptions.assumeTrue(pty != null, () -> "skipped: " + why);
        return pty;
    }

    /** The entry runs and prints its marker: the session is alive. */
    private static void assertAlive(Pty pty, String marker) throws Exception {
        pty.type("print \"" + marker + "-\" + \"ok\"\n");
        assertTrue(pty.waitFor("\n" + marker + "-ok\n", WAIT), "the session answers after: " + pty.text());
    }

    @Test void ctrlCStopsALoopOnceEvenPressedTwiceAndIsHarmlessAtThePrompt() throws Exception {
        try (Pty pty = open()) {
            pty.type("\u0003");  // at an empty prompt: a new prompt, nothing else
            assertAlive(pty, "prompt");
            pty.type("n = 0; print \"spin\"; while true { n = n + 1 }\n");
            assertTrue(pty.waitFor("\nspin\n", WAIT), pty.text());
            pty.type("\u0003");
            assertTrue(pty.waitFor("\nrepl:1:22: interrupted\n", WAIT), pty.text());
            assertAlive(pty, "loop");
            pty.type("n > 0\n");
            assertTrue(pty.waitFor("n > 0\ntrue\n", WAIT), "the loop's assignments stay: " + pty.text());

            pty.type("print \"again\"; while true { }\n");
            assertTrue(pty.waitFor("\nagain\n", WAIT), pty.text());
            pty.type("\u0003\u0003");
            assertTrue(pty.waitFor("\nrepl:1:16: interrupted\n", WAIT), pty.text());
            assertAlive(pty, "twice");
            String text = pty.text();
            assertEquals(2, text.split("interrupted", -1).length - 1, "each stop is said once: " + text);
            assertFalse(text.contains("Exception") || text.contains("\tat "), text);
            pty.type(":quit\n");
            assertEquals(0, pty.exit(WAIT));
        }
    }

    @Test void ctrlCDuringTrainingClearsTheProgressLineAndSaysSoOnce() throws Exception {
        try (Pty pty = open()) {
            pty.type("seed 1; d = spiral(points = 2000); network big = 2 -> dense(128, tanh) -> dense(128, tanh) -> dense(3)\n");
            pty.type("h = train big on d { loss cross_entropy; optimizer adam(lr = 0.001); epochs 100000; batch 32 }\n");
            assertTrue(pty.waitFor("samples/s", WAIT), "a progress line is drawn: " + pty.text());
            pty.type("\u0003");
            assertTrue(pty.waitFor("; the weights learned so far are kept\n", WAIT), pty.text());
            assertAlive(pty, "trained");
            pty.type("h.epochs >= 0\n");
            assertTrue(pty.waitFor("h.epochs >= 0\ntrue\n", WAIT), "the history is kept: " + pty.text());
            String text = pty.text();
            String message = text.lines().filter(l -> l.contains("interrupted")).reduce("", (a, b) -> a + b + "\n");
            assertTrue(message.matches("training interrupted at epoch \\d+; the weights learned so far are kept\n"),
                    "one message, on a line of its own: " + message);
            String after = text.substring(text.indexOf("training interrupted"));
            assertFalse(after.contains("samples/s"), "no progress line is left behind: " + after);
        }
    }

    @Test void ctrlBackslashIsSilentAndTheSessionGoesOn() throws Exception {
        try (Pty pty = open()) {
            pty.type("\u001c");  // at the prompt
            assertAlive(pty, "prompt");
            pty.type("print \"spin\"; m = 0; while m < 3000000 { m = m + 1 }; print \"done\", m\n");
            assertTrue(pty.waitFor("\nspin\n", WAIT), pty.text());
            pty.type("\u001c");  // while a statement runs
            // The terminal itself echoes ^\ (as it echoes ^C); the statement goes on to its end.
            assertTrue(pty.waitFor("\n^\\done 3000000\n", WAIT), "the statement went on: " + pty.text());
            assertAlive(pty, "quit");
            String text = pty.text();
            assertFalse(text.contains("thread dump") || text.contains("java.lang.Thread") || text.contains("Quit"), text);
        }
    }

    @Test void fiftyKilobytesTypedInWithoutBracketedPasteAreReadAndRun() throws Exception {
        try (Pty pty = open()) {
            // One line of 20 KB, one entry of 7,000 lines, and entries of a line each.
            StringBuilder lines = new StringBuilder("z = [");
            for (int i = 0; i < 4000; i++) lines.append(i).append(", ");
            lines.append("4000]\nx = [\n");
            for (int i = 0; i < 7000; i++) lines.append(i).append(",\n");
            lines.append("7000]\n");
            for (int i = 0; i < 100; i++) lines.append("y").append(i).append(" = ").append(i).append('\n');
            assertTrue(lines.length() > 50_000);
            pty.type(lines.toString());
            pty.type("print shape(z), shape(x), sum(x), y99\n");
            assertTrue(pty.waitFor("\n[1, 4001] [1, 7001] 24503500 99\n", 240_000), "the whole paste ran: " + pty.text().substring(Math.max(0, pty.text().length() - 2000)));
            assertAlive(pty, "pasted");
        }
    }
}
