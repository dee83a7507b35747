package nn.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

/** Trace formulas read like the lecture and put parentheses only where precedence needs them. */
class LabelsTest {
    private static Node p(String name) { return Node.param(Matrix.of(new double[] {1, 2}, new double[] {3, 4}), name); }

    private static String f(Node n) { return Labels.formulaOf(n, MatrixText::format); }

    @Test void callsNeedNoExtraParentheses() {
        Node x = p("x"), w = p("W1"), b = p("b1");
        assertEquals("σ(x @ W1 + b1)", f(Ops.sigmoid(Ops.add(Ops.matmul(x, w), b))));
        assertEquals("max(x @ W1, 0)", f(Ops.maximum(Ops.matmul(x, w), Ops.constant(0))));
    }

    @Test void operatorsParenthesiseCompoundOperands() {
        Node a = p("a"), b = p("b"), c = p("c");
        assertEquals("(a + b) @ c", f(Ops.matmul(Ops.add(a, b), c)));
        assertEquals("a − (b − c)", f(Ops.sub(a, Ops.sub(b, c))));
        assertEquals("(a + b)ᵀ", f(Ops.transpose(Ops.add(a, b))));
        assertEquals("−(a * b)", f(Ops.neg(Ops.mul(a, b))));
        assertEquals("Σ(a * b)", f(Ops.sum(Ops.mul(a, b))));
        assertEquals("(a − b)²", f(Ops.pow(Ops.sub(a, b), 2)));
        assertEquals("σ(a) * tanh(b)", f(Ops.mul(Ops.sigmoid(a), Ops.tanh(b))));
    }

    @Test void labelledNodesAndSmallConstantsAppearByNameAndValue() {
        Node a = p("a");
        Node h = Ops.mul(a, Ops.constant(0.5));
        h.setLabel("h");
        assertEquals("h / [2, 3]", f(Ops.div(h, Node.constant(Matrix.row(2, 3)))));
        assertEquals("a + (3×3 matrix)", f(Ops.add(Node.param(Matrix.zeros(3, 3), "a"), Node.constant(Matrix.zeros(3, 3)))));
    }

    @Test void lossesUseTheLecturesNotation() {
        Node y = p("y"), t = p("t");
        assertEquals("½Σ(y − t)²", f(Ops.sse(y, t)));
        Node out = Node.param(Matrix.scalar(0.191), "out");
        assertEquals("½(out − 1)²", f(Ops.sse(out, Ops.constant(1))));
        assertEquals("mean((y − t)²)", f(Ops.mse(y, t)));
    }

    @Test void gradientFormulasParenthesiseCompoundLabelsBeforeTranspose() {
        Node x = p("x"), w = p("W"), v = p("V");
        Node out = Ops.matmul(Ops.matmul(x, w), v);
        java.util.List<String> labels = Labels.inputsOf(out, MatrixText::format);
        assertEquals("(x @ W)ᵀ · Δ", out.op().gradFormula(1, labels, "Δ"));
        assertEquals("Δ · Vᵀ", out.op().gradFormula(0, labels, "Δ"));
    }

    @Test void theOpsBeyondTheCoreOwnTheirNotation() {
        Node a = p("a"), b = p("b"), w = p("W");
        assertEquals("|a + b|", f(Ops.apply(new nn.graph.op.Abs(), Ops.add(a, b))));
        assertEquals("sqrt(a * b)", f(Ops.apply(new nn.graph.op.Sqrt(), Ops.mul(a, b))));
        assertEquals("min(a + b, a)", f(Ops.apply(new nn.graph.op.Minimum(), Ops.add(a, b), a)));
        assertEquals("sum(a @ b, 0)", f(Ops.apply(new nn.graph.op.SumAlong(0), Ops.matmul(a, b))));
        assertEquals("mean(a, 1)", f(Ops.apply(new nn.graph.op.MeanAlong(1), a)));
        assertEquals("W[1]", f(Ops.apply(nn.graph.op.Slice.row(1, 2), w)));
        assertEquals("W[:, 1]", f(Ops.apply(nn.graph.op.Slice.column(1, 2), w)));
        assertEquals("W[0, 1]", f(Ops.apply(nn.graph.op.Slice.element(0, 1), w)));
        assertEquals("(a + b)[0]", f(Ops.apply(nn.graph.op.Slice.row(0, 2), Ops.add(a, b))));
        assertEquals("(Wᵀ)[0]", f(Ops.apply(nn.graph.op.Slice.row(0, 2), Ops.transpose(w))));
        assertEquals("2 * W[0, 1]", f(Ops.mul(Ops.constant(2), Ops.apply(nn.graph.op.Slice.element(0, 1), w))));
        nn.graph.op.NoGradient gt = nn.graph.op.NoGradient.infix(">", in -> in[0]);
        assertEquals("a + b > a * b", f(Ops.apply(gt, Ops.add(a, b), Ops.mul(a, b))));
        assertEquals("(a > b) * a", f(Ops.mul(Ops.apply(gt, a, b), a)));
        assertEquals("round(a + b)", f(Ops.apply(nn.graph.op.NoGradient.function("round", 1, in -> in[0]), Ops.add(a, b))));
    }
}
