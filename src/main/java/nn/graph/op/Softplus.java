package nn.graph.op;

import java.util.List;
import nn.tensor.Fdlibm;
import nn.tensor.Matrix;

/**
 * softplus(a) = ln(1 + eᵃ), elementwise, a smooth relu. As PyTorch's Softplus (beta 1, threshold 20) it
 * returns a itself above 20, where ln(1 + eᵃ) equals a to double precision and eᵃ would overflow later.
 */
public record Softplus() implements Op {
    public static final double THRESHOLD = 20;

    @Override public String name() { return "softplus"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) {
        double[] x = in[0].data(), o = new double[x.length];
        for (int i = 0; i < x.length; i++) o[i] = x[i] > THRESHOLD ? x[i] : Fdlibm.log1p(Fdlibm.exp(x[i]));
        return new Matrix(in[0].rows(), in[0].cols(), o);
    }

    // softplus'(a) = σ(a) = 1 − e^(−softplus(a)), computed from the output as PyTorch does; 1 above the threshold.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        double[] x = in[0].data(), y = out.data(), g = gOut.data(), o = new double[x.length];
        for (int i = 0; i < x.length; i++) o[i] = x[i] > THRESHOLD ? g[i] : g[i] * -Fdlibm.expm1(-y[i]);
        return new Matrix[] {new Matrix(in[0].rows(), in[0].cols(), o)};
    }

    @Override public String formula(List<String> l) { return "softplus(" + l.get(0) + ")"; }
    @Override public String gradFormula(int i, List<String> l, String g) { return Notation.times(g, "σ(" + l.get(0) + ")"); }
}
