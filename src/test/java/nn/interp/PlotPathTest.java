package nn.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nn.run.ScriptRunner;
import nn.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plot to a file the sandbox refuses fails before anything is drawn, pointing at the file name. */
class PlotPathTest {
    @TempDir Path folder;

    private static final String SETUP = """
            seed 1
            xor = { [0, 0] -> 0; [0, 1] -> 1; [1, 0] -> 1; [1, 1] -> 0 }
            network n = 2 -> dense(2, tanh) -> dense(1, sigmoid)
            h = train n on xor { loss sse; optimizer sgd(lr = 0.5); epochs 3; batch full; report every 0 }
            unit u = threshold(weights = [1, 1], threshold = 1.5)
            """;

    private ScriptRunner.Result plot(String statement) {
        return ScriptRunner.run("p.nn", SETUP + statement + "\n", folder);
    }

    private static void assertRefusedBeforeDrawing(ScriptRunner.Result r, String message, String statement) {
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome());
        assertEquals("", r.out(), "nothing is drawn before the path is refused");
        assertTrue(r.err().startsWith("p.nn:6:" + (statement.indexOf('"') + 1) + ": error: " + message), r.err());
    }

    @Test void boundaryPlotToAFolderOutsideIsRefusedFirst() {
        String s = "plot boundary n from (0, 0) to (1, 1) to \"../outside.png\"";
        assertRefusedBeforeDrawing(plot(s), "access refused: ../outside.png is outside the folders this script may use", s);
    }

    @Test void lossPlotToAMissingFolderIsRefusedFirst() {
        String s = "plot loss h to \"missing/loss.png\"";
        assertRefusedBeforeDrawing(plot(s), "cannot write missing/loss.png: its folder does not exist", s);
    }

    @Test void regionsPlotToAFolderOutsideIsRefusedFirst() {
        String s = "plot regions u to \"/elsewhere/u.png\"";
        assertRefusedBeforeDrawing(plot(s), "access refused: /elsewhere/u.png is outside the folders this script may use", s);
    }

    @Test void anAllowedPathIsDrawnAndWritten() {
        ScriptRunner.Result r = plot("plot boundary n from (0, 0) to (1, 1) to \"b.png\"");
        assertEquals(Session.Outcome.OK, r.outcome(), r.err());
        assertTrue(r.out().endsWith("wrote b.png\n"), r.out());
        assertTrue(folder.resolve("b.png").toFile().length() > 0);
    }
}
