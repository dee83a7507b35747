package nn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nn.graph.Node;
import nn.tensor.Matrix;

/** Shared builders and assertions for the model tests. */
final class ModelFixtures {
    private ModelFixtures() {}

    static Matrix m(double[]... rows) { return Matrix.of(rows); }

    static double[] r(double... v) { return v; }

    /** A layer over the given weights and (optional) bias, as the language's "dense k act weights W bias b" builds it. */
    static Dense layer(String name, Activation act, String wName, Matrix w, String bName, Matrix b) {
        return new Dense(name, act, Node.param(w, wName), b == null ? null : Node.param(b, bName));
    }

    static void assertClose(double[] expected, Matrix actual, double tol) {
        assertEquals(expected.length, actual.size(), "element count");
        for (int i = 0; i < expected.length; i++) {
            int at = i;
            assertEquals(expected[i], actual.data()[at], tol, () -> "element " + at + " of " + actual);
        }
    }

    static void assertClose(Matrix expected, Matrix actual, double tol) {
        assertEquals(expected.shape(), actual.shape());
        assertClose(expected.data(), actual, tol);
    }

    static List<Node> params(Network net) { return net.params(); }
}
