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

    // {9, 4500, 37}: p in three blocks (Gemm32.KC = 2048), edge tiles on both sides, in every form.
    private static final int[][] SHAPES = {{1, 1, 1}, {3, 5, 7}, {4, 16, 16}, {64, 784, 128}, {37, 300, 45}, {130, 9, 260}, {5, 600, 3},
            {9, 4500, 37}, {200, 70, 40}};

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
        float[] a = random(rng, n * k), b = random(rng, k * m), bt = random(rng, m * k);
        // a·b, aᵀ·b (a read as k×n) and a·bᵀ: each packs a its own way in the SIMD kernel.
        int[][] forms = {{k, 1, 0}, {1, n, 0}, {k, 1, 1}};
        for (int[] f : forms) {
            boolean transposedB = f[2] == 1;
            float[] bb = transposedB ? bt : b;
            float[] viaScalar = new float[n * m], viaVector = new float[n * m];
            Gemm32.run(MicroKernel32.Holder.SCALAR, a, f[0], f[1], bb, transposedB, viaScalar, n, k, m);
            Gemm32.run(MicroKernel32.Holder.VECTOR, a, f[0], f[1], bb, transposedB, viaVector, n, k, m);
            assertArrayEquals(viaScalar, viaVector);
            assertArrayEquals(naive(a, f[0], f[1], bb, transposedB, n, k, m), viaVector);
        }
    }

    @Test void bothMicroKernelsPackEveryFormOfATheSameWay() {
        if (MicroKernel32.Holder.VECTOR == null) return;
        Rng rng = new Rng(13);
        // Rows and steps that are and are not multiples of the tile (4) and of the transposed block (8).
        int[][] blocks = {{13, 37}, {128, 196}, {8, 8}, {3, 5}};
        for (int[] blk : blocks) {
            int mc = blk[0], kc = blk[1], n = mc + 5, k = kc + 11, tiles = (mc + MicroKernel32.MR - 1) / MicroKernel32.MR;
            float[] a = random(rng, n * k);
            for (boolean transposedA : new boolean[] {false, true}) {
                int ars = transposedA ? 1 : k, acs = transposedA ? n : 1;
                float[] viaScalar = new float[tiles * MicroKernel32.MR * kc], viaVector = new float[viaScalar.length];
                java.util.Arrays.fill(viaVector, Float.NaN);
                MicroKernel32.Holder.SCALAR.packA(a, ars, acs, 2, mc, tiles, 5, kc, viaScalar);
                MicroKernel32.Holder.VECTOR.packA(a, ars, acs, 2, mc, tiles, 5, kc, viaVector);
                assertArrayEquals(viaScalar, viaVector, mc + "×" + kc + (transposedA ? " of aᵀ" : " of a"));
            }
        }
    }

    @Test void bothMicroKernelsPackTheTransposedBTheSameWay() {
        if (MicroKernel32.Holder.VECTOR == null) return;
        Rng rng = new Rng(14);
        int nr = MicroKernel32.Holder.VECTOR.nr();
        // With 512-bit vectors (AVX-512) the SIMD panels are 32 wide and the portable kernel's 16: then each is
        // checked against the definition alone.
        boolean sameWidth = MicroKernel32.Holder.SCALAR.nr() == nr;
        // Steps that are and are not multiples of the 8 × 8 transposed block; panels from the first and from inside b.
        int[][] cases = {{37, 0, 3}, {64, 1, 4}, {8, 0, 1}, {5, 2, 3}, {784, 0, 2}};
        for (int[] c : cases) {
            int k = c[0], q0 = c[1], q1 = c[2], m = q1 * nr + 7;
            float[] b = random(rng, m * k);
            float[] viaScalar = new float[(q1 + 1) * nr * k], viaVector = new float[viaScalar.length];
            java.util.Arrays.fill(viaScalar, Float.NaN);
            java.util.Arrays.fill(viaVector, Float.NaN);
            MicroKernel32.Holder.VECTOR.packTransposedPanels(b, k, q0, q1, viaVector);
            if (sameWidth) {
                MicroKernel32.Holder.SCALAR.packTransposedPanels(b, k, q0, q1, viaScalar);
                assertArrayEquals(viaScalar, viaVector, "k = " + k + ", panels " + q0 + "–" + q1);
            }
            for (int q = q0; q < q1; q++)
                for (int p = 0; p < k; p++)
                    for (int jj = 0; jj < nr; jj++)
                        if (Float.floatToRawIntBits(viaVector[(q * k + p) * nr + jj]) != Float.floatToRawIntBits(b[(q * nr + jj) * k + p]))
                            throw new AssertionError("panel " + q + " step " + p + " column " + jj);
        }
    }
}
