package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** a * b, elementwise (Hadamard) with broadcasting. */
public record Mul() implements Op {
    @Override public String name() { return "mul"; }
    @Override public int arity() { return 2; }
    @Override public int precedence() { return Precedence.PRODUCT; }
    @Override public int operandPrecedence(int i) { return Precedence.leftAssociative(Precedence.PRODUCT, i); }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.mul(in[0], in[1]); }

    // ∂(a * b)/∂a = b and ∂(a * b)/∂b = a, elementwise.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {
            MatrixOps.reduceTo(MatrixOps.mul(gOut, in[1]), in[0].rows(), in[0].cols()),
            MatrixOps.reduceTo(MatrixOps.mul(gOut, in[0]), in[1].rows(), in[1].cols())};
    }

    @Override public String formula(List<String> l) { return l.get(0) + " * " + l.get(1); }
    @Override public String gradFormula(int i, List<String> l, String g) { return Notation.times(g, l.get(1 - i)); }
}
