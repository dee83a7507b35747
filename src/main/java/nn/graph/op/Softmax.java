package nn.graph.op;

import java.util.List;
import nn.tensor.Fdlibm;
import nn.tensor.Matrix;

/**
 * softmax(z), row by row: each row becomes positive numbers summing to 1. Computed stably by
 * subtracting the row's maximum before exponentiating.
 */
public record Softmax() implements Op {
    @Override public String name() { return "softmax"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) { return rows(in[0]); }

    /** The row-wise softmax of z; shared with the fused cross-entropy. */
    static Matrix rows(Matrix z) {
        int m = z.rows(), k = z.cols();
        double[] x = z.data(), o = new double[x.length];
        for (int r = 0; r < m; r++) {
            double sum = expRow(x, r, k, o);
            for (int c = 0; c < k; c++) o[r * k + c] /= sum;
        }
        return new Matrix(m, k, o);
    }

    /** Row r of a k-column matrix x: o = e^(x − the row's max), the sum of those returned (softmax before dividing). */
    static double expRow(double[] x, int r, int k, double[] o) {
        double max = rowMax(x, r, k), sum = 0;
        for (int c = 0; c < k; c++) sum += o[r * k + c] = Fdlibm.exp(x[r * k + c] - max);
        return sum;
    }

    /** logsumexp of row r of a k-column matrix x, the row's max taken out first: what {@link #logRows} subtracts. */
    static double logSumExp(double[] x, int r, int k) {
        double max = rowMax(x, r, k), sum = 0;
        for (int c = 0; c < k; c++) sum += Fdlibm.exp(x[r * k + c] - max);
        return max + Fdlibm.log(sum);
    }

    /** z − logsumexp(z), row by row: the log of the softmax without underflow; shared with the fused cross-entropy. */
    static Matrix logRows(Matrix z) {
        int m = z.rows(), k = z.cols();
        double[] x = z.data(), o = new double[x.length];
        for (int r = 0; r < m; r++) {
            double logSum = logSumExp(x, r, k);
            for (int c = 0; c < k; c++) o[r * k + c] = x[r * k + c] - logSum;
        }
        return new Matrix(m, k, o);
    }

    // Subtracting the row's largest value first keeps exp from overflowing.
    private static double rowMax(double[] x, int r, int k) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) max = Math.max(max, x[r * k + c]);
        return max;
    }

    // For s = softmax(z) in one row: ∂root/∂z_j = s_j (g_j − Σ_c g_c s_c).
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        int m = out.rows(), k = out.cols();
        double[] s = out.data(), g = gOut.data(), o = new double[s.length];
        for (int r = 0; r < m; r++) {
            double dot = 0;
            for (int c = 0; c < k; c++) dot += g[r * k + c] * s[r * k + c];
            for (int c = 0; c < k; c++) o[r * k + c] = s[r * k + c] * (g[r * k + c] - dot);
        }
        return new Matrix[] {new Matrix(m, k, o)};
    }

    @Override public String formula(List<String> l) { return "softmax(" + l.get(0) + ")"; }

    @Override public String gradFormula(int i, List<String> l, String g) {
        String s = "softmax(" + l.get(0) + ")";
        return s + " * (" + g + " " + Notation.MINUS + " Σ(" + g + " * " + s + "))";
    }
}
