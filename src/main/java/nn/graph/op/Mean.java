package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** The mean of all elements, as a 1×1 matrix. */
public record Mean() implements Op {
    @Override public String name() { return "mean"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) { return Matrix.scalar(MatrixOps.mean(in[0])); }

    // Each of the n elements has slope 1/n.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {Matrix.filled(in[0].rows(), in[0].cols(), gOut.item() / in[0].size())};
    }

    @Override public String formula(List<String> l) { return "mean(" + l.get(0) + ")"; }
    @Override public String gradFormula(int i, List<String> l, String g) { return g + " / n"; }
}
