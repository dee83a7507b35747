package nn.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;
import nn.tensor.Decimals;
import nn.tensor.Fdlibm;
import nn.tensor.decimal.DecimalParser;
import nn.tensor.decimal.ShortestDigits;

/**
 * What nn's own number conversions ({@code nn.tensor.decimal}, the same digits and bits in the browser) cost
 * against the JDK's: CPU nanoseconds of this thread per conversion, nn's and the JDK's timed in turn within each
 * round, the median over the rounds and the spread (lowest–highest). Run:
 * {@code java -cp target/classes nn.bench.DigitsBench [rounds]}.
 */
public final class DigitsBench {
    private DigitsBench() {}

    private static final int N = 1 << 15;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile int sink;

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        SplittableRandom rng = new SplittableRandom(1);
        double[] bits = new double[N], unit = new double[N];
        float[] floats = new float[N];
        String[] printed = new String[N], short_ = new String[N];
        for (int i = 0; i < N; i++) {
            double b;
            do b = Double.longBitsToDouble(rng.nextLong()); while (!Double.isFinite(b));
            bits[i] = b;
            unit[i] = rng.nextDouble() * 2 - 1;                          // weights, losses: what nn prints most
            float f;
            do f = Float.intBitsToFloat(rng.nextInt()); while (!Float.isFinite(f));
            floats[i] = f;
            printed[i] = Double.toString(unit[i]);                      // 16-17 digits: saved networks, histories
            short_[i] = rng.nextInt(-1000, 1000) / 100.0 + "";          // CSV data: 5.1, -0.25
        }
        System.out.printf(Locale.ROOT, "%-44s %16s %16s   (CPU ns per conversion: median, lowest-highest of %d rounds of %,d)%n",
                "", "nn", "JDK", rounds, N);
        pair("toString, random bit patterns", rounds, i -> ShortestDigits.toString(bits[i]).length(), i -> Double.toString(bits[i]).length());
        pair("toString, in (-1, 1)", rounds, i -> ShortestDigits.toString(unit[i]).length(), i -> Double.toString(unit[i]).length());
        pair("Float.toString, random bit patterns", rounds, i -> ShortestDigits.toString(floats[i]).length(), i -> Float.toString(floats[i]).length());
        pair("Decimals.number(x, 4) vs from Double.toString", rounds, i -> Decimals.number(unit[i]).length(), i -> before(unit[i], 4).length());
        pair("Decimals.number(x, 15) vs from Double.toString", rounds, i -> Decimals.number(unit[i], 15).length(), i -> before(unit[i], 15).length());
        pair("parseDouble, 17 digits (Double.toString's)", rounds, i -> hash(DecimalParser.parseDouble(printed[i])), i -> hash(Double.parseDouble(printed[i])));
        pair("parseDouble, short decimals (5.1, -0.25)", rounds, i -> hash(DecimalParser.parseDouble(short_[i])), i -> hash(Double.parseDouble(short_[i])));
        pair("parseFloat, 17 digits", rounds, i -> Float.floatToRawIntBits(DecimalParser.parseFloat(printed[i])), i -> Float.floatToRawIntBits(Float.parseFloat(printed[i])));
    }

    /** Decimals.number as it was before nn had its own digits: BigDecimal.valueOf (Double.toString's digits), %e. */
    private static String before(double d, int decimals) {
        double magnitude = Math.abs(d);
        if (magnitude >= 1e15 || magnitude < 0.5 * Fdlibm.pow(10, -decimals))
            return String.format(Locale.ROOT, "%." + Math.max(0, decimals - 1) + "e", d);
        String s = BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static int hash(double x) { return (int) Double.doubleToRawLongBits(x); }

    private static void pair(String name, int rounds, IntUnaryOperator ours, IntUnaryOperator jdk) {
        for (int i = 0; i < 30; i++) {                                   // warm-up: compiled by C2 before it is timed
            time(ours);
            time(jdk);
        }
        double[] a = new double[rounds], b = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            a[r] = time(ours);
            b[r] = time(jdk);
        }
        System.out.printf(Locale.ROOT, "%-44s %16s %16s%n", name, summary(a), summary(b));
    }

    private static String summary(double[] ns) {
        Arrays.sort(ns);
        return String.format(Locale.ROOT, "%.0f (%.0f-%.0f)", ns[ns.length / 2], ns[0], ns[ns.length - 1]);
    }

    private static double time(IntUnaryOperator f) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        int s = 0;
        for (int i = 0; i < N; i++) s += f.applyAsInt(i);
        long t1 = THREADS.getCurrentThreadCpuTime();
        sink = s;
        return (double) (t1 - t0) / N;
    }
}
