package nn.tensor.kernel;

import java.util.concurrent.atomic.AtomicBoolean;
import nn.platform.Browser;

import nn.i18n.Messages;
import nn.tensor.Matrix;
import nn.tensor.parallel.Parallel;

/**
 * Matrix-product kernels: {@code c = a·b}, {@code c = aᵀ·b} and {@code c = a·bᵀ}, the last two
 * without forming a transpose of {@code a} or {@code b} as a matrix. Shapes are the caller's job
 * ({@link nn.tensor.MatrixOps} checks them); {@code c} is overwritten.
 *
 * <p>Every element is a chain of fused multiply-adds over the inner index in ascending order,
 * starting from 0.0: {@code c[i][j] = fma(a[i][k-1], b[k-1][j], … fma(a[i][1], b[1][j], fma(a[i][0], b[0][j], 0.0)))}.
 * All three kernels, every path (packed {@link Gemm}, matrix–vector and outer products, tiny), the
 * explicit-SIMD kernels and the portable {@link PortableGemm}, and every thread count give these same bits. Output rows are
 * split between threads; each row is computed by one thread.
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

    /**
     * The size, in multiply-adds, from which every float64 product goes to 2 threads now: the least work
     * {@link Parallel#worthSplitting(double, double)} splits, at the pool's measured dispatch cost and the
     * most a product moves between cores ({@link Cost#crossCoreNanos}), at the packed kernel's speed
     * ({@link Cost#PACKED_MULTIPLY_ADD}); products of less data may split a little below it. Printed by the
     * thread benchmarks.
     */
    public static long parallelThreshold() { return parallelThreshold(Parallel.dispatchNanos()); }

    /** The same at a dispatch cost of {@code dispatchNanos}. */
    public static long parallelThreshold(double dispatchNanos) {
        double moved = Cost.CROSS_CORE_MAX_ELEMENTS * Cost.CROSS_CORE_ELEMENT;
        return (long) Math.ceil(Parallel.leastWorthSplitting(dispatchNanos, moved, 2) / Cost.PACKED_MULTIPLY_ADD);
    }

    private static void requireShapes(boolean ok, String kernel, Matrix a, Matrix b, Matrix c) {
        if (!ok) throw new IllegalArgumentException(Messages.t("internal.kernel-shapes", kernel, a.shape(), b.shape(), c.shape()));
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
        // Tiny products (the lessons' hand-sized examples, XOR) never start the SIMD kernels' warm-up.
        boolean tiny = (long) n * k * m < TINY;
        MicroKernel simd = tiny ? null : MicroKernel.best();
        if (!bTransposed && (n == 1 || k <= FEW_STEPS)) {
            rowsTimesMatrix(simd, a, ars, acs, b, c, n, k, m);
        } else if (tiny || (bTransposed && n < MicroKernel.MR)) {
            int bps = bTransposed ? 1 : m, bjs = bTransposed ? k : 1;
            int grain = Parallel.grain((double) k * m * Cost.SCALAR_MULTIPLY_ADD);
            Parallel.forRange(n, grain, (i0, i1) -> dotRows(a, ars, acs, b, bps, bjs, c, k, m, i0, i1));
        } else if (simd != null) {
            Gemm.run(simd, a, ars, acs, b, bTransposed, c, n, k, m);
        } else {
            PortableGemm.run(a, ars, acs, b, bTransposed, c, n, k, m);
        }
    }

    private static final AtomicBoolean PREPARED = new AtomicBoolean();

    /**
     * Starts the SIMD kernels' warm-up now, off the calling thread (loading the Vector API's classes included),
     * for work that will soon need products of real size: the MNIST loader calls it before it decodes the pixels,
     * so the warm-up overlaps the load instead of starting at the first product and leaving the first hundreds of
     * training steps on the portable kernel. Measured on {@code samples/mnist.nn} (one engine thread): the kernels
     * ready 0.5–0.7 s after start instead of 1.1 s and more. Once per process; nothing where the module is absent. The
     * float32 kernel's warm-up still starts at the first float32 product.
     */
    public static void prepareKernels() {
        // Browser.isBrowser() stays inline: TeaVM drops the code behind it only where it sees the constant here.
        if (Browser.isBrowser() || !PREPARED.compareAndSet(false, true)) return;
        // The module is tried quietly here: where it cannot be had, the one-line note about the portable kernels
        // is printed by the first product that wants them, on the script's thread, as before (not from this
        // thread, in the middle of the script's output).
        Thread t = new Thread(() -> {
            if (!Boolean.getBoolean("nn.portable") && VectorModule.load()) MicroKernel.best();
        }, "nn-vector-prepare");
        t.setDaemon(true);
        t.start();
    }

    /** Whether {@link #prepareKernels} has been called in this process. */
    public static boolean kernelsPrepared() { return PREPARED.get(); }

    /** Products with fewer multiply-adds than this skip packing: its set-up would cost more than it saves. */
    private static final long TINY = 2048;
    /**
     * Up to this many steps of p (an outer product has one), each row of c is built by scaling rows of
     * b: packing would copy as much as it computes.
     */
    private static final int FEW_STEPS = 4;

    /** c = op(a)·b row by row, each row by {@link MicroKernel#rowTimesMatrix} (or its portable twin). */
    private static void rowsTimesMatrix(MicroKernel simd, double[] a, int ars, int acs, double[] b, double[] c,
                                        int n, int k, int m) {
        int grain = Parallel.grain((double) k * m * Cost.PACKED_MULTIPLY_ADD + m * Cost.STREAM_ELEMENT);
        Parallel.forRange(n, grain, (i0, i1) -> {
            for (int i = i0; i < i1; i++) {
                if (simd != null) simd.rowTimesMatrix(a, i * ars, acs, b, k, m, c, i * m);
                else PortableGemm.rowTimesMatrix(a, i * ars, acs, b, k, m, c, i * m);
            }
        });
    }

    /**
     * Rows [i0, i1) of c = op(a)·op(b) element by element, op(b)(p, j) = b[p*bps + j*bjs]: for tiny
     * shapes and for a few rows times a transposed matrix (a batch of one going backwards), where
     * packing b would copy as much as it computes. Four columns at a time: four independent fma
     * chains, so each waits less on the one before.
     */
    private static void dotRows(double[] a, int ars, int acs, double[] b, int bps, int bjs, double[] c,
                                int k, int m, int i0, int i1) {
        for (int i = i0; i < i1; i++) {
            int ai = i * ars, ci = i * m, j = 0;
            for (; j + 3 < m; j += 4) {
                int b0 = j * bjs, b1 = b0 + bjs, b2 = b1 + bjs, b3 = b2 + bjs;
                double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
                for (int p = 0; p < k; p++) {
                    double x = a[ai + p * acs];
                    int o = p * bps;
                    s0 = Math.fma(x, b[b0 + o], s0);
                    s1 = Math.fma(x, b[b1 + o], s1);
                    s2 = Math.fma(x, b[b2 + o], s2);
                    s3 = Math.fma(x, b[b3 + o], s3);
                }
                c[ci + j] = s0;
                c[ci + j + 1] = s1;
                c[ci + j + 2] = s2;
                c[ci + j + 3] = s3;
            }
            for (; j < m; j++) {
                int bj = j * bjs;
                double s = 0.0;
                for (int p = 0; p < k; p++) s = Math.fma(a[ai + p * acs], b[bj + p * bps], s);
                c[ci + j] = s;
            }
        }
    }
}
