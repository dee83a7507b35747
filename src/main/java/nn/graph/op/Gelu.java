package nn.graph.op;

import java.util.List;
import nn.tensor.Fdlibm;
import nn.tensor.Matrix;

/**
 * gelu(a) = a·Φ(a), elementwise, Φ the standard normal distribution function: the exact form, PyTorch's
 * default (approximate = 'none'), with Φ(a) = ½(1 + erf(a / √2)) and {@link Erf}.
 */
public record Gelu() implements Op {
    private static final double SQRT_HALF = Math.sqrt(0.5), INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    @Override public String name() { return "gelu"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    /** Φ(a), the normal distribution function (also for the float32 layers). */
    public static double cdf(double a) { return 0.5 * (1 + Erf.erf(a * SQRT_HALF)); }

    /** gelu'(a) = Φ(a) + a·φ(a) (also for the float32 layers). */
    public static double slope(double a) { return cdf(a) + a * INV_SQRT_2PI * Fdlibm.exp(-0.5 * a * a); }

    @Override public Matrix forward(Matrix... in) {
        double[] x = in[0].data(), o = new double[x.length];
        for (int i = 0; i < x.length; i++) o[i] = x[i] * cdf(x[i]);
        return new Matrix(in[0].rows(), in[0].cols(), o);
    }

    // d(a·Φ(a))/da = Φ(a) + a·φ(a), φ the normal density e^(−a²/2)/√(2π).
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        double[] x = in[0].data(), g = gOut.data(), o = new double[x.length];
        for (int i = 0; i < x.length; i++) o[i] = g[i] * slope(x[i]);
        return new Matrix[] {new Matrix(in[0].rows(), in[0].cols(), o)};
    }

    @Override public String formula(List<String> l) { return "gelu(" + l.get(0) + ")"; }

    @Override public String gradFormula(int i, List<String> l, String g) {
        String a = l.get(0);
        return Notation.times(g, "(Φ(" + a + ") + " + Notation.postfixable(a) + "·φ(" + a + "))");
    }
}
