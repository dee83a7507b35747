package nn.graph;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BackwardTest {
    private static void assertMatrix(double[][] expected, Matrix actual, double tol) {
        Matrix e = Matrix.of(expected);
        assertEquals(e.shape(), actual.shape());
        for (int i = 0; i < e.size(); i++)
            assertEquals(e.data()[i], actual.data()[i], tol, () -> "element " + " of " + MatrixText.format(actual));
    }

    /** The lecture's worked example, without layers: values, gradients and one sgd step. */
    @Test void lectureExampleGivesTheSlidesNumbers() {
        Node x = Node.constant(Matrix.row(2, 3));
        x.setLabel("x");
        Node w1 = Node.param(Matrix.of(new double[] {.11, .12}, new double[] {.21, .08}), "W1");
        Node w2 = Node.param(Matrix.of(new double[] {.14}, new double[] {.15}), "W2");
        Node h = Ops.matmul(x, w1);
        h.setLabel("h");
        Node out = Ops.matmul(h, w2);
        out.setLabel("out");
        Node e = Ops.sse(out, Ops.constant(1));
        e.setLabel("E");

        assertMatrix(new double[][] {{0.85, 0.48}}, h.value(), 1e-12);
        assertEquals(0.191, out.value().item(), 1e-12);
        assertEquals(0.3272, e.value().item(), 5e-5);

        Graph.backward(e);
        assertMatrix(new double[][] {{-0.6877}, {-0.3883}}, w2.grad(), 1e-4);
        for (Node p : List.of(w1, w2))
            p.assign(nn.tensor.MatrixOps.sub(p.value(), nn.tensor.MatrixOps.scale(p.grad(), 0.05)));
        assertMatrix(new double[][] {{0.1744}, {0.1694}}, w2.value(), 1e-4);
        assertMatrix(new double[][] {{0.1213, 0.1321}, {0.227, 0.0982}}, w1.value(), 1e-4);
    }

    @Test void listenerSeesEachEdgeWithTheLecturesFormulas() {
        Node x = Node.constant(Matrix.row(2, 3));
        x.setLabel("x");
        Node w1 = Node.param(Matrix.of(new double[] {.11, .12}, new double[] {.21, .08}), "W1");
        Node w2 = Node.param(Matrix.of(new double[] {.14}, new double[] {.15}), "W2");
        Node h = Ops.matmul(x, w1);
        h.setLabel("h");
        Node out = Ops.matmul(h, w2);
        out.setLabel("out");
        Node e = Ops.sse(out, Ops.constant(1));
        e.setLabel("E");
        assertEquals("½(out − 1)²", Labels.formulaOf(e, MatrixText::format));
        assertEquals("x @ W1", Labels.formulaOf(h, MatrixText::format));

        List<String> lines = new ArrayList<>();
        Graph.backward(e, (node, i, g, formula) -> lines.add(
                Labels.partial(e, node.inputs().get(i)) + " = " + formula + " = " + MatrixText.format(g)));
        assertEquals(List.of(
                "∂E/∂out = out − 1 = -0.809",
                "∂E/∂h = Δ · W2ᵀ = [-0.1133, -0.1213]",
                "∂E/∂W2 = hᵀ · Δ = [[-0.6877], [-0.3883]]",
                "∂E/∂W1 = xᵀ · ∂E/∂h = [[-0.2265, -0.2427], [-0.3398, -0.3641]]"), lines);
    }

    @Test void backwardOfAMatrixSaysItNeedsOneNumber() {
        Node w = Node.param(Matrix.zeros(2, 3), "W");
        GraphException ex = assertThrows(GraphException.class, () -> Graph.backward(Ops.neg(w)));
        assertEquals("backward needs a single number, got a 2×3 matrix", ex.getMessage());
    }

    @Test void backwardOfAConstantIsRefused() {
        assertThrows(GraphException.class, () -> Graph.backward(Ops.constant(3)));
    }

    @Test void opsOnConstantsRecordNothing() {
        Node a = Node.constant(Matrix.row(1, 2));
        Node s = Ops.mul(Ops.add(a, a), a);
        assertFalse(s.isRecorded());
        assertTrue(s.inputs().isEmpty());
        assertEquals(Matrix.row(2, 8), s.value());
    }

    @Test void gradientsAccumulateAcrossPathsAndCallsUntilCleared() {
        Node w = Node.param(Matrix.scalar(3), "w");
        Node y = Ops.add(Ops.mul(w, w), w); // dy/dw = 2w + 1 = 7, reached along three edges
        Graph.backward(y);
        assertEquals(7.0, w.grad().item(), 0);
        Graph.backward(y);
        assertEquals(14.0, w.grad().item(), 0);
        Graph.zeroGrad(List.of(w));
        assertNull(w.grad());
        Graph.backward(y);
        assertEquals(7.0, w.grad().item(), 0);
    }

    @Test void intermediateGradientsDescribeOnlyTheLatestBackward() {
        Node w = Node.param(Matrix.scalar(2), "w");
        Node h = Ops.mul(w, Ops.constant(3));
        Node y = Ops.mul(h, h);
        Graph.backward(y);
        Graph.backward(y);
        assertEquals(2 * 6.0, h.grad().item(), 0);
        assertEquals(2 * 36.0, w.grad().item(), 0);
    }

    @Test void broadcastBiasReceivesTheSumOverRows() {
        Node x = Node.constant(Matrix.of(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6}));
        Node b = Node.param(Matrix.row(0.5, -0.5), "b");
        Graph.backward(Ops.sum(Ops.add(x, b)));
        assertEquals(Matrix.row(3, 3), b.grad());
    }

    @Timeout(60) // joins the thread that runs the chain
    @Test void hundredThousandDeepChainBackpropagatesWithoutRecursion() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Double> grad = new AtomicReference<>();
        // A small stack: a recursive walk would overflow it long before 100,000 levels.
        Thread t = new Thread(null, () -> {
            try {
                Node w = Node.param(Matrix.scalar(1), "w");
                Node n = w;
                Node factor = Ops.constant(1.00001);
                for (int i = 0; i < 100_000; i++) n = Ops.mul(n, factor);
                Graph.backward(n);
                Graph.recompute(n);
                GraphExport.toDot(n);
                grad.set(w.grad().item());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "deep-chain", 256 * 1024);
        t.start();
        t.join();
        assertNull(failure.get(), () -> "failed: " + failure.get());
        assertEquals(StrictMath.pow(1.00001, 100_000), grad.get(), 1e-9);
    }

    @Test void exponentDependingOnAParameterIsRefusedClearly() {
        Node w = Node.param(Matrix.scalar(2), "w");
        GraphException ex = assertThrows(GraphException.class, () -> Ops.pow(Ops.constant(2), w));
        assertTrue(ex.getMessage().startsWith("the exponent of ^ cannot depend on a parameter"));
    }

    @Test void crossEntropyFoldsARecordedSoftmax() {
        Node z = Node.param(Matrix.of(new double[] {1, 2, 3}, new double[] {0, -1, 5}), "z");
        Node t = Node.constant(Matrix.of(new double[] {2}, new double[] {0}));
        Node viaSoftmax = Ops.crossEntropy(Ops.softmax(z), t);
        Node direct = Ops.crossEntropy(z, t);
        assertEquals(direct.value().item(), viaSoftmax.value().item(), 0);
        assertSame(z, viaSoftmax.inputs().get(0));
    }

    @Test void crossEntropyStaysFiniteForHugeLogits() {
        Node z = Node.param(Matrix.row(1000, -1000, 0), "z");
        Node loss = Ops.crossEntropy(z, Node.constant(Matrix.scalar(1)));
        assertEquals(2000.0, loss.value().item(), 1e-9);
        Graph.backward(loss);
        assertEquals(Matrix.row(1, -1, 0), z.grad());
    }

    @Test void crossEntropyRejectsABadClassIndex() {
        Node z = Node.param(Matrix.row(1, 2, 3), "z");
        GraphException ex = assertThrows(GraphException.class, () -> Ops.crossEntropy(z, Ops.constant(3)));
        assertEquals("cross_entropy: target 3 in row 1 is not a class index 0..2", ex.getMessage());
    }

    @Test void gradCheckRestoresValuesAndGradients() {
        Node w = Node.param(Matrix.row(0.3, -0.2), "w");
        Node y = Ops.sum(Ops.tanh(w));
        Graph.backward(y);
        Matrix before = w.grad(), value = y.value();
        GradCheck.check(y);
        assertSame(before, w.grad());
        assertSame(value, y.value());
        assertEquals(Matrix.row(0.3, -0.2), w.value());
    }
}
