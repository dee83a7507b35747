package nn.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import nn.tensor.Matrix;
import nn.tensor.Rng;

/** The shared helper through which every op's gradient is checked: finite differences via {@link GradCheck}. */
final class GradChecks {
    private GradChecks() {}

    static final double TOLERANCE = 1e-6;

    /** A trainable node with values uniform in [lo, hi). */
    static Node param(Rng rng, int rows, int cols, double lo, double hi, String name) {
        return Node.param(rng.uniform(rows, cols, lo, hi), name);
    }

    /**
     * Reduces a node of any shape to a number with random weights (so every element's gradient differs)
     * and asserts that all parameters' analytic gradients match the numeric ones.
     */
    static GradCheck.Result assertGradientsMatch(Rng rng, Node out) {
        Node root = out.value().isScalar() ? out
                : Ops.sum(Ops.mul(out, Node.constant(rng.uniform(out.value().rows(), out.value().cols(), -1, 1))));
        GradCheck.Result r = GradCheck.check(root);
        for (GradCheck.ParamResult p : r.params())
            assertTrue(p.maxRelativeError() < TOLERANCE, () -> p.name() + ": relative error " + p.maxRelativeError()
                    + " at (" + p.worstRow() + ", " + p.worstCol() + "), analytic " + p.analytic() + " vs numeric " + p.numeric());
        assertTrue(!r.params().isEmpty(), "the graph has parameters");
        return r;
    }

    /** Runs a unary op on random shapes, including a single number and a column. */
    static void checkUnary(long seed, double lo, double hi, Function<Node, Node> op) {
        Rng rng = new Rng(seed);
        int[][] shapes = {{1, 1}, {1, 4}, {3, 1}, {3, 4}, {1 + rng.nextInt(5), 1 + rng.nextInt(5)}};
        for (int[] s : shapes) assertGradientsMatch(rng, op.apply(param(rng, s[0], s[1], lo, hi, "a")));
    }

    /** The shape pairs a binary op is checked on: equal shapes and every kind of broadcasting. */
    static final int[][][] BROADCAST_PAIRS = {
        {{3, 4}, {3, 4}}, {{3, 4}, {1, 4}}, {{3, 4}, {3, 1}}, {{3, 4}, {1, 1}},
        {{1, 4}, {3, 4}}, {{1, 1}, {3, 4}}, {{1, 4}, {3, 1}}, {{3, 1}, {1, 4}}, {{1, 1}, {1, 1}}};

    /** Runs a binary op on every broadcast pair, both inputs trainable. */
    static void checkBinary(long seed, double lo, double hi, java.util.function.BinaryOperator<Node> op) {
        Rng rng = new Rng(seed);
        for (int[][] pair : BROADCAST_PAIRS) {
            Node a = param(rng, pair[0][0], pair[0][1], lo, hi, "a");
            Node b = param(rng, pair[1][0], pair[1][1], lo, hi, "b");
            assertGradientsMatch(rng, op.apply(a, b));
        }
    }

    static Matrix oneHot(Rng rng, int rows, int classes) {
        Matrix m = Matrix.zeros(rows, classes);
        for (int r = 0; r < rows; r++) m.data()[r * classes + rng.nextInt(classes)] = 1;
        return m;
    }
}
