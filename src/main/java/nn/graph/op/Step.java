package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;

/**
 * The threshold (Heaviside) function: 1 where z ≥ 0, else 0 — the McCulloch–Pitts "fires when the sum
 * reaches the threshold" form, so step(0) = 1.
 *
 * <p>Its gradient is 0 everywhere (the true derivative is 0 except at the jump, where it does not
 * exist), so nothing before a step unit learns by backpropagation; that is why the lecture moves on
 * to sigmoid.
 */
public record Step() implements Op {
    @Override public String name() { return "step"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) {
        double[] x = in[0].data(), o = new double[x.length];
        for (int i = 0; i < x.length; i++) o[i] = x[i] >= 0 ? 1.0 : 0.0;
        return new Matrix(in[0].rows(), in[0].cols(), o);
    }

    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {Matrix.zeros(in[0].rows(), in[0].cols())};
    }

    @Override public String formula(List<String> l) { return "step(" + l.get(0) + ")"; }
    @Override public String gradFormula(int i, List<String> l, String g) { return "0"; }
}
