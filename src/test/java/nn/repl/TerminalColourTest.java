package nn.repl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nn.interp.Limits;
import nn.interp.TerminalCapabilities;
import nn.lang.source.SourceFile;
import nn.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plots use colour exactly when the front end says the terminal has it: region plots and boundary plots
 * alike, in the REPL as in scripts (region plots used to lose their colour in the REPL).
 */
class TerminalColourTest {
    @TempDir Path dir;

    private static final String ESC = "\u001b[";
    private static final String REGIONS = "unit tri = polygon([[0, 0], [4, 0], [0, 3]])\nplot regions tri from (-1, -1) to (5, 4)\n";
    private static final String BOUNDARY = "network n {\n  input 2\n  dense 1 sigmoid weights [[1], [1]] bias [-1]\n}\n"
            + "plot boundary n on { [0, 0] -> 0; [1, 1] -> 1 }\n";

    private String run(String text, TerminalCapabilities terminal) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session s = new Session(Limits.defaults(), List.of(dir), o, o, false, terminal);
        assertTrue(s.run(new SourceFile("t.nn", text)) == Session.Outcome.OK, out.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test void bothPlotKindsFollowTheColourCapability() {
        TerminalCapabilities colour = new TerminalCapabilities(true, 80, false);
        assertTrue(run(REGIONS, colour).contains(ESC), "region plot in colour");
        assertTrue(run(BOUNDARY, colour).contains(ESC), "boundary plot in colour");
        assertFalse(run(REGIONS, TerminalCapabilities.PLAIN).contains(ESC), "plain region plot");
        assertFalse(run(BOUNDARY, TerminalCapabilities.PLAIN).contains(ESC), "plain boundary plot");
    }

    @Test void theReplTellsTheSessionItsTerminalHasColour() {
        // An "ansi" terminal: JLine echoes with escapes too, so look for the plot's colours (38;5 / 48;5 or 3x;4x codes).
        String ansi = Terminals.interactive(REGIONS, dir, "ansi").text();
        assertTrue(ansi.contains("▀") || ansi.contains("▄"), "half-blocks in colour on an ANSI terminal:\n" + ansi);
        String dumb = Terminals.interactive(REGIONS, dir).text();
        assertTrue(dumb.contains("#") && !dumb.contains("▀") && !dumb.contains("▄"), "'#' and '.' on a dumb terminal:\n" + dumb);
    }
}
