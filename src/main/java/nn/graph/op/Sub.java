package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** a − b, elementwise with broadcasting. */
public record Sub() implements Op {
    @Override public String name() { return "sub"; }
    @Override public int arity() { return 2; }
    @Override public int precedence() { return Precedence.SUM; }
    @Override public int operandPrecedence(int i) { return Precedence.leftAssociative(Precedence.SUM, i); }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.sub(in[0], in[1]); }

    // ∂(a − b)/∂a = 1, ∂(a − b)/∂b = −1.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {
            MatrixOps.reduceTo(gOut, in[0].rows(), in[0].cols()),
            MatrixOps.neg(MatrixOps.reduceTo(gOut, in[1].rows(), in[1].cols()))};
    }

    @Override public String formula(List<String> l) { return l.get(0) + " " + Notation.MINUS + " " + l.get(1); }
    @Override public String gradFormula(int i, List<String> l, String g) { return i == 0 ? g : Notation.negated(g); }
}
