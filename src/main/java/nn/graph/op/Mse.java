package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** The mean squared error mean((y − t)²) over all n elements of the broadcast shape, as a 1×1 matrix. */
public record Mse() implements Op {
    @Override public String name() { return "mse"; }
    @Override public int arity() { return 2; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.leftAssociative(Precedence.SUM, i); }
    @Override public boolean isLoss() { return true; }

    @Override public Matrix forward(Matrix... in) {
        Matrix diff = MatrixOps.sub(in[0], in[1]);
        double s = 0;
        for (double d : diff.data()) s += d * d;
        return Matrix.scalar(s / diff.size());
    }

    // ∂/∂y = 2(y − t)/n, ∂/∂t = −2(y − t)/n.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        Matrix diff = MatrixOps.sub(in[0], in[1]);
        Matrix slope = MatrixOps.scale(diff, 2.0 * gOut.item() / diff.size());
        return new Matrix[] {
            MatrixOps.reduceTo(slope, in[0].rows(), in[0].cols()),
            MatrixOps.neg(MatrixOps.reduceTo(slope, in[1].rows(), in[1].cols()))};
    }

    @Override public String formula(List<String> l) {
        return "mean((" + l.get(0) + " " + Notation.MINUS + " " + l.get(1) + ")²)";
    }

    @Override public String gradFormula(int i, List<String> l, String g) {
        String d = "2(" + l.get(0) + " " + Notation.MINUS + " " + l.get(1) + ") / n";
        return i == 0 ? Notation.times(g, d) : Notation.negated(g) + " * " + d;
    }
}
