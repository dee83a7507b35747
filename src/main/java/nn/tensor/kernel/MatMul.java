package nn.tensor.kernel;

import nn.tensor.Matrix;
import nn.tensor.parallel.Parallel;

/**
 * Matrix-product kernels: {@code c = a·b}, {@code c = aᵀ·b} and {@code c = a·bᵀ}, the last two
 * without forming a transpose of {@code a} or {@code b} as a matrix. Shapes are the caller's job
 * ({@link nn.tensor.MatrixOps} checks them); {@code c} is overwritten.
 *
 * <p>Every element is a sum over the inner index in ascending order, starting from 0.0, with no
 * fused multiply-add: {@code c[i][j] = ((0 + a[i][0]·b[0][j]) + a[i][1]·b[1][j]) + …}. So all three
 * kernels, every blocking and every thread count give the bits of the naive triple loop. Output rows
 * are split between threads; each row is computed by one thread.
 */
public final class MatMul {
    private MatMul() {}

    /** c = a·b for a n×k, b k×m, c n×m. */
    public static void mult(Matrix a, Matrix b, Matrix c) {
        int n = a.rows(), k = a.cols(), m = b.cols();
        requireShapes(b.rows() == k && c.rows() == n && c.cols() == m, "mult", a, b, c);
        run(a.data(), k, 1, b.data(), false, c.data(), n, k, m);
    }

    /** c = aᵀ·b for a k×n, b k×m, c n×m. */
    public static void multTransA(Matrix a, Matrix b, Matrix c) {
        int n = a.cols(), k = a.rows(), m = b.cols();
        requireShapes(b.rows() == k && c.rows() == n && c.cols() == m, "multTransA", a, b, c);
        run(a.data(), 1, n, b.data(), false, c.data(), n, k, m);
    }

    /** c = a·bᵀ for a n×k, b m×k, c n×m. */
    public static void multTransB(Matrix a, Matrix b, Matrix c) {
        int n = a.rows(), k = a.cols(), m = b.rows();
        requireShapes(b.cols() == k && c.rows() == n && c.cols() == m, "multTransB", a, b, c);
        run(a.data(), k, 1, b.data(), true, c.data(), n, k, m);
    }

    private static void requireShapes(boolean ok, String kernel, Matrix a, Matrix b, Matrix c) {
        if (!ok) throw new IllegalArgumentException(kernel + ": shapes " + a.shape() + ", " + b.shape()
                + " and " + c.shape() + " do not fit");
    }

    /**
     * The shared driver. Element (i, p) of the left operand is {@code a[i*ars + p*acs]}; the right
     * operand is b (k×m) or, when {@code bTransposed}, b is m×k and read as its transpose.
     */
    private static void run(double[] a, int ars, int acs, double[] b, boolean bTransposed,
                            double[] c, int n, int k, int m) {
        if (n == 0 || m == 0) return;
        if (k == 0) {
            java.util.Arrays.fill(c, 0.0);
            return;
        }
        if (PackedMatMul.worthPacking(n, k, m)) {
            double[][][] panels = PackedMatMul.pack(b, bTransposed, k, m);
            // Split by triples of rows, the micro-kernel's unit, so only the last task has a ragged end.
            int triples = (n + 2) / 3;
            Parallel.forRange(triples, Parallel.grain(3.0 * k * m * Cost.PACKED_MULTIPLY_ADD), (t0, t1) ->
                    PackedMatMul.rows(a, ars, acs, panels, c, k, m, 3 * t0, Math.min(n, 3 * t1)));
        } else if (bTransposed) {
            int grain = Parallel.grain((double) k * m * Cost.SCALAR_MULTIPLY_ADD);
            Parallel.forRange(n, grain, (i0, i1) -> dotRows(a, ars, acs, b, c, k, m, i0, i1));
        } else {
            int grain = Parallel.grain((double) k * m * Cost.SCALAR_MULTIPLY_ADD);
            Parallel.forRange(n, grain, (i0, i1) -> axpyRows(a, ars, acs, b, c, k, m, i0, i1));
        }
    }

    /** Rows [i0, i1) of c = op(a)·b by scaled-row additions (i-k-j order): for small shapes. */
    private static void axpyRows(double[] a, int ars, int acs, double[] b, double[] c,
                                 int k, int m, int i0, int i1) {
        for (int i = i0; i < i1; i++) {
            int ci = i * m;
            java.util.Arrays.fill(c, ci, ci + m, 0.0);
            for (int p = 0; p < k; p++) {
                double x = a[i * ars + p * acs];
                int bp = p * m;
                for (int j = 0; j < m; j++) c[ci + j] += x * b[bp + j];
            }
        }
    }

    /** Rows [i0, i1) of c = op(a)·bᵀ as dot products of rows: for small shapes. */
    private static void dotRows(double[] a, int ars, int acs, double[] b, double[] c,
                                int k, int m, int i0, int i1) {
        for (int i = i0; i < i1; i++) {
            int ai = i * ars;
            for (int j = 0; j < m; j++) {
                int bj = j * k;
                double s = 0.0;
                for (int p = 0; p < k; p++) s += a[ai + p * acs] * b[bj + p];
                c[i * m + j] = s;
            }
        }
    }
}
