package nn.tensor;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The checked operations on matrices. Each validates shapes (throwing {@link ShapeException}
 * with both shapes named) and returns a new matrix.
 *
 * <p>Broadcasting, as in NumPy for 2-D: a 1×1 operand stretches to any shape; a 1×n row stretches
 * over the m rows of an m×n matrix; an m×1 column stretches over the n columns. The result shape
 * is the larger of the two along each axis.
 */
public final class MatrixOps {
    private MatrixOps() {}

    public static Matrix add(Matrix a, Matrix b) { return zip(a, b, "add", Double::sum); }
    public static Matrix sub(Matrix a, Matrix b) { return zip(a, b, "subtract", (x, y) -> x - y); }
    public static Matrix mul(Matrix a, Matrix b) { return zip(a, b, "multiply elementwise", (x, y) -> x * y); }
    public static Matrix div(Matrix a, Matrix b) { return zip(a, b, "divide", (x, y) -> x / y); }
    public static Matrix pow(Matrix a, Matrix b) { return zip(a, b, "raise", MatrixOps::power); }
    public static Matrix maximum(Matrix a, Matrix b) { return zip(a, b, "compare", Math::max); }
    public static Matrix minimum(Matrix a, Matrix b) { return zip(a, b, "compare", Math::min); }

    /** x^y with integer exponents computed by multiplication, so 0.5^2 is exactly 0.25. */
    static double power(double x, double y) {
        if (y == 2.0) return x * x;
        if (y == 1.0) return x;
        if (y == 3.0) return x * x * x;
        return StrictMath.pow(x, y);
    }

    /** The broadcast shape of a and b, or a ShapeException naming both shapes. */
    public static int[] broadcastShape(Matrix a, Matrix b, String verb) {
        int r = broadcastAxis(a.rows(), b.rows()), c = broadcastAxis(a.cols(), b.cols());
        if (r < 0 || c < 0)
            throw new ShapeException("cannot " + verb + " " + a.shape() + " and " + b.shape()
                    + ": shapes do not broadcast");
        return new int[] {r, c};
    }

    private static int broadcastAxis(int x, int y) {
        if (x == y) return x;
        if (x == 1) return y;
        if (y == 1) return x;
        return -1;
    }

    public static Matrix zip(Matrix a, Matrix b, String verb, DoubleBinaryOperator f) {
        int[] shape = broadcastShape(a, b, verb);
        int rows = shape[0], cols = shape[1];
        Matrix out = Matrix.zeros(rows, cols);
        double[] o = out.data(), x = a.data(), y = b.data();
        if (a.sameShape(b)) {
            for (int i = 0; i < o.length; i++) o[i] = f.applyAsDouble(x[i], y[i]);
            return out;
        }
        int ar = a.rows() == 1 ? 0 : 1, ac = a.cols() == 1 ? 0 : 1;
        int br = b.rows() == 1 ? 0 : 1, bc = b.cols() == 1 ? 0 : 1;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                o[r * cols + c] = f.applyAsDouble(x[(r * ar) * a.cols() + c * ac], y[(r * br) * b.cols() + c * bc]);
        return out;
    }

    public static Matrix map(Matrix a, DoubleUnaryOperator f) {
        Matrix out = Matrix.zeros(a.rows(), a.cols());
        double[] o = out.data(), x = a.data();
        for (int i = 0; i < o.length; i++) o[i] = f.applyAsDouble(x[i]);
        return out;
    }

    public static Matrix neg(Matrix a) { return map(a, x -> -x); }
    public static Matrix scale(Matrix a, double s) { return map(a, x -> x * s); }
    public static Matrix abs(Matrix a) { return map(a, Math::abs); }
    public static Matrix exp(Matrix a) { return map(a, StrictMath::exp); }
    public static Matrix log(Matrix a) { return map(a, StrictMath::log); }
    public static Matrix sqrt(Matrix a) { return map(a, StrictMath::sqrt); }
    public static Matrix tanh(Matrix a) { return map(a, StrictMath::tanh); }
    public static Matrix sigmoid(Matrix a) { return map(a, x -> 1.0 / (1.0 + StrictMath.exp(-x))); }

    /** The matrix product; inner sizes must agree. */
    public static Matrix matmul(Matrix a, Matrix b) {
        if (a.cols() != b.rows())
            throw new ShapeException("cannot multiply " + a.shape() + " by " + b.shape()
                    + ": inner sizes differ (" + a.cols() + " vs " + b.rows() + ")");
        int n = a.rows(), k = a.cols(), m = b.cols();
        Matrix out = Matrix.zeros(n, m);
        double[] o = out.data(), x = a.data(), y = b.data();
        for (int i = 0; i < n; i++)
            for (int p = 0; p < k; p++) {
                double v = x[i * k + p];
                for (int j = 0; j < m; j++) o[i * m + j] += v * y[p * m + j];
            }
        return out;
    }

    public static Matrix transpose(Matrix a) {
        Matrix out = Matrix.zeros(a.cols(), a.rows());
        double[] o = out.data(), x = a.data();
        int r = a.rows(), c = a.cols();
        for (int i = 0; i < r; i++)
            for (int j = 0; j < c; j++) o[j * r + i] = x[i * c + j];
        return out;
    }

    public static double sum(Matrix a) {
        double s = 0;
        for (double v : a.data()) s += v;
        return s;
    }

    public static double mean(Matrix a) { return sum(a) / a.size(); }

    public static double max(Matrix a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a.data()) m = Math.max(m, v);
        return m;
    }

    public static double min(Matrix a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a.data()) m = Math.min(m, v);
        return m;
    }

    /** Column sums: an m×n matrix becomes 1×n (axis 0, as NumPy's sum(axis=0)). */
    public static Matrix sumRows(Matrix a) {
        Matrix out = Matrix.zeros(1, a.cols());
        double[] o = out.data(), x = a.data();
        for (int r = 0; r < a.rows(); r++)
            for (int c = 0; c < a.cols(); c++) o[c] += x[r * a.cols() + c];
        return out;
    }

    /** Row sums: an m×n matrix becomes m×1 (axis 1). */
    public static Matrix sumCols(Matrix a) {
        Matrix out = Matrix.zeros(a.rows(), 1);
        double[] o = out.data(), x = a.data();
        for (int r = 0; r < a.rows(); r++) {
            double s = 0;
            for (int c = 0; c < a.cols(); c++) s += x[r * a.cols() + c];
            o[r] = s;
        }
        return out;
    }

    /** Sums a broadcast gradient back down to {@code rows}×{@code cols} (the reverse of broadcasting). */
    public static Matrix reduceTo(Matrix g, int rows, int cols) {
        Matrix out = g;
        if (rows == 1 && out.rows() != 1) out = sumRows(out);
        if (cols == 1 && out.cols() != 1) out = sumCols(out);
        return out;
    }

    /** Index of the largest element of each row, as an m×1 matrix. */
    public static Matrix argmaxRows(Matrix a) {
        Matrix out = Matrix.zeros(a.rows(), 1);
        for (int r = 0; r < a.rows(); r++) {
            int best = 0;
            for (int c = 1; c < a.cols(); c++) if (a.get(r, c) > a.get(r, best)) best = c;
            out.data()[r] = best;
        }
        return out;
    }
}
