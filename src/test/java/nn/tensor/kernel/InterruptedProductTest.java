package nn.tensor.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Random;
import nn.tensor.parallel.ComputationInterruptedException;
import nn.tensor.parallel.Parallel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A product interrupted on 2 threads (Ctrl-C, the deadline) must leave nothing running that writes into the
 * next product: its workers write packed panels of b into the calling thread's reused buffer. Before the
 * pool waited for them, 6–7 of 100 interrupted products here spoiled the next one (eighth round, docs/speed.md).
 */
class InterruptedProductTest {
    @Test @Timeout(120) void theProductAfterAnInterruptedOneIsExact() throws Exception {
        int original = Parallel.threads();
        Parallel.setThreads(2);
        try {
            int n = 512;
            Random rnd = new Random(3);
            double[] a = TestArrays.random(rnd, n * n), b1 = TestArrays.random(rnd, n * n), b2 = TestArrays.random(rnd, n * n);
            float[] af = TestArrays.toFloat(a), b1f = TestArrays.toFloat(b1), b2f = TestArrays.toFloat(b2);
            double[] expected = new double[n * n];
            float[] expectedF = new float[n * n];
            MicroKernel kernel = MicroKernel.Holder.VECTOR;
            assumeTrue(kernel != null, "the float64 blocked product needs the jdk.incubator.vector module (the portable kernels keep no packed b)");
            MicroKernel32 kernel32 = MicroKernel32.Holder.VECTOR;
            Gemm.run(kernel, a, n, 1, b2, false, expected, n, n, n);
            Gemm32.run(kernel32, af, n, 1, b2f, false, expectedF, n, n, n);
            int interrupted = 0;
            for (int trial = 0; trial < 60; trial++) {
                long delayNanos = 200_000L + rnd.nextInt(2_000_000);
                Thread caller = Thread.currentThread();
                Thread interrupter = new Thread(() -> {
                    long until = System.nanoTime() + delayNanos;
                    while (System.nanoTime() < until) Thread.onSpinWait();
                    caller.interrupt();
                });
                boolean f32 = trial % 2 == 1;
                interrupter.start();
                try {
                    if (f32) Gemm32.run(kernel32, af, n, 1, b1f, false, new float[n * n], n, n, n);
                    else Gemm.run(kernel, a, n, 1, b1, false, new double[n * n], n, n, n);
                } catch (ComputationInterruptedException e) {
                    interrupted++;
                }
                joinQuietly(interrupter);
                Thread.interrupted();
                if (f32) {
                    float[] c = new float[n * n];
                    Gemm32.run(kernel32, af, n, 1, b2f, false, c, n, n, n);
                    assertTrue(Arrays.equals(expectedF, c), "float32 product after trial " + trial);
                } else {
                    double[] c = new double[n * n];
                    Gemm.run(kernel, a, n, 1, b2, false, c, n, n, n);
                    assertTrue(Arrays.equals(expected, c), "float64 product after trial " + trial);
                }
            }
            assertTrue(interrupted > 0, "no product was interrupted: the test checked nothing");
        } finally {
            Parallel.setThreads(original);
        }
    }

    private static void joinQuietly(Thread t) {
        while (true) {
            try {
                t.join();
                return;
            } catch (InterruptedException e) {
                // the interrupter's own interrupt of this thread: cleared below
            }
        }
    }
}
