package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** Σa: the sum of all elements, as a 1×1 matrix. */
public record Sum() implements Op {
    @Override public String name() { return "sum"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.PREFIX; }
    @Override public int operandPrecedence(int i) { return Precedence.PREFIX; }

    @Override public Matrix forward(Matrix... in) { return Matrix.scalar(MatrixOps.sum(in[0])); }

    // Every element contributes with slope 1, so each receives the incoming gradient.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {Matrix.filled(in[0].rows(), in[0].cols(), gOut.item())};
    }

    @Override public String formula(List<String> l) { return "Σ" + l.get(0); }
    @Override public String gradFormula(int i, List<String> l, String g) { return g; }
}
