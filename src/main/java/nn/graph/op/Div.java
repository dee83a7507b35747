package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** a / b, elementwise with broadcasting (IEEE: dividing by zero gives ±∞ or NaN, no error). */
public record Div() implements Op {
    @Override public String name() { return "div"; }
    @Override public int arity() { return 2; }
    @Override public int precedence() { return Precedence.PRODUCT; }
    @Override public int operandPrecedence(int i) { return Precedence.leftAssociative(Precedence.PRODUCT, i); }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.div(in[0], in[1]); }

    // ∂(a / b)/∂a = 1 / b; ∂(a / b)/∂b = −a / b² = −out / b.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        Matrix ga = MatrixOps.div(gOut, in[1]);
        Matrix gb = MatrixOps.neg(MatrixOps.div(MatrixOps.mul(gOut, out), in[1]));
        return new Matrix[] {
            MatrixOps.reduceTo(ga, in[0].rows(), in[0].cols()),
            MatrixOps.reduceTo(gb, in[1].rows(), in[1].cols())};
    }

    @Override public String formula(List<String> l) { return l.get(0) + " / " + l.get(1); }

    @Override public String gradFormula(int i, List<String> l, String g) {
        return i == 0 ? g + " / " + l.get(1)
                      : Notation.negated(g) + " * " + l.get(0) + " / " + Notation.power(l.get(1), 2);
    }
}
