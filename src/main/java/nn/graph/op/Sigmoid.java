package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** σ(z) = 1 / (1 + e^(−z)), elementwise. */
public record Sigmoid() implements Op {
    @Override public String name() { return "sigmoid"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.sigmoid(in[0]); }

    // σ'(z) = σ(z)(1 − σ(z)), computed from the output.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        double[] s = out.data(), g = gOut.data(), o = new double[s.length];
        for (int i = 0; i < s.length; i++) o[i] = g[i] * s[i] * (1.0 - s[i]);
        return new Matrix[] {new Matrix(out.rows(), out.cols(), o)};
    }

    @Override public String formula(List<String> l) { return "σ(" + l.get(0) + ")"; }

    @Override public String gradFormula(int i, List<String> l, String g) {
        String s = "σ(" + l.get(0) + ")";
        return Notation.times(g, s + "(1 " + Notation.MINUS + " " + s + ")");
    }
}
