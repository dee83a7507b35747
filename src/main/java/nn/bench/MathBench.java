package nn.bench;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import nn.tensor.Fdlibm;

/**
 * What nn's own transcendental functions ({@link Fdlibm}, the same bits on every JVM and in the browser) cost
 * against the JDK's {@code StrictMath} (the same algorithms, fdlibm) and {@code Math} (HotSpot's intrinsics,
 * whose last bits may differ between machines): nanoseconds of this thread's CPU time per call over arguments in
 * each function's working range, the median of several rounds. Run: {@code java -cp target/classes nn.bench.MathBench [rounds]}.
 */
public final class MathBench {
    private MathBench() {}

    private static final int N = 1 << 16;
    private static volatile double sink;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        SplittableRandom rng = new SplittableRandom(1);
        double[] small = new double[N], positive = new double[N], angle = new double[N], beta = new double[N], t = new double[N];
        for (int i = 0; i < N; i++) {
            small[i] = (rng.nextDouble() * 2 - 1) * 20;      // exp, tanh, expm1: sigmoid's and softmax's range
            positive[i] = rng.nextDouble() * 100 + 1e-6;      // log, log10, log1p
            angle[i] = rng.nextDouble() * 2 * Math.PI;        // sin, cos: Box–Muller's angles
            beta[i] = 0.9 + rng.nextDouble() * 0.099;         // pow: Adam's β^t
            t[i] = rng.nextInt(1, 10_000);
        }
        System.out.printf(Locale.ROOT, "%-7s %10s %12s %10s   (CPU ns per call, median of %d rounds of %,d calls)%n",
                "", "Fdlibm", "StrictMath", "Math", rounds, N);
        row("exp", small, rounds, Fdlibm::exp, StrictMath::exp, Math::exp);
        row("log", positive, rounds, Fdlibm::log, StrictMath::log, Math::log);
        row("log10", positive, rounds, Fdlibm::log10, StrictMath::log10, Math::log10);
        row("tanh", small, rounds, Fdlibm::tanh, StrictMath::tanh, Math::tanh);
        row("expm1", small, rounds, Fdlibm::expm1, StrictMath::expm1, Math::expm1);
        row("log1p", positive, rounds, Fdlibm::log1p, StrictMath::log1p, Math::log1p);
        row("sin", angle, rounds, Fdlibm::sin, StrictMath::sin, Math::sin);
        row("cos", angle, rounds, Fdlibm::cos, StrictMath::cos, Math::cos);
        row2("pow", beta, t, rounds, Fdlibm::pow, StrictMath::pow, Math::pow);
        row2("atan2", small, angle, rounds, Fdlibm::atan2, StrictMath::atan2, Math::atan2);
        System.out.printf(Locale.ROOT, "%-7s %10.1f   (1 / (1 + e^-x), nn's sigmoid, with Fdlibm.exp)%n", "sigmoid",
                median(rounds, () -> time(small, x -> 1.0 / (1.0 + Fdlibm.exp(-x)))));
    }

    private static void row(String name, double[] xs, int rounds, DoubleUnaryOperator ours, DoubleUnaryOperator strict, DoubleUnaryOperator math) {
        System.out.printf(Locale.ROOT, "%-7s %10.1f %12.1f %10.1f%n", name, median(rounds, () -> time(xs, ours)),
                median(rounds, () -> time(xs, strict)), median(rounds, () -> time(xs, math)));
    }

    private static void row2(String name, double[] xs, double[] ys, int rounds, DoubleBinaryOperator ours, DoubleBinaryOperator strict, DoubleBinaryOperator math) {
        System.out.printf(Locale.ROOT, "%-7s %10.1f %12.1f %10.1f%n", name, median(rounds, () -> time2(xs, ys, ours)),
                median(rounds, () -> time2(xs, ys, strict)), median(rounds, () -> time2(xs, ys, math)));
    }

    private static double median(int rounds, java.util.function.DoubleSupplier run) {
        for (int i = 0; i < 40; i++) run.getAsDouble();  // warm-up: compiled by C2 before it is timed
        double[] ns = new double[rounds];
        for (int i = 0; i < rounds; i++) ns[i] = run.getAsDouble();
        java.util.Arrays.sort(ns);
        return ns[rounds / 2];
    }

    /** This thread's CPU time: on a shared machine, time spent waiting for a core does not count. */
    private static long cpuNanos() { return THREADS.getCurrentThreadCpuTime(); }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static double time(double[] xs, DoubleUnaryOperator f) {
        long t0 = cpuNanos();
        double s = 0;
        for (double x : xs) s += f.applyAsDouble(x);
        long t1 = cpuNanos();
        sink = s;
        return (double) (t1 - t0) / xs.length;
    }

    private static double time2(double[] xs, double[] ys, DoubleBinaryOperator f) {
        long t0 = cpuNanos();
        double s = 0;
        for (int i = 0; i < xs.length; i++) s += f.applyAsDouble(xs[i], ys[i]);
        long t1 = cpuNanos();
        sink = s;
        return (double) (t1 - t0) / xs.length;
    }
}
