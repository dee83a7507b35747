package nn.tensor.kernel;

import nn.i18n.Messages;
import nn.tensor.Matrix;
import nn.tensor.parallel.Parallel;

/**
 * Reductions. Whole-matrix sums add fixed blocks of {@value #BLOCK} elements, each from left to
 * right, then add the block sums in block order: the blocking depends only on the size, never on
 * the thread count, so every thread count gives the same bits. (Up to one block, that is exactly the
 * plain left-to-right sum.) Row and column sums give each output element to one thread, which adds
 * in index order.
 */
public final class Reduce {
    /** Fixed block length of whole-matrix reductions. */
    public static final int BLOCK = 4096;

    private Reduce() {}

    /** The sum of all elements. */
    public static double sum(Matrix a) {
        double[] x = a.data();
        int blocks = (x.length + BLOCK - 1) / BLOCK;
        if (blocks <= 1) return sumRange(x, 0, x.length);
        double[] partial = new double[blocks];
        Parallel.forRange(blocks, Parallel.grain(BLOCK * Cost.SUM_ELEMENT), (b0, b1) -> {
            for (int b = b0; b < b1; b++) partial[b] = sumRange(x, b * BLOCK, Math.min(x.length, (b + 1) * BLOCK));
        });
        return sumRange(partial, 0, blocks);
    }

    private static double sumRange(double[] x, int from, int to) {
        double s = 0.0;
        for (int i = from; i < to; i++) s += x[i];
        return s;
    }

    /** The largest element (negative infinity when empty; NaN if any element is NaN). */
    public static double max(Matrix a) { return extreme(a, true); }

    /** The smallest element (positive infinity when empty; NaN if any element is NaN). */
    public static double min(Matrix a) { return extreme(a, false); }

    // Math.max/min are order-independent (NaN wins, +0 beats -0), so blocks only serve speed.
    private static double extreme(Matrix a, boolean largest) {
        double[] x = a.data();
        int blocks = (x.length + BLOCK - 1) / BLOCK;
        double[] partial = new double[Math.max(1, blocks)];
        partial[0] = largest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        Parallel.forRange(blocks, Parallel.grain(BLOCK * Cost.STREAM_ELEMENT), (b0, b1) -> {
            for (int b = b0; b < b1; b++) {
                double m = largest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                for (int i = b * BLOCK, end = Math.min(x.length, i + BLOCK); i < end; i++)
                    m = largest ? Math.max(m, x[i]) : Math.min(m, x[i]);
                partial[b] = m;
            }
        });
        double m = partial[0];
        for (int b = 1; b < blocks; b++) m = largest ? Math.max(m, partial[b]) : Math.min(m, partial[b]);
        return m;
    }

    /** Column sums into out (1×cols): out[c] = Σ_r a[r][c], rows added in order. */
    public static void sumRows(Matrix a, Matrix out) {
        int rows = a.rows(), cols = a.cols();
        requireShape(out, 1, cols, "sumRows");
        double[] x = a.data(), o = out.data();
        Parallel.forRange(cols, Parallel.grain(rows * Cost.SUM_ELEMENT), (c0, c1) -> {
            java.util.Arrays.fill(o, c0, c1, 0.0);
            for (int r = 0; r < rows; r++) {
                int base = r * cols;
                for (int c = c0; c < c1; c++) o[c] += x[base + c];
            }
        });
    }

    /** Row sums into out (rows×1): out[r] = Σ_c a[r][c], columns added in order. */
    public static void sumCols(Matrix a, Matrix out) {
        int rows = a.rows(), cols = a.cols();
        requireShape(out, rows, 1, "sumCols");
        double[] x = a.data(), o = out.data();
        Parallel.forRange(rows, Parallel.grain(cols * Cost.SUM_ELEMENT), (r0, r1) -> {
            for (int r = r0; r < r1; r++) o[r] = sumRange(x, r * cols, r * cols + cols);
        });
    }

    /** For each row, the column of its largest element (the first one on ties) into out (rows×1). */
    public static void argmaxRows(Matrix a, Matrix out) {
        int rows = a.rows(), cols = a.cols();
        requireShape(out, rows, 1, "argmaxRows");
        double[] x = a.data(), o = out.data();
        Parallel.forRange(rows, Parallel.grain(cols * Cost.SUM_ELEMENT), (r0, r1) -> {
            for (int r = r0; r < r1; r++) {
                int base = r * cols, best = 0;
                for (int c = 1; c < cols; c++) if (x[base + c] > x[base + best]) best = c;
                o[r] = best;
            }
        });
    }

    private static void requireShape(Matrix out, int rows, int cols, String kernel) {
        if (out.rows() != rows || out.cols() != cols)
            throw new IllegalArgumentException(Messages.t("internal.kernel-output", kernel, out.shape(), rows + "×" + cols));
    }
}
