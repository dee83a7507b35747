package nn.tensor.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import nn.tensor.Rng;
import nn.tensor.parallel.Parallel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The float32 products: every form (a·b, aᵀ·b, a·bᵀ), every path (tiny, packed, edge tiles) and both
 * micro-kernels give the float fma chain of the naive loop, bit for bit, on 1 and 2 threads.
 */
@Timeout(120)
class MatMul32Test {
    private static float[] random(Rng rng, int n) {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) f[i] = (float) (2 * rng.nextDouble() - 1);
        return f;
    }

    private static float[] naive(float[] a, int ars, int acs, float[] b, boolean bt, int n, int k, int m) {
        float[] c = new float[n * m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                float s = 0f;
                for (int p = 0; p < k; p++) s = Math.fma(a[i * ars + p * acs], bt ? b[j * k + p] : b[p * m + j], s);
                c[i * m + j] = s;
            }
        return c;
    }

    private static final int[][] SHAPES = {{1, 1, 1}, {3, 5, 7}, {4, 16, 16}, {64, 784, 128}, {37, 300, 45}, {130, 9, 260}, {5, 600, 3}};

    @Test void everyFormAndShapeIsTheNaiveFmaChainOnOneAndTwoThreads() {
        int before = Parallel.threads();
        try {
            for (int threads : new int[] {1, 2}) {
                Parallel.setThreads(threads);
                Rng rng = new Rng(11);
                for (int[] s : SHAPES) {
                    int n = s[0], k = s[1], m = s[2];
                    float[] a = random(rng, n * k), at = random(rng, k * n), b = random(rng, k * m), bt = random(rng, m * k);
                    float[] c = new float[n * m + 3];  // longer than needed: only n·m elements are written
                    MatMul32.mult(a, b, c, n, k, m);
                    assertArrayEquals(naive(a, k, 1, b, false, n, k, m), java.util.Arrays.copyOf(c, n * m));
                    MatMul32.multTransA(at, b, c, n, k, m);
                    assertArrayEquals(naive(at, 1, n, b, false, n, k, m), java.util.Arrays.copyOf(c, n * m));
                    MatMul32.multTransB(a, bt, c, n, k, m);
                    assertArrayEquals(naive(a, k, 1, bt, true, n, k, m), java.util.Arrays.copyOf(c, n * m));
                }
            }
        } finally {
            Parallel.setThreads(before);
        }
    }

    @Test void bothMicroKernelsGiveTheSameBitsThroughTheBlockedProduct() {
        if (MicroKernel32.Holder.VECTOR == null) return;  // the portable run has one kernel, checked above
        Rng rng = new Rng(12);
        int n = 70, k = 530, m = 90;
        float[] a = random(rng, n * k), b = random(rng, k * m);
        float[] viaScalar = new float[n * m], viaVector = new float[n * m];
        Gemm32.run(MicroKernel32.Holder.SCALAR, a, k, 1, b, false, viaScalar, n, k, m);
        Gemm32.run(MicroKernel32.Holder.VECTOR, a, k, 1, b, false, viaVector, n, k, m);
        assertArrayEquals(viaScalar, viaVector);
        assertArrayEquals(naive(a, k, 1, b, false, n, k, m), viaVector);
    }
}
