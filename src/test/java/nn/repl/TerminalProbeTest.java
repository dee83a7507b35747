package nn.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nn.interp.TerminalCapabilities;
import org.junit.jupiter.api.Test;

/** The front end's decision about what the terminal can do, from what it found. */
class TerminalProbeTest {
    @Test void aTerminalOnBothStreamsHasColourAndAProgressLine() {
        assertEquals(new TerminalCapabilities(true, 132, true),
                TerminalProbe.capabilities(Map.of("TERM", "xterm-256color", "COLUMNS", "132"), true, true));
    }

    @Test void outputToAPipeIsPlainButProgressMayStillGoToTheScreen() {
        assertEquals(new TerminalCapabilities(false, 80, true), TerminalProbe.capabilities(Map.of(), false, true));
        assertEquals(TerminalCapabilities.PLAIN, TerminalProbe.capabilities(Map.of(), false, false));
    }

    @Test void noColorAndDumbTerminalsTurnColourOff() {
        assertFalse(TerminalProbe.capabilities(Map.of("NO_COLOR", "1"), true, true).colour());
        TerminalCapabilities dumb = TerminalProbe.capabilities(Map.of("TERM", "dumb"), true, true);
        assertFalse(dumb.colour());
        assertFalse(dumb.liveProgress(), "a dumb terminal cannot redraw a line");
        assertTrue(TerminalProbe.colourAllowed(Map.of(), "xterm"));
        assertFalse(TerminalProbe.colourAllowed(Map.of(), "dumb-color"));
    }

    @Test void anUnreadableWidthKeepsTheDefault() {
        assertEquals(80, TerminalProbe.capabilities(Map.of("COLUMNS", "wide"), true, true).width());
        assertEquals(80, TerminalProbe.capabilities(Map.of("COLUMNS", "0"), true, true).width());
    }
}
