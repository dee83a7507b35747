package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** The lecture's squared error E = ½Σ(y − t)², prediction y and target t (broadcast), as a 1×1 matrix. */
public record Sse() implements Op {
    @Override public String name() { return "sse"; }
    @Override public int arity() { return 2; }
    @Override public int precedence() { return Precedence.PREFIX; }
    @Override public int operandPrecedence(int i) { return Precedence.leftAssociative(Precedence.SUM, i); }
    @Override public boolean isLoss() { return true; }

    @Override public Matrix forward(Matrix... in) {
        double s = 0;
        for (double d : MatrixOps.sub(in[0], in[1]).data()) s += d * d;
        return Matrix.scalar(0.5 * s);
    }

    // ∂E/∂y = y − t (the ½ cancels the 2), ∂E/∂t = −(y − t).
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        Matrix delta = MatrixOps.scale(MatrixOps.sub(in[0], in[1]), gOut.item());
        return new Matrix[] {
            MatrixOps.reduceTo(delta, in[0].rows(), in[0].cols()),
            MatrixOps.neg(MatrixOps.reduceTo(delta, in[1].rows(), in[1].cols()))};
    }

    @Override public String formula(List<String> l) { return "½Σ" + difference(l) + "²"; }

    // On a single prediction the lecture writes ½(out − 1)², without the Σ.
    @Override public String formula(List<String> l, List<Matrix> values) {
        boolean single = values.get(0).isScalar() && values.get(1).isScalar();
        return single ? "½" + difference(l) + "²" : formula(l);
    }

    @Override public String gradFormula(int i, List<String> l, String g) {
        String d = l.get(0) + " " + Notation.MINUS + " " + l.get(1);
        if (i == 0) return Notation.isOne(g) ? d : g + " * (" + d + ")";
        return Notation.isOne(g) ? l.get(1) + " " + Notation.MINUS + " " + l.get(0) : Notation.negated(g) + " * (" + d + ")";
    }

    private static String difference(List<String> l) { return "(" + l.get(0) + " " + Notation.MINUS + " " + l.get(1) + ")"; }
}
