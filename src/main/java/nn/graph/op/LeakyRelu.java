package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;

/**
 * leaky_relu(a) = a where a &gt; 0, else slope·a, elementwise (PyTorch's LeakyReLU, negative_slope 0.01
 * by default). At exactly 0 the gradient is the slope, as PyTorch takes it.
 */
public record LeakyRelu(double slope) implements Op {
    public static final double DEFAULT_SLOPE = 0.01;

    @Override public String name() { return "leaky_relu"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) {
        double[] x = in[0].data(), o = new double[x.length];
        for (int i = 0; i < x.length; i++) o[i] = x[i] > 0 ? x[i] : slope * x[i];
        return new Matrix(in[0].rows(), in[0].cols(), o);
    }

    // Slope 1 where the input is positive, the leak elsewhere.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        double[] x = in[0].data(), g = gOut.data(), o = new double[x.length];
        for (int i = 0; i < x.length; i++) o[i] = x[i] > 0 ? g[i] : slope * g[i];
        return new Matrix[] {new Matrix(in[0].rows(), in[0].cols(), o)};
    }

    @Override public String formula(List<String> l) { return "leaky_relu(" + l.get(0) + ")"; }

    @Override public String gradFormula(int i, List<String> l, String g) {
        return Notation.times(g, "(" + l.get(0) + " > 0 ? 1 : " + Notation.number(slope) + ")");
    }
}
