package nn.graph.op;

import java.util.List;
import nn.tensor.Fdlibm;
import nn.tensor.Matrix;

/**
 * elu(a) = a where a &gt; 0, else α(eᵃ − 1), elementwise (PyTorch's ELU, α = 1 by default; eᵃ − 1 by
 * {@link Math#expm1}, exact near 0 as PyTorch's). At exactly 0 the gradient is α·e⁰ = α, as PyTorch takes it.
 */
public record Elu(double alpha) implements Op {
    public static final double DEFAULT_ALPHA = 1.0;

    @Override public String name() { return "elu"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) {
        double[] x = in[0].data(), o = new double[x.length];
        for (int i = 0; i < x.length; i++) o[i] = x[i] > 0 ? x[i] : alpha * Fdlibm.expm1(x[i]);
        return new Matrix(in[0].rows(), in[0].cols(), o);
    }

    // 1 where the input is positive; α·eᵃ elsewhere, which is the output plus α.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        double[] x = in[0].data(), y = out.data(), g = gOut.data(), o = new double[x.length];
        for (int i = 0; i < x.length; i++) o[i] = x[i] > 0 ? g[i] : g[i] * (y[i] + alpha);
        return new Matrix[] {new Matrix(in[0].rows(), in[0].cols(), o)};
    }

    @Override public String formula(List<String> l) { return "elu(" + l.get(0) + ")"; }

    @Override public String gradFormula(int i, List<String> l, String g) {
        String a = l.get(0);
        return Notation.times(g, "(" + a + " > 0 ? 1 : " + (alpha == 1 ? "" : Notation.number(alpha) + "·") + "exp(" + a + "))");
    }
}
