package nn.tensor.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Random;
import nn.tensor.parallel.Parallel;
import org.junit.jupiter.api.Test;

/**
 * The two-tile kernel ({@link MicroKernel#tilePair}, sixteen accumulators where the machine has 32 vector registers):
 * the same bits as two calls of the one-tile kernel, and products through {@link Gemm} and {@link Gemm32} with pairs
 * forced on the same bits as with them off, on any machine with the module (the products use pairs only where the
 * kernel's {@code pairs()} says so).
 */
class TilePairTest {
    @Test void aPairIsTwoTilesBitForBit() {
        MicroKernel v = MicroKernel.Holder.VECTOR;
        assumeTrue(v != null, "the SIMD kernels need the jdk.incubator.vector module");
        Random r = new Random(3);
        int nr = v.nr(), mr = MicroKernel.MR, ldc = nr + 5;
        for (int kc : new int[] {1, 7, 256}) {
            double[] ap = TestArrays.random(r, 2 * mr * kc + 3), bp = TestArrays.random(r, nr * kc + 2);
            double[] start = TestArrays.random(r, 2 * mr * ldc + 1);
            for (boolean first : new boolean[] {true, false}) {
                double[] pair = start.clone(), two = start.clone();
                v.tilePair(kc, ap, 3, bp, 2, pair, 1, ldc, first);
                v.tile(kc, ap, 3, bp, 2, two, 1, ldc, first);
                v.tile(kc, ap, 3 + kc * mr, bp, 2, two, 1 + mr * ldc, ldc, first);
                assertArrayEquals(two, pair, "float64, kc " + kc + ", first " + first);
            }
        }
        MicroKernel32 v32 = MicroKernel32.Holder.VECTOR;
        int nr32 = v32.nr(), ldc32 = nr32 + 3;
        for (int kc : new int[] {1, 9, 256}) {
            float[] ap = TestArrays.toFloat(TestArrays.random(r, 2 * mr * kc + 1));
            float[] bp = TestArrays.toFloat(TestArrays.random(r, nr32 * kc + 4));
            float[] start = TestArrays.toFloat(TestArrays.random(r, 2 * mr * ldc32 + 2));
            for (boolean first : new boolean[] {true, false}) {
                float[] pair = start.clone(), two = start.clone();
                v32.tilePair(kc, ap, 1, bp, 4, pair, 2, ldc32, first);
                v32.tile(kc, ap, 1, bp, 4, two, 2, ldc32, first);
                v32.tile(kc, ap, 1 + kc * mr, bp, 4, two, 2 + mr * ldc32, ldc32, first);
                assertArrayEquals(two, pair, "float32, kc " + kc + ", first " + first);
            }
        }
    }

    /** Shapes with an odd count of tiles down a block, partial tiles at the bottom and right, and several blocks of p. */
    private static final int[][] SHAPES = {{12, 5, 17}, {8, 300, 33}, {37, 513, 70}, {130, 784, 47}, {258, 1030, 129}, {4, 9, 16}, {300, 700, 200}, {1000, 300, 64}};

    @Test void productsWithPairsForcedGiveTheSameBits() {
        assumeTrue(MicroKernel.Holder.VECTOR != null, "the SIMD kernels need the jdk.incubator.vector module");
        compareWithAndWithoutPairs(new Random(8));
    }

    /** Split over 2 and 3 threads, units start part-way down c and end on rows other units begin at: a pair must not cross. */
    @Test void splitProductsWithPairsForcedGiveTheSameBits() {
        assumeTrue(MicroKernel.Holder.VECTOR != null, "the SIMD kernels need the jdk.incubator.vector module");
        int original = Parallel.threads();
        try {
            Parallel.assumeDispatchNanos(0);
            for (int threads : new int[] {2, 3}) {
                Parallel.setThreads(threads);
                compareWithAndWithoutPairs(new Random(threads));
            }
        } finally {
            Parallel.setThreads(original);
            Parallel.assumeDispatchNanos(Double.NaN);
        }
    }

    private static void compareWithAndWithoutPairs(Random r) {
        MicroKernel v = MicroKernel.Holder.VECTOR;
        MicroKernel32 v32 = MicroKernel32.Holder.VECTOR;
        for (int[] s : SHAPES)
            for (int form = 0; form < 3; form++) {
                int n = s[0], k = s[1], m = s[2];
                double[] a = TestArrays.random(r, n * k), b = TestArrays.random(r, k * m);
                int ars = form == 1 ? 1 : k, acs = form == 1 ? n : 1;
                boolean bt = form == 2;
                String where = Arrays.toString(s) + ", form " + form;
                double[] withPairs = new double[n * m], without = new double[n * m];
                Arrays.fill(withPairs, 5);
                Gemm.run(v, a, ars, acs, b, bt, withPairs, n, k, m, true);
                Gemm.run(v, a, ars, acs, b, bt, without, n, k, m, false);
                assertArrayEquals(without, withPairs, "float64, " + where);
                float[] af = TestArrays.toFloat(a), bf = TestArrays.toFloat(b), pairs32 = new float[n * m], single32 = new float[n * m];
                Arrays.fill(pairs32, 5);
                Gemm32.run(v32, af, ars, acs, bf, bt, pairs32, n, k, m, true);
                Gemm32.run(v32, af, ars, acs, bf, bt, single32, n, k, m, false);
                assertArrayEquals(single32, pairs32, "float32, " + where);
            }
    }
}
