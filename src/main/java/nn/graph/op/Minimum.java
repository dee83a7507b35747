package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/**
 * min(a, b), elementwise with broadcasting. The gradient goes to the smaller input; where the two are
 * equal it is split half and half (as PyTorch's minimum does), so min(a, a) still has slope 1.
 */
public record Minimum() implements Op {
    @Override public String name() { return "min"; }
    @Override public int arity() { return 2; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.minimum(in[0], in[1]); }

    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        Matrix shareOfA = MatrixOps.zip(in[0], in[1], "compare", (a, b) -> a < b ? 1.0 : a == b ? 0.5 : 0.0);
        Matrix ga = MatrixOps.mul(gOut, shareOfA);
        Matrix gb = MatrixOps.sub(gOut, ga);
        return new Matrix[] {
            MatrixOps.reduceTo(ga, in[0].rows(), in[0].cols()),
            MatrixOps.reduceTo(gb, in[1].rows(), in[1].cols())};
    }

    @Override public String formula(List<String> l) { return "min(" + l.get(0) + ", " + l.get(1) + ")"; }

    @Override public String gradFormula(int i, List<String> l, String g) {
        return Notation.times(g, "[" + l.get(i) + " < " + l.get(1 - i) + "]");
    }
}
