package nn.tensor.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import nn.tensor.parallel.Parallel;
import org.junit.jupiter.api.Test;

/**
 * Products whose packed b is too large to stay in the caches between row blocks, which 512-bit machines take in taller
 * row blocks ({@link Gemm#MC_LARGE_B}): on 1 and 2 threads, in all three forms, the rows on both sides of every block
 * boundary and a sample of the others are the definition's fma chain, bit for bit.
 */
class LargeOperandsTest {
    @Test void productsWithALargeBGiveTheDefinitionsBits() {
        MicroKernel v = MicroKernel.Holder.VECTOR;
        assumeTrue(v != null, "the SIMD kernels need the jdk.incubator.vector module");
        int n = 1100, k = 1060, m = 2000;  // k·m above Gemm's 2^21 doubles; rows past two blocks of 512 and a partial one
        Random r = new Random(21);
        double[] a = TestArrays.random(r, n * k), b = TestArrays.random(r, k * m);
        int original = Parallel.threads();
        try {
            for (int threads : new int[] {1, 2}) {
                Parallel.setThreads(threads);
                for (int form = 0; form < 3; form++) {
                    int ars = form == 1 ? 1 : k, acs = form == 1 ? n : 1;
                    boolean bt = form == 2;
                    double[] c = new double[n * m];
                    Gemm.run(v, a, ars, acs, b, bt, c, n, k, m);
                    for (int i = 0; i < n; i++) {
                        boolean edge = i % 128 < 2 || i % 128 > 125 || i >= n - 3;
                        for (int j = edge ? 0 : (i * 37) % 97; j < m; j += edge ? 1 : 97) {
                            double s = 0.0;
                            for (int p = 0; p < k; p++) s = Math.fma(a[i * ars + p * acs], bt ? b[j * k + p] : b[p * m + j], s);
                            assertEquals(s, c[i * m + j], threads + " threads, form " + form + ", c(" + i + ", " + j + ")");
                        }
                    }
                }
            }
        } finally {
            Parallel.setThreads(original);
        }
    }
}
