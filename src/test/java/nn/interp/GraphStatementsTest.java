package nn.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nn.graph.GraphExport;
import nn.run.ScriptRunner;
import nn.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Graph statements whose output is a file or depends on rounding in the last bits ({@code graph E to},
 * {@code gradcheck}): run as scripts in a temporary folder, checked by their content rather than byte for byte.
 */
class GraphStatementsTest {
    @TempDir Path dir;

    private static final String LECTURE = """
            x = [2, 3]
            W1 = param([[0.11, 0.12], [0.21, 0.08]])
            W2 = param([[0.14], [0.15]])
            h = x @ W1
            out = h @ W2
            E = sse(out, 1)
            """;

    private ScriptRunner.Result run(String code) {
        return ScriptRunner.run("script.nn", code, dir);
    }

    @Test void graphToDotWritesNodesWithValuesAndGradientsInTheScriptsFolder() throws IOException {
        ScriptRunner.Result r = run(LECTURE + "backward E\ngraph E to \"lecture.dot\"\n");
        assertEquals("wrote lecture.dot\n", r.out());
        assertEquals("", r.err());
        String dot = Files.readString(dir.resolve("lecture.dot"), StandardCharsets.UTF_8);
        assertTrue(dot.startsWith("digraph nn {"), dot);
        assertTrue(dot.contains("label=\"h = x @ W1\\nvalue [0.85, 0.48]\\ngrad [-0.1133, -0.1213]\""), dot);
        assertTrue(dot.contains("label=\"W2 (parameter)\\nvalue [[0.14], [0.15]]\\ngrad [[-0.6877], [-0.3883]]\""), dot);
        assertTrue(dot.contains("label=\"E = ½(out − 1)²\\nvalue 0.3272\\ngrad 1\""), dot);
        assertEquals(6, Pattern.compile(" -> ").matcher(dot).results().count(), "one edge per input of each operation");
    }

    @Test void graphBeforeBackwardShowsValuesOnly() throws IOException {
        ScriptRunner.Result r = run(LECTURE + "graph E to \"forward.dot\"\n");
        assertEquals("", r.err());
        String dot = Files.readString(dir.resolve("forward.dot"), StandardCharsets.UTF_8);
        assertTrue(dot.contains("value 0.3272"), dot);
        assertFalse(dot.contains("grad"), dot);
    }

    @Test void graphToSvgDrawsWithGraphvizOrSaysHowToInstallIt() throws IOException {
        ScriptRunner.Result r = run(LECTURE + "graph E to \"lecture.svg\"\n");
        if (GraphExport.isDotInstalled()) {
            assertEquals("wrote lecture.svg\n", r.out());
            assertTrue(Files.readString(dir.resolve("lecture.svg"), StandardCharsets.UTF_8).contains("<svg"));
        } else {
            assertTrue(r.err().contains("Graphviz 'dot' is not installed") && r.err().contains("apt-get install graphviz"), r.err());
            assertFalse(Files.exists(dir.resolve("lecture.svg")));
        }
    }

    @Test void graphOutsideTheScriptsFolderIsRefused() throws IOException {
        Path inner = Files.createDirectory(dir.resolve("inner"));
        ScriptRunner.Result r = ScriptRunner.run("script.nn", LECTURE + "graph E to \"../escape.dot\"\n", inner);
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome());
        assertTrue(r.err().contains("error: access refused: ../escape.dot is outside the folders this script may use"), r.err());
        assertFalse(Files.exists(dir.resolve("escape.dot")));
    }

    private static final Pattern PARAM_LINE = Pattern.compile("  (\\w+): max relative error (\\S+)");
    private static final Pattern SUMMARY = Pattern.compile("gradcheck: largest relative error (\\S+) (.*)");

    @Test void gradcheckReportsEachParameterAndTheLargestError() {
        ScriptRunner.Result r = run(LECTURE + "gradcheck E\n");
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        Matcher w1 = PARAM_LINE.matcher(lines.get(0)), w2 = PARAM_LINE.matcher(lines.get(1)), all = SUMMARY.matcher(lines.get(2));
        assertTrue(w1.matches() && w2.matches() && all.matches(), r.out());
        assertEquals(List.of("W1", "W2"), List.of(w1.group(1), w2.group(1)));
        double largest = Double.parseDouble(all.group(1));
        assertTrue(largest < 1e-6, r.out());
        assertEquals(Math.max(Double.parseDouble(w1.group(2)), Double.parseDouble(w2.group(2))), largest);
        assertEquals("(analytic and numeric gradients agree)", all.group(2));
    }

    @Test void gradcheckOfANetworkCoversEveryWeightAndBias() {
        ScriptRunner.Result r = run("seed 3\nnetwork net = 2 -> dense(3, tanh) -> dense(1, sigmoid)\n"
                + "gradcheck mse(net([[1, 2], [3, -4]]), [[1], [0]])\n");
        assertEquals("", r.err());
        List<String> names = r.out().lines().map(PARAM_LINE::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
        assertEquals(List.of("W1", "b1", "W2", "b2"), names);
        assertTrue(r.out().contains("(analytic and numeric gradients agree)"), r.out());
    }

    @Test void gradcheckAtAKinkReportsAMismatch() {
        ScriptRunner.Result r = run("W = param([0, 1, -1])\ngradcheck sum(relu(W))\n");
        assertTrue(r.out().endsWith("gradcheck: largest relative error 1 — MISMATCH: the analytic and numeric gradients differ"
                + " (a wrong gradient, or a kink such as relu at 0)\n"), r.out());
    }
}
