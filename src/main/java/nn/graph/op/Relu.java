package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;

/** relu(a) = max(a, 0), elementwise. At exactly 0 the gradient is taken as 0 (as PyTorch does). */
public record Relu() implements Op {
    @Override public String name() { return "relu"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) {
        double[] x = in[0].data(), o = new double[x.length];
        for (int i = 0; i < x.length; i++) o[i] = of(x[i]);
        return new Matrix(in[0].rows(), in[0].cols(), o);
    }

    /** relu of one number, x > 0 ? x : 0 (NaN gives 0, as the comparison is false), in {@link ReluBits}' vectorisable form. */
    static double of(double x) { return ReluBits.of(x); }

    // Slope 1 where the input is positive, 0 elsewhere.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        double[] x = in[0].data(), g = gOut.data(), o = new double[x.length];
        for (int i = 0; i < x.length; i++) o[i] = ReluBits.masked(g[i], x[i]);
        return new Matrix[] {new Matrix(in[0].rows(), in[0].cols(), o)};
    }

    @Override public String formula(List<String> l) { return "max(" + l.get(0) + ", 0)"; }
    @Override public String gradFormula(int i, List<String> l, String g) { return Notation.times(g, "[" + l.get(0) + " > 0]"); }
}
