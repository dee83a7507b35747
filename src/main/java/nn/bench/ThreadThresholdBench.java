package nn.bench;

import nn.i18n.Messages;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;
import nn.tensor.Rng;
import nn.tensor.kernel.MatMul;
import nn.tensor.parallel.Parallel;

/**
 * Measures where a second thread starts to pay for a matrix product: square products n = 16…1024 and
 * the MLP's own shapes, each on 1 thread and on 2 threads with the engine's threshold switched off
 * (so even the smallest product is split), by the wall clock, the two interleaved round by round so
 * both see the same load. Prints each one's best and median time and the speed-up (1-thread time over
 * 2-thread time, best against best and median against median), and how many threads the engine itself
 * would use for it at the dispatch cost the pool has measured ({@code MatMul.parallelThreshold()}): the
 * engine's choice is right where it uses 2 threads only on rows whose speed-up is above 1.
 *
 * <p>Usage: {@code ./nn bench matmul threshold [rounds, default 7] [seconds per measurement, default 0.15]}.
 */
final class ThreadThresholdBench {
    private ThreadThresholdBench() {}

    private record Shape(String label, int n, int k, int m) {
        long multiplyAdds() { return (long) n * k * m; }
    }

    private static volatile double sink;

    static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 0.15;
        List<Shape> shapes = new ArrayList<>();
        for (int n : new int[] {16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 1024}) shapes.add(new Shape("square", n, n, n));
        shapes.add(new Shape("(64×128)·(128×64)", 64, 128, 64));
        shapes.add(new Shape("(64×784)·(784×128)", 64, 784, 128));
        shapes.add(new Shape("(512×784)·(784×128)", 512, 784, 128));
        shapes.add(new Shape("(64×784)·(784×512)", 64, 784, 512));
        shapes.add(new Shape("(64×512)·(512×512)", 64, 512, 512));
        shapes.sort((x, y) -> Long.compare(x.multiplyAdds(), y.multiplyAdds()));
        int original = Parallel.threads();
        Rng rng = new Rng(3);
        List<Matrix[]> operands = shapes.stream()
                .map(s -> new Matrix[] {rng.uniform(s.n, s.k, -1, 1), rng.uniform(s.k, s.m, -1, 1)}).toList();
        double[][][] times = new double[shapes.size()][2][rounds];
        List<Double> wakes = new ArrayList<>();
        try {
            Parallel.assumeDispatchNanos(0);
            for (int i = 0; i < shapes.size(); i++) for (int t = 1; t <= 2; t++) perCall(operands.get(i), t, seconds);  // JIT
            for (int r = 0; r < rounds; r++)
                for (int i = 0; i < shapes.size(); i++)
                    for (int t = 1; t <= 2; t++) {
                        times[i][t - 1][r] = perCall(operands.get(i), t, seconds);
                        // The two-thread pool's measured latency, once it is the median of measurements only.
                        if (t == 2 && Parallel.wakesMeasured() > Parallel.SAMPLES / 2) wakes.add(Parallel.dispatchNanos());
                    }
        } finally {
            Parallel.assumeDispatchNanos(Double.NaN);
            Parallel.setThreads(original);
        }
        // The engine's threshold at the latency its two-thread pools measured during the rounds (median).
        double dispatch = wakes.isEmpty() ? Parallel.DEFAULT_DISPATCH_NANOS
                : median(wakes.stream().mapToDouble(Double::doubleValue).toArray());
        long threshold = MatMul.parallelThreshold(dispatch);
        System.out.println(Messages.t("bench.threshold.load",
                String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
                Runtime.getRuntime().availableProcessors(), rounds, Figures.whole(threshold),
                String.format(Locale.ROOT, "%.1f", dispatch / 1e3)));
        System.out.printf(Locale.ROOT, "%-22s %14s %12s %12s %12s %12s %9s %9s %8s%n", Messages.t("bench.matmul.product"),
                Messages.t("bench.threshold.multiply-adds"), Messages.t("bench.threshold.best", 1), Messages.t("bench.threshold.median", 1),
                Messages.t("bench.threshold.best", 2), Messages.t("bench.threshold.median", 2), Messages.t("bench.threshold.ratio-best"), Messages.t("bench.threshold.ratio-median"), Messages.t("bench.threshold.engine"));
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            double b1 = best(times[i][0]), b2 = best(times[i][1]), m1 = median(times[i][0]), m2 = median(times[i][1]);
            String label = s.label.equals("square") ? "n = " + s.n : s.label;
            System.out.printf(Locale.ROOT, "%-22s %14s %12.1f %12.1f %12.1f %12.1f %9.2f %9.2f %8d%n", label, Figures.whole(s.multiplyAdds()),
                    b1 * 1e6, m1 * 1e6, b2 * 1e6, m2 * 1e6, b1 / b2, m1 / m2, s.multiplyAdds() >= threshold ? 2 : 1);
        }
    }

    private static double perCall(Matrix[] ab, int threads, double seconds) {
        Parallel.setThreads(threads);
        long start = System.nanoTime(), deadline = start + (long) (seconds * 1e9), calls = 0;
        do {
            sink = MatrixOps.matmul(ab[0], ab[1]).data()[0];
            calls++;
        } while (System.nanoTime() < deadline);
        return (System.nanoTime() - start) / 1e9 / calls;
    }

    private static double best(double[] xs) { return Arrays.stream(xs).min().orElseThrow(); }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
