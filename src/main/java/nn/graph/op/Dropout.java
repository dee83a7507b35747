package nn.graph.op;

import nn.i18n.Messages;
import java.util.List;
import nn.tensor.Matrix;

/**
 * Dropout in training, as PyTorch's (inverted): each element is kept with probability 1 − p and then
 * scaled by 1/(1 − p), so the expected output equals the input and nothing changes at inference. The
 * op holds its mask — 0 for a dropped element, 1/(1 − p) for a kept one — drawn by the caller from a
 * seeded generator; the gradient flows through the same mask.
 */
public record Dropout(double rate, Matrix mask) implements Op {
    @Override public String name() { return "dropout"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) {
        if (!in[0].sameShape(mask))
            throw new IllegalArgumentException(Messages.t("internal.dropout-mask", mask.shape(), in[0].shape()));
        double[] x = in[0].data(), k = mask.data(), o = new double[x.length];
        for (int i = 0; i < x.length; i++) o[i] = x[i] * k[i];
        return new Matrix(in[0].rows(), in[0].cols(), o);
    }

    // ∂(x·mask)/∂x = mask.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        double[] g = gOut.data(), k = mask.data(), o = new double[g.length];
        for (int i = 0; i < g.length; i++) o[i] = g[i] * k[i];
        return new Matrix[] {new Matrix(gOut.rows(), gOut.cols(), o)};
    }

    @Override public String formula(List<String> l) { return "dropout(" + l.get(0) + ", " + Notation.number(rate) + ")"; }
    @Override public String gradFormula(int i, List<String> l, String g) { return Notation.times(g, "mask"); }

    /** A mask for an r×c input: each element dropped with probability {@code rate}, from {@code rng}. */
    public static Matrix mask(int rows, int cols, double rate, nn.tensor.Rng rng) {
        double keep = 1.0 / (1.0 - rate);
        double[] m = new double[rows * cols];
        for (int i = 0; i < m.length; i++) m[i] = rng.nextDouble() < rate ? 0.0 : keep;
        return new Matrix(rows, cols, m);
    }
}
