package nn.graph;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphExportTest {
    private static Node lectureLoss() {
        Node x = Node.constant(Matrix.row(2, 3));
        x.setLabel("x");
        Node w1 = Node.param(Matrix.of(new double[] {.11, .12}, new double[] {.21, .08}), "W1");
        Node h = Ops.matmul(x, w1);
        h.setLabel("h");
        Node e = Ops.sse(Ops.matmul(h, Node.param(Matrix.of(new double[] {.14}, new double[] {.15}), "W2")), Ops.constant(1));
        e.setLabel("E");
        return e;
    }

    @Test void dotShowsEachNodesFormulaValueAndGradient() {
        Node e = lectureLoss();
        Graph.backward(e);
        String dot = GraphExport.toDot(e);
        assertTrue(dot.startsWith("digraph nn {"), dot);
        assertTrue(dot.contains("label=\"h = x @ W1\\nvalue [0.85, 0.48]\\ngrad [-0.1133, -0.1213]\""), dot);
        assertTrue(dot.contains("W2 (parameter)\\nvalue [[0.14], [0.15]]\\ngrad [[-0.6877], [-0.3883]]"), dot);
        assertTrue(dot.contains("E = ½(h @ W2 − 1)²\\nvalue 0.3272\\ngrad 1"), dot);
        assertEquals(6, dot.lines().filter(l -> l.contains("->")).count(), dot);
    }

    @Test void dotBoxesSpeakTheChosenLanguage() {
        Node e = lectureLoss();
        Graph.backward(e);
        nn.i18n.Messages.use(nn.i18n.Lang.ES);
        try {
            String dot = GraphExport.toDot(e);
            assertTrue(dot.contains("label=\"h = x @ W1\\nvalor [0.85, 0.48]\\ngradiente [-0.1133, -0.1213]\""), dot);
            assertTrue(dot.contains("W2 (parámetro)\\nvalor [[0.14], [0.15]]"), dot);
            assertTrue(dot.contains("label=\"constante\\nvalor 1"), dot);
        } finally {
            nn.i18n.Messages.use(nn.i18n.Lang.EN);
        }
    }

    @Test void dotBeforeBackwardHasNoGradientLines() {
        assertFalse(GraphExport.toDot(lectureLoss()).contains("grad"));
    }

    @Test void exportRefusesOtherExtensions(@TempDir Path dir) {
        GraphException ex = assertThrows(GraphException.class, () -> GraphExport.export(lectureLoss(), dir.resolve("g.png")));
        assertTrue(ex.getMessage().startsWith("a graph file must end in .dot or .svg"), ex.getMessage());
    }

    @Test void exportWritesDot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.dot");
        GraphExport.export(lectureLoss(), file);
        assertTrue(Files.readString(file).contains("x @ W1"));
    }

    @Test void svgIsDrawnByGraphvizOrRefusedWithAnInstallHint(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.svg");
        if (GraphExport.isDotInstalled()) {
            GraphExport.export(lectureLoss(), file);
            assertTrue(Files.readString(file).contains("<svg"));
        } else {
            GraphException ex = assertThrows(GraphException.class, () -> GraphExport.export(lectureLoss(), file));
            assertEquals("Graphviz 'dot' is not installed; wrote nothing. Install it with: apt-get install graphviz (or write .dot)",
                    ex.getMessage());
            assertFalse(Files.exists(file));
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.allMatch(p -> p.equals(file)), "no partial files are left behind");
        }
    }
}
