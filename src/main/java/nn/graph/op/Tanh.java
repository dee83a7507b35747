package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** tanh(z), elementwise. */
public record Tanh() implements Op {
    @Override public String name() { return "tanh"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.tanh(in[0]); }

    // tanh'(z) = 1 − tanh²(z), computed from the output.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        double[] t = out.data(), g = gOut.data(), o = new double[t.length];
        for (int i = 0; i < t.length; i++) o[i] = g[i] * (1.0 - t[i] * t[i]);
        return new Matrix[] {new Matrix(out.rows(), out.cols(), o)};
    }

    @Override public String formula(List<String> l) { return "tanh(" + l.get(0) + ")"; }

    @Override public String gradFormula(int i, List<String> l, String g) {
        return Notation.times(g, "(1 " + Notation.MINUS + " tanh²(" + l.get(0) + "))");
    }
}
