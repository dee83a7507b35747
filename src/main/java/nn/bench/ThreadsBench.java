package nn.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import nn.i18n.Messages;
import nn.tensor.kernel.MatMul;
import nn.tensor.parallel.Parallel;

/**
 * {@code ./nn bench threads}: every kind of row {@code ./nn bench compare} has (GEMM in float64 and float32,
 * the MLP at batch 1, 8, 64 and 512 and at widths 32 to 2048, float32 MLPs, XOR), each measured on 1 and on 2
 * engine threads, with the engine's own split decisions, by the wall clock (a second thread's work is in no
 * single thread's CPU time). The two thread counts alternate within each round, which of them goes first
 * alternating from round to round, so both see the same load; each row prints both medians with their
 * spread, how many loops the 2-thread runs split (median a measurement, from {@link Parallel#counts}), and
 * the speed-up (2 threads against 1) as the median of the rounds' paired ratios with its range. A speed-up
 * under 1 is marked: the engine promises that a second thread never makes a row slower. A row whose
 * 2-thread runs split nothing ran the same code on both thread counts (work that is not split never
 * touches the pool), so its ratio is the machine's noise: it says so instead.
 *
 * <p>Usage: {@code ./nn bench threads [rounds, default 5] [seconds per measurement, default 0.3] [--quick]
 * [--only REGEX]}. On a machine with other load the second core is not free and the figures say little;
 * the first and last lines give the load average.
 */
public final class ThreadsBench {
    private ThreadsBench() {}

    /** One row: its label, its unit, whether more is better, and the measurement (one figure in the unit). */
    private record Row(String label, String unit, boolean higherIsBetter, DoubleSupplier measure) {}

    public static void main(String[] args) {
        boolean quick = false;
        Pattern only = null;
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--only" -> {
                    if (i + 1 >= args.length) throw new BenchArgs.Bad(Messages.t("bench.threads.only-needs-regex"));
                    try {
                        only = Pattern.compile(args[++i]);
                    } catch (PatternSyntaxException e) {
                        throw new BenchArgs.Bad(Messages.t("bench.threads.bad-regex", args[i], e.getIndex()));
                    }
                }
                default -> {
                    if (args[i].startsWith("--")) throw new BenchArgs.Bad(Messages.t("bench.threads.unknown-option", args[i]));
                    numbers.add(args[i]);
                }
            }
        }
        String[] positional = numbers.toArray(String[]::new);
        int rounds = BenchArgs.count("threads", positional, 0, 5);
        double seconds = BenchArgs.number("threads", positional, 1, 0.3);
        List<Row> rows = rows(quick, seconds, only);
        int original = Parallel.threads();
        double[][][] figures = new double[rows.size()][2][rounds];
        long[][] splits = new long[rows.size()][rounds];
        String loadBefore = load();
        System.out.println(Messages.t("bench.threads.header", rounds, String.format(Locale.ROOT, "%.2f", seconds),
                loadBefore, Runtime.getRuntime().availableProcessors()));
        // The two-thread pool's measured dispatch cost after each of its measurements (a fresh pool each time).
        List<Double> dispatches = new ArrayList<>();
        try {
            // Warm-up: every row on both thread counts once, so the JIT has compiled what the rounds time.
            for (Row row : rows(quick, seconds / 3, only)) {
                for (int t = 1; t <= 2; t++) {
                    Parallel.setThreads(t);
                    row.measure.getAsDouble();
                }
            }
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < rows.size(); i++) {
                    for (int turn = 0; turn < 2; turn++) {
                        int t = (r + turn) % 2;  // which thread count goes first alternates from round to round
                        Parallel.setThreads(t + 1);
                        Parallel.Counts before = Parallel.counts();
                        figures[i][t][r] = rows.get(i).measure.getAsDouble();
                        if (t == 1) splits[i][r] = Parallel.counts().since(before).splitLoops();
                        if (t == 1 && Parallel.wakesMeasured() > Parallel.SAMPLES / 2) dispatches.add(Parallel.dispatchNanos());
                    }
                }
                System.out.println(Messages.t("bench.threads.round-done", r + 1, rounds));
            }
        } finally {
            Parallel.setThreads(original);
        }
        System.out.println();
        System.out.println(Messages.t("bench.threads.table-head"));
        System.out.println("|---|---|---|---|---|---|");
        boolean anySlower = false;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double[] one = figures[i][0], two = figures[i][1];
            double[] speedUps = new double[rounds];
            for (int r = 0; r < rounds; r++) speedUps[r] = row.higherIsBetter ? two[r] / one[r] : one[r] / two[r];
            double speedUp = median(speedUps);
            boolean split = Arrays.stream(splits[i]).anyMatch(c -> c > 0);
            boolean slower = speedUp < 1 && split;
            anySlower |= slower;
            double[] splitCounts = Arrays.stream(splits[i]).asDoubleStream().toArray();
            System.out.println("| " + row.label + " | " + row.unit + " | " + spread(one) + " | " + spread(two) + " | "
                    + Figures.whole(median(splitCounts)) + " | "
                    + String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)", speedUp, min(speedUps), max(speedUps))
                    + (slower ? " " + Messages.t("bench.threads.slower") : split ? "" : " " + Messages.t("bench.threads.nothing-split"))
                    + " |");
        }
        System.out.println();
        double[] wakes = dispatches.isEmpty() ? new double[] {Parallel.DEFAULT_DISPATCH_NANOS}
                : dispatches.stream().mapToDouble(Double::doubleValue).toArray();
        double dispatch = median(wakes);
        System.out.println(Messages.t("bench.threads.notes", loadBefore, load(), Runtime.getRuntime().availableProcessors(),
                String.format(Locale.ROOT, "%.1f", dispatch / 1e3), String.format(Locale.ROOT, "%.1f", min(wakes) / 1e3),
                String.format(Locale.ROOT, "%.1f", max(wakes) / 1e3),
                Figures.whole(MatMul.parallelThreshold(dispatch))));
        if (anySlower) System.out.println(Messages.t("bench.threads.some-slower"));
    }

    /** The rows: as bench compare's, all of them measured on both thread counts; those whose label {@code only} finds, when given. */
    private static List<Row> rows(boolean quick, double seconds, Pattern only) {
        String gflops = "GFLOPS", samples = Messages.t("bench.compare.unit-samples");
        List<Row> rows = new ArrayList<>();
        for (int n : quick ? new int[] {256, 512, 1024} : new int[] {64, 128, 256, 512, 1024, 2048})
            rows.add(new Row(Messages.t("bench.threads.row-gemm", n), gflops, true, () -> Serve.gemm(n, seconds, ThreadsBench::rate)));
        for (int n : quick ? new int[] {512} : new int[] {256, 512, 1024})
            rows.add(new Row(Messages.t("bench.threads.row-gemm32", n), gflops, true, () -> Float32Bench.gemm(n, seconds, ThreadsBench::rate)));
        for (int batch : quick ? new int[] {1, 64, 512} : new int[] {1, 8, 64, 512})
            rows.add(mlp("784-128-64-10", batch, samples, seconds));
        if (!quick) for (String widths : new String[] {"784-32-32-10", "784-512-512-10", "784-2048-2048-10"})
            rows.add(mlp(widths, 64, samples, seconds));
        for (String spec : quick ? new String[] {"784-128-64-10 512"} : new String[] {"784-128-64-10 64", "784-128-64-10 512", "784-512-512-10 64"}) {
            String widths = spec.split(" ")[0];
            int batch = Integer.parseInt(spec.split(" ")[1]);
            rows.add(new Row(Messages.t("bench.compare.row-mlp32", widths, batch), samples, true,
                    () -> Float32Bench.mlp(batch, widths, seconds, ThreadsBench::rate)));
        }
        rows.add(new Row(Messages.t("bench.threads.row-xor"), "ms", false, () -> xor(seconds)));
        return only == null ? rows : rows.stream().filter(r -> only.matcher(r.label).find()).toList();
    }

    /**
     * Milliseconds for 10,000 XOR epochs: the best of as many runs as fit in {@code seconds} (at least two).
     * One run is 20–40 ms, so a single pair of them measured the moment's load more than the thread count.
     */
    private static double xor(double seconds) {
        long start = System.nanoTime(), limit = (long) (seconds * 1e9);
        double best = Double.MAX_VALUE;
        do best = Math.min(best, Serve.xor(10_000, System::nanoTime));
        while (System.nanoTime() - start < limit);
        return best;
    }

    private static Row mlp(String widths, int batch, String unit, double seconds) {
        return new Row(Messages.t("bench.compare.row-mlp", widths, batch), unit, true, () -> Serve.mlp(batch, widths, seconds, ThreadsBench::rate));
    }

    /** Calls per second of wall-clock time: {@code work} run for {@code seconds}, at least twice. */
    private static double rate(Runnable work, double seconds) {
        long start = System.nanoTime(), limit = (long) (seconds * 1e9), now;
        int calls = 0;
        do {
            work.run();
            calls++;
            now = System.nanoTime();
        } while (now - start < limit || calls < 2);
        return calls / ((now - start) / 1e9);
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** "median (lowest–highest)", in the row's precision. */
    private static String spread(double[] xs) {
        return figure(median(xs)) + " (" + figure(min(xs)) + "–" + figure(max(xs)) + ")";
    }

    private static String figure(double v) {
        if (v >= 1000) return Figures.whole(v);
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double min(double[] xs) { return Arrays.stream(xs).min().orElse(Double.NaN); }

    private static double max(double[] xs) { return Arrays.stream(xs).max().orElse(Double.NaN); }
}
