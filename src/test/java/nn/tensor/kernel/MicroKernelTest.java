package nn.tensor.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import nn.tensor.Rng;
import org.junit.jupiter.api.Test;

/**
 * The SIMD kernels and the portable product, called directly (the dispatcher may still be on the
 * portable one while the SIMD kernel warms up): each gives the fma chain of the naive loop, bit for
 * bit, on every path.
 */
class MicroKernelTest {
    private static boolean vectorPresent() { return MicroKernel.Holder.VECTOR != null; }

    private static double[] random(Rng rng, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = 2 * rng.nextDouble() - 1;
        return d;
    }

    /** c = op(a)·op(b) by the textbook loop with fma, op(a)(i, p) = a[i*ars + p*acs]. */
    private static double[] naive(double[] a, int ars, int acs, double[] b, boolean bt, int n, int k, int m) {
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double s = 0.0;
                for (int p = 0; p < k; p++) s = Math.fma(a[i * ars + p * acs], bt ? b[j * k + p] : b[p * m + j], s);
                c[i * m + j] = s;
            }
        return c;
    }

    @Test void everyKernelAndPathGivesTheNaiveFmaChainBitForBit() {
        Rng rng = new Rng(5);
        int[][] shapes = {{1, 3, 5}, {4, 8, 8}, {5, 9, 17}, {64, 300, 10}, {37, 513, 70}, {130, 257, 9}, {2, 1, 33},
                {1, 40, 37}, {1, 300, 128}, {3, 7, 600}, {9, 130, 1100}, {6, 2500, 11}};
        MicroKernel simd = MicroKernel.Holder.VECTOR;
        for (boolean portable : new boolean[] {true, false}) {
            if (!portable && simd == null) continue;  // the portable run has only one path
            for (int[] s : shapes)
                for (int form = 0; form < 3; form++) {
                    int n = s[0], k = s[1], m = s[2];
                    double[] a = random(rng, n * k), b = random(rng, k * m), c = new double[n * m];
                    int ars = form == 1 ? 1 : k, acs = form == 1 ? n : 1;
                    boolean bt = form == 2;
                    java.util.Arrays.fill(c, 99);
                    if (portable) PortableGemm.run(a, ars, acs, b, bt, c, n, k, m);
                    else Gemm.run(simd, a, ars, acs, b, bt, c, n, k, m);
                    String what = (portable ? "portable" : "SIMD") + " form " + form + " " + n + "×" + k + "×" + m;
                    assertArrayEquals(naive(a, ars, acs, b, bt, n, k, m), c, what);
                    if (n == 1 && !bt) {
                        double[] r = new double[m + 2];
                        java.util.Arrays.fill(r, 99);
                        if (portable) PortableGemm.rowTimesMatrix(a, 0, acs, b, k, m, r, 1);
                        else simd.rowTimesMatrix(a, 0, acs, b, k, m, r, 1);
                        assertArrayEquals(naive(a, ars, acs, b, false, 1, k, m), java.util.Arrays.copyOfRange(r, 1, m + 1),
                                what + " row·matrix");
                    }
                }
        }
    }

    /**
     * Shapes the blocked product cuts in every way (column blocks when rows are few, uneven row blocks,
     * several blocks of p — with 256-bit vectors float64 takes p whole up to Gemm.KC, so k = 4500 is its case there — edge tiles on
     * both sides) give the naive chain on 1, 2 and 4 threads.
     */
    @Test void theBlockedProductGivesTheNaiveChainForAnyThreadCountAndSplit() {
        if (!vectorPresent()) return;
        int original = nn.tensor.parallel.Parallel.threads();
        Rng rng = new Rng(8);
        int[][] shapes = {{64, 784, 128}, {37, 600, 129}, {300, 520, 33}, {131, 1030, 250}, {5, 2000, 400}, {9, 4500, 21}};
        try {
            for (int[] s : shapes) {
                int n = s[0], k = s[1], m = s[2];
                double[] a = random(rng, n * k), b = random(rng, k * m);
                float[] af = new float[n * k], bf = new float[k * m];
                for (int i = 0; i < af.length; i++) af[i] = (float) a[i];
                for (int i = 0; i < bf.length; i++) bf[i] = (float) b[i];
                double[] expected = naive(a, k, 1, b, false, n, k, m);
                float[] expected32 = new float[n * m];
                Gemm32.run(MicroKernel32.Holder.SCALAR, af, k, 1, bf, false, expected32, n, k, m);
                for (int threads : new int[] {1, 2, 4}) {
                    nn.tensor.parallel.Parallel.setThreads(threads);
                    double[] c = new double[n * m];
                    Gemm.run(MicroKernel.Holder.VECTOR, a, k, 1, b, false, c, n, k, m);
                    assertArrayEquals(expected, c, n + "×" + k + "×" + m + " on " + threads + " threads");
                    float[] c32 = new float[n * m];
                    Gemm32.run(MicroKernel32.Holder.VECTOR, af, k, 1, bf, false, c32, n, k, m);
                    assertArrayEquals(expected32, c32, "float32 " + n + "×" + k + "×" + m + " on " + threads + " threads");
                }
            }
        } finally {
            nn.tensor.parallel.Parallel.setThreads(original);
        }
    }

    @Test void aTileContinuesTheSumsAlreadyInTheOutput() {
        if (!vectorPresent()) return;
        Rng rng = new Rng(6);
        for (MicroKernel kernel : List.of(MicroKernel.Holder.VECTOR)) {
            int nr = kernel.nr(), kc = 7;
            double[] ap = random(rng, kc * MicroKernel.MR), bp = random(rng, kc * nr), c = random(rng, MicroKernel.MR * nr);
            double[] expected = c.clone();
            for (int r = 0; r < MicroKernel.MR; r++)
                for (int j = 0; j < nr; j++)
                    for (int p = 0; p < kc; p++)
                        expected[r * nr + j] = Math.fma(ap[p * MicroKernel.MR + r], bp[p * nr + j], expected[r * nr + j]);
            kernel.tile(kc, ap, 0, bp, 0, c, 0, nr, false);
            assertArrayEquals(expected, c, kernel.getClass().getSimpleName());
        }
    }

    /**
     * Both ways of packing a (the interface's element-by-element one and the SIMD kernel's, which
     * transposes a·b's rows in registers and moves aᵀ·b's columns as vectors) give the layout by its
     * definition, zeros below the last row included: rows and steps that are and are not multiples of
     * the tile (4), blocks that start inside a (ic, pc > 0).
     */
    @Test void bothKernelsPackEveryFormOfATheSameWay() {
        Rng rng = new Rng(14);
        final int mr = MicroKernel.MR;
        int[][] blocks = {{13, 37}, {128, 196}, {8, 8}, {3, 5}, {4, 1}, {64, 2048}, {7, 4}};
        MicroKernel portable = new MicroKernel() {  // the interface's own packing, nothing else
            public int nr() { return 8; }
            public void tile(int kc, double[] ap, int aOff, double[] bp, int bOff, double[] c, int cOff, int ldc, boolean first) {}
            public void packRows(double[] b, int m, int k, int p0, int p1, int q0, int q1, double[] bp) {}
            public void rowTimesMatrix(double[] x, int xOff, int xs, double[] b, int k, int m, double[] c, int cOff) {}
        };
        for (int[] blk : blocks) {
            int mc = blk[0], kc = blk[1], ic = 2, pc = 5, n = mc + 5, k = kc + 11, tiles = (mc + mr - 1) / mr;
            double[] a = random(rng, n * k);
            for (boolean transposedA : new boolean[] {false, true}) {
                int ars = transposedA ? 1 : k, acs = transposedA ? n : 1;
                double[] expected = new double[tiles * mr * kc];
                for (int t = 0; t < tiles; t++)
                    for (int p = 0; p < kc; p++)
                        for (int r = 0; r < mr; r++) {
                            int row = t * mr + r;
                            expected[(t * kc + p) * mr + r] = row < mc ? a[(ic + row) * ars + (pc + p) * acs] : 0.0;
                        }
                String what = mc + "×" + kc + (transposedA ? " of aᵀ" : " of a");
                double[] viaScalar = new double[expected.length];
                java.util.Arrays.fill(viaScalar, Double.NaN);
                portable.packA(a, ars, acs, ic, mc, tiles, pc, kc, viaScalar);
                assertArrayEquals(expected, viaScalar, "scalar " + what);
                if (!vectorPresent()) continue;
                double[] viaVector = new double[expected.length];
                java.util.Arrays.fill(viaVector, Double.NaN);
                MicroKernel.Holder.VECTOR.packA(a, ars, acs, ic, mc, tiles, pc, kc, viaVector);
                assertArrayEquals(expected, viaVector, "SIMD " + what);
            }
        }
    }

    /**
     * Packing op(b) = bᵀ (the a·bᵀ form): the interface's element-by-element copy and the SIMD kernel's
     * 4 × 4 transposes give the layout's definition, for k a multiple of 4 and not (the SIMD loop's tail),
     * k below 4, one panel and several, and panels that start past the first.
     */
    @Test void bothKernelsPackTransposedBTheSameWay() {
        Rng rng = new Rng(21);
        MicroKernel portable = new MicroKernel() {  // the interface's own packing, nothing else
            public int nr() { return 8; }
            public void tile(int kc, double[] ap, int aOff, double[] bp, int bOff, double[] c, int cOff, int ldc, boolean first) {}
            public void packRows(double[] b, int m, int k, int p0, int p1, int q0, int q1, double[] bp) {}
            public void rowTimesMatrix(double[] x, int xOff, int xs, double[] b, int k, int m, double[] c, int cOff) {}
        };
        List<MicroKernel> kernels = vectorPresent() ? List.of(portable, MicroKernel.Holder.VECTOR) : List.of(portable);
        int[][] shapes = {{8, 1}, {8, 3}, {16, 4}, {24, 7}, {37, 130}, {64, 784}, {130, 2048}};
        for (MicroKernel kernel : kernels) {
            int nr = kernel.nr();
            for (int[] sh : shapes) {
                int k = sh[1], m = Math.max(sh[0], nr), panels = m / nr;
                double[] b = random(rng, m * k);
                for (int q0 : new int[] {0, panels / 2}) {
                    double[] expected = new double[panels * k * nr], packed = new double[expected.length];
                    java.util.Arrays.fill(expected, Double.NaN);
                    java.util.Arrays.fill(packed, Double.NaN);
                    for (int q = q0; q < panels; q++)
                        for (int p = 0; p < k; p++)
                            for (int jj = 0; jj < nr; jj++) expected[(q * k + p) * nr + jj] = b[(q * nr + jj) * k + p];
                    kernel.packTransposedPanels(b, k, q0, panels, packed);
                    assertArrayEquals(expected, packed, (kernel == portable ? "scalar " : "SIMD ") + m + "×" + k + " from panel " + q0);
                }
            }
        }
    }
}
