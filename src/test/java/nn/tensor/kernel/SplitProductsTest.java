package nn.tensor.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Random;
import nn.tensor.parallel.Parallel;
import org.junit.jupiter.api.Test;

/**
 * Products forced onto 2 and 3 threads (so b's panels are packed on first use, {@link LazyPanels}) with several blocks
 * of p on machines with 512-bit vectors ({@link Gemm#kcMax}), edge tiles and all three forms: the same bits as the
 * definition's fma chain (float64) and as the portable kernel on one thread (float32).
 */
class SplitProductsTest {
    @Test void splitProductsGiveTheDefinitionsBits() {
        MicroKernel v = MicroKernel.Holder.VECTOR;
        assumeTrue(v != null, "the SIMD kernels need the jdk.incubator.vector module");
        int original = Parallel.threads();
        Random r = new Random(11);
        int[][] shapes = {{33, 257, 17}, {130, 513, 47}, {9, 784, 129}, {200, 1000, 70}, {64, 300, 31}, {131, 1030, 250}, {5, 600, 33}};
        try {
            Parallel.assumeDispatchNanos(0);
            for (int threads : new int[] {2, 3}) {
                for (int[] s : shapes) {
                    for (int form = 0; form < 3; form++) {
                        int n = s[0], k = s[1], m = s[2];
                        double[] a = TestArrays.random(r, n * k), b = TestArrays.random(r, k * m);
                        int ars = form == 1 ? 1 : k, acs = form == 1 ? n : 1;
                        boolean bTransposed = form == 2;
                        String where = threads + " threads, " + Arrays.toString(s) + ", form " + form;
                        Parallel.setThreads(threads);
                        double[] c = new double[n * m];
                        Arrays.fill(c, 7);  // every element is written, none accumulated onto
                        Gemm.run(v, a, ars, acs, b, bTransposed, c, n, k, m);
                        assertArrayEquals(naive(a, ars, acs, b, bTransposed, n, k, m), c, where);
                        float[] af = TestArrays.toFloat(a), bf = TestArrays.toFloat(b), split = new float[n * m], portable = new float[n * m];
                        Gemm32.run(MicroKernel32.Holder.VECTOR, af, ars, acs, bf, bTransposed, split, n, k, m);
                        Parallel.setThreads(1);
                        Gemm32.run(MicroKernel32.Holder.SCALAR, af, ars, acs, bf, bTransposed, portable, n, k, m);
                        assertArrayEquals(portable, split, "float32, " + where);
                    }
                }
            }
        } finally {
            Parallel.assumeDispatchNanos(Double.NaN);
            Parallel.setThreads(original);
        }
    }

    private static double[] naive(double[] a, int ars, int acs, double[] b, boolean bTransposed, int n, int k, int m) {
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0.0;
                for (int p = 0; p < k; p++) s = Math.fma(a[i * ars + p * acs], bTransposed ? b[j * k + p] : b[p * m + j], s);
                c[i * m + j] = s;
            }
        }
        return c;
    }
}
