package nn.bench;

import nn.i18n.Messages;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;
import nn.tensor.Rng;
import nn.tensor.parallel.Parallel;

/**
 * Prints the speed of the matrix-product kernels in GFLOPS (2·n·k·m per product) for the shapes of a
 * 784-128-64-10 MLP trained with batch 64 (forward a·b, weight gradients aᵀ·b, input gradients
 * a·bᵀ) and for 512×512, with 1 and 2 threads. Each case is warmed up, then timed as the
 * best of five rounds, because other processes may share the CPU: by this thread's CPU time with one
 * thread, by the wall clock with two.
 *
 * <p>Usage: {@code ./nn bench matmul [seconds per case, default 0.6]}; {@code ./nn bench matmul threshold …}
 * runs {@link ThreadThresholdBench}, which measures where a second thread starts to pay.
 */
public final class MatmulBench {
    private enum Kind { AB, ATB, ABT }

    /** One product: the shapes of a and b as stored, and which kernel multiplies them. */
    private record Case(String label, Kind kind, int aRows, int aCols, int bRows, int bCols) {
        Matrix run(Matrix a, Matrix b) {
            return switch (kind) {
                case AB -> MatrixOps.matmul(a, b);
                case ATB -> MatrixOps.matmulTransA(a, b);
                case ABT -> MatrixOps.matmulTransB(a, b);
            };
        }

        double flops() {
            return switch (kind) {
                case AB -> 2.0 * aRows * aCols * bCols;
                case ATB -> 2.0 * aCols * aRows * bCols;
                case ABT -> 2.0 * aRows * aCols * bRows;
            };
        }
    }

    private static final List<Case> CASES = List.of(
            new Case("x·W1      (64×784)·(784×128)", Kind.AB, 64, 784, 784, 128),
            new Case("h1·W2     (64×128)·(128×64)", Kind.AB, 64, 128, 128, 64),
            new Case("xᵀ·d1     (784×64)·(64×128)", Kind.ATB, 64, 784, 64, 128),
            new Case("h1ᵀ·d2    (128×64)·(64×64)", Kind.ATB, 64, 128, 64, 64),
            new Case("d1·W1ᵀ    (64×128)·(128×784)", Kind.ABT, 64, 128, 784, 128),
            new Case("d2·W2ᵀ    (64×64)·(64×128)", Kind.ABT, 64, 64, 128, 64),
            new Case("a·b       (512×512)·(512×512)", Kind.AB, 512, 512, 512, 512));

    /** Results go here so the JIT cannot drop the products as unused. */
    private static volatile double sink;

    private MatmulBench() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("threshold")) {
            ThreadThresholdBench.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        double seconds = BenchArgs.number("matmul", args, 0, 0.6);
        int original = Parallel.threads();
        Rng rng = new Rng(1);
        List<Matrix[]> operands = CASES.stream()
                .map(c -> new Matrix[] {rng.uniform(c.aRows, c.aCols, -1, 1), rng.uniform(c.bRows, c.bCols, -1, 1)})
                .toList();
        // The JIT compiles the kernels during the first second or so; let it finish before timing.
        for (int i = 0; i < CASES.size(); i++) time(CASES.get(i), operands.get(i)[0], operands.get(i)[1], 0.25);
        System.out.println(Messages.t("bench.matmul.load", String.format(Locale.ROOT, "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()), Runtime.getRuntime().availableProcessors()));
        System.out.printf(Locale.ROOT, "%-32s %8s %10s %10s%n", Messages.t("bench.matmul.product"), Messages.t("bench.matmul.threads"),
                "GFLOPS", Messages.t("bench.matmul.per-call"));
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            Matrix a = operands.get(i)[0], b = operands.get(i)[1];
            for (int threads : new int[] {1, 2}) {
                Parallel.setThreads(threads);
                time(c, a, b, seconds / 2);
                double perCall = time(c, a, b, seconds);
                System.out.printf(Locale.ROOT, "%-32s %8d %10.2f %10.1f%n", c.label, threads,
                        c.flops() / perCall / 1e9, perCall * 1e6);
            }
        }
        Parallel.setThreads(original);
    }

    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /**
     * Nanoseconds on the clock that suits the thread count: with one thread all the work is on this
     * thread, and its CPU time leaves out the time other processes held the core; with more, the
     * wall clock (the only one that sees the workers).
     */
    private static long clock() {
        return Parallel.threads() == 1 ? CPU.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Seconds per call: the best of five rounds of {@code budget / 5} seconds each (others share the CPU). */
    private static double time(Case c, Matrix a, Matrix b, double budget) {
        double best = Double.POSITIVE_INFINITY;
        for (int round = 0; round < 5; round++) {
            long start = clock(), deadline = start + (long) (budget / 5 * 1e9);
            long calls = 0;
            do {
                sink = c.run(a, b).data()[0];
                calls++;
            } while (clock() < deadline);
            best = Math.min(best, (clock() - start) / 1e9 / calls);
        }
        return best;
    }
}
