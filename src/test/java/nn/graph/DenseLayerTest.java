package nn.graph;

import static nn.graph.GradChecks.assertGradientsMatch;
import static nn.graph.GradChecks.param;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import nn.graph.op.DenseLayer;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import org.junit.jupiter.api.Test;

/** The fused layer op: finite-difference gradients for every activation, and the separate ops' exact bits. */
class DenseLayerTest {
    private static Node separate(DenseLayer.Kind kind, Node x, Node w, Node b) {
        Node z = Ops.matmul(x, w);
        if (b != null) z = Ops.add(z, b);
        return switch (kind) {
            case LINEAR -> z;
            case RELU -> Ops.relu(z);
            case SIGMOID -> Ops.sigmoid(z);
            case TANH -> Ops.tanh(z);
        };
    }

    @Test void gradientsMatchForEveryActivationWithAndWithoutBiasAndForTrainableInputs() {
        Rng rng = new Rng(40);
        for (DenseLayer.Kind kind : DenseLayer.Kind.values()) {
            for (int[] s : new int[][] {{1, 3, 4}, {5, 3, 2}, {4, 6, 1}}) {
                Node x = param(rng, s[0], s[1], -1, 1, "x");
                Node w = param(rng, s[1], s[2], -1, 1, "W");
                Node b = param(rng, 1, s[2], -1, 1, "b");
                assertGradientsMatch(rng, Ops.apply(new DenseLayer(kind, true), x, w, b));
                assertGradientsMatch(rng, Ops.apply(new DenseLayer(kind, false), x, w));
            }
        }
    }

    @Test void valuesAndGradientsAreTheSeparateOpsBitForBit() {
        Rng rng = new Rng(41);
        for (DenseLayer.Kind kind : DenseLayer.Kind.values()) {
            // the last two are wide enough for x's gradient to be formed as (W·gzᵀ)ᵀ, the same bits by another product
            for (int[] s : new int[][] {{1, 7, 5}, {64, 50, 33}, {9, 130, 17}, {8, 200, 200}, {12, 300, 400}}) {
                Matrix xv = rng.uniform(s[0], s[1], -1, 1), wv = rng.uniform(s[1], s[2], -0.3, 0.3), bv = rng.uniform(1, s[2], -1, 1);
                Matrix weights = rng.uniform(s[0], s[2], -1, 1);
                Node[] fused = run(kind, xv, wv, bv, weights, true), plain = run(kind, xv, wv, bv, weights, false);
                assertEquals(plain[0].value(), fused[0].value(), kind + " output");
                for (int i = 1; i < 4; i++) assertArrayEquals(plain[i].grad().data(), fused[i].grad().data(), kind + " gradient " + i);
            }
        }
    }

    // {output, x, W, b} after backward of Σ weights * out.
    private static Node[] run(DenseLayer.Kind kind, Matrix xv, Matrix wv, Matrix bv, Matrix weights, boolean fused) {
        Node x = Node.param(xv, "x"), w = Node.param(wv, "W"), b = Node.param(bv, "b");
        Node out = fused ? Ops.apply(new DenseLayer(kind, true), x, w, b) : separate(kind, x, w, b);
        Graph.backward(Ops.sum(Ops.mul(out, Node.constant(weights))));
        return new Node[] {out, x, w, b};
    }

    @Test void traceFormulaReadsAsTheLayer() {
        assertEquals("max(x @ W + b, 0)", new DenseLayer(DenseLayer.Kind.RELU, true).formula(java.util.List.of("x", "W", "b")));
        assertEquals("x @ W", new DenseLayer(DenseLayer.Kind.LINEAR, false).formula(java.util.List.of("x", "W")));
    }
}
