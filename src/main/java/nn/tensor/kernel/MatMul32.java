package nn.tensor.kernel;

import java.util.Arrays;

/**
 * Float32 matrix products on plain row-major {@code float[]} arrays: {@code c = a·b}, {@code c = aᵀ·b}
 * and {@code c = a·bᵀ}, the transposes read in place. Arrays may be longer than the shapes need (a
 * trainer sizes its buffers for the largest batch); {@code c}'s first n·m elements are overwritten.
 *
 * <p>As in {@link MatMul}, every element is the chain of float fused multiply-adds over the inner
 * index in ascending order from 0, so every path, both kernels and every thread count give the same bits.
 */
public final class MatMul32 {
    private MatMul32() {}

    /** c (n×m) = a (n×k) · b (k×m). */
    public static void mult(float[] a, float[] b, float[] c, int n, int k, int m) { run(a, k, 1, b, false, c, n, k, m); }

    /** c (n×m) = aᵀ · b for a k×n, b k×m. */
    public static void multTransA(float[] a, float[] b, float[] c, int n, int k, int m) { run(a, 1, n, b, false, c, n, k, m); }

    /** c (n×m) = a · bᵀ for a n×k, b m×k. */
    public static void multTransB(float[] a, float[] b, float[] c, int n, int k, int m) { run(a, k, 1, b, true, c, n, k, m); }

    /** Waits until the SIMD kernel runs compiled, so that a benchmark does not time the warm-up. */
    public static void awaitCompiledKernel() { VectorWarmUp32.await(); }

    private static final long TINY = 2048;

    private static void run(float[] a, int ars, int acs, float[] b, boolean bTransposed, float[] c, int n, int k, int m) {
        if (n == 0 || m == 0) return;
        if (k == 0) {
            Arrays.fill(c, 0, n * m, 0f);
            return;
        }
        if ((long) n * k * m < TINY) {
            int bps = bTransposed ? 1 : m, bjs = bTransposed ? k : 1;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    float s = 0f;
                    for (int p = 0; p < k; p++) s = Math.fma(a[i * ars + p * acs], b[j * bjs + p * bps], s);
                    c[i * m + j] = s;
                }
            }
            return;
        }
        Gemm32.run(MicroKernel32.best(), a, ars, acs, b, bTransposed, c, n, k, m);
    }
}
