package nn.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Fdlibm gives StrictMath's bits (the JDK's own fdlibm) for every function nn uses: on edge values (±0,
 * subnormals, NaN, ±inf, the over- and underflow thresholds, multiples of pi/2, integers) and on random
 * arguments drawn both from every bit pattern and from the ranges where each function does its work.
 */
class FdlibmTest {
    private static final int RANDOM = 200_000;

    /** Values every function is tried on, with their neighbours one ulp either side. */
    static double[] edges() {
        double[] base = {
            0.0, Double.MIN_VALUE, 2 * Double.MIN_VALUE, Double.MIN_NORMAL, 0x1.0p-1023, 0x0.fffffffffffffp-1022,
            0x1.0p-1074 * 12345, 1e-300, 1e-200, 1e-100, 1e-20, 0x1.0p-60, 0x1.0p-55, 0x1.0p-54, 0x1.0p-29,
            0x1.0p-28, 0x1.0p-27, 1e-8, 1e-5, 0.001, 0.1, 0.2, 0.25, 0.2929, 0.3, 0.34657359027997264,
            0.41422, 0.4375, 0.5, 0.6744, 0.6931471805599453, 0.75, 0.78125, Math.PI / 4, 0.9, 0.99, 0.9999995,
            1.0, 1.0000001, 1.0397207708399179, 1.1875, 1.5, Math.PI / 2, 2.0, 2.4375, Math.E, 3.0, Math.PI,
            3 * Math.PI / 4, 4.0, 5.0, 2 * Math.PI, 10.0, 22.0, 30.0, 38.816242111356935, 100.0, 1000.0,
            709.782712893384, 709.7827128933841, 709.0, 710.0, -745.1332191019411, -745.1332191019412, 745.0,
            746.0, 1024.0, 1074.0, 1075.0, 0x1.0p19 * Math.PI / 2, 1e6, 1e9, 0x1.0p31, 0x1.0p32, 0x1.0p52,
            0x1.0p53, 0x1.0p54, 0x1.0p63, 0x1.0p66, 1e22, 1e100, 1e300, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NaN,
        };
        List<Double> all = new ArrayList<>();
        for (double b : base) {
            for (double v : new double[] {b, Math.nextUp(b), Math.nextDown(b)}) {
                all.add(v);
                all.add(-v);
            }
        }
        for (int n = 1; n <= 64; n++) {                 // near multiples of pi/2, where reduction cancels
            all.add(n * Math.PI / 2);
            all.add(Math.nextUp(n * Math.PI / 2));
        }
        all.add(Double.longBitsToDouble(0x7ff8000000000123L));  // a NaN with a payload
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Random arguments: every bit pattern, and uniformly spread over [-limit, limit]. */
    static double[] randoms(long seed, double limit) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[RANDOM];
        for (int i = 0; i < x.length; i++) {
            x[i] = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(rng.nextLong());
                case 1 -> (rng.nextDouble() * 2 - 1) * limit;
                case 2 -> (rng.nextDouble() * 2 - 1) * 2;
                default -> Math.scalb(rng.nextDouble(), rng.nextInt(-1080, 1030)) * (rng.nextBoolean() ? 1 : -1);
            };
        }
        return x;
    }

    /**
     * Two NaNs count as the same result: with two NaN arguments, which one's payload x + y keeps depends on the
     * order the JIT puts the operands in, and nn prints every NaN as nan.
     */
    static boolean bothNaN(long a, long b) {
        return Double.isNaN(Double.longBitsToDouble(a)) && Double.isNaN(Double.longBitsToDouble(b));
    }

    private static void sameBits(String name, DoubleUnaryOperator strict, DoubleUnaryOperator ours, double limit) {
        List<String> wrong = new ArrayList<>();
        check(name, strict, ours, edges(), wrong);
        check(name, strict, ours, randoms(name.hashCode(), limit), wrong);
        if (!wrong.isEmpty()) fail(wrong.size() + " arguments differ, the first: " + wrong.subList(0, Math.min(10, wrong.size())));
    }

    private static void check(String name, DoubleUnaryOperator strict, DoubleUnaryOperator ours, double[] xs, List<String> wrong) {
        for (double x : xs) {
            long want = Double.doubleToRawLongBits(strict.applyAsDouble(x)), got = Double.doubleToRawLongBits(ours.applyAsDouble(x));
            if (want != got && !bothNaN(want, got))
                wrong.add(name + "(" + x + ") = " + Double.longBitsToDouble(want) + ", not " + Double.longBitsToDouble(got));
        }
    }

    @Test void exp() { sameBits("exp", StrictMath::exp, Fdlibm::exp, 750); }
    @Test void log() { sameBits("log", StrictMath::log, Fdlibm::log, 1e6); }
    @Test void log10() { sameBits("log10", StrictMath::log10, Fdlibm::log10, 1e6); }
    @Test void log1p() { sameBits("log1p", StrictMath::log1p, Fdlibm::log1p, 10); }
    @Test void expm1() { sameBits("expm1", StrictMath::expm1, Fdlibm::expm1, 750); }
    @Test void tanh() { sameBits("tanh", StrictMath::tanh, Fdlibm::tanh, 25); }
    @Test void sin() { sameBits("sin", StrictMath::sin, Fdlibm::sin, 100); }
    @Test void cos() { sameBits("cos", StrictMath::cos, Fdlibm::cos, 100); }
    @Test void atan() { sameBits("atan", StrictMath::atan, Fdlibm::atan, 10); }

    @Test void sinAndCosOfHugeArguments() {
        SplittableRandom rng = new SplittableRandom(11);
        double[] xs = new double[RANDOM / 4];
        for (int i = 0; i < xs.length; i++) xs[i] = Math.scalb(1 + rng.nextDouble(), rng.nextInt(19, 1024)) * (rng.nextBoolean() ? 1 : -1);
        List<String> wrong = new ArrayList<>();
        check("sin", StrictMath::sin, Fdlibm::sin, xs, wrong);
        check("cos", StrictMath::cos, Fdlibm::cos, xs, wrong);
        assertEquals(List.of(), wrong.subList(0, Math.min(10, wrong.size())));
    }

    private static void sameBits2(String name, DoubleBinaryOperator strict, DoubleBinaryOperator ours, double[] xs, double[] ys) {
        List<String> wrong = new ArrayList<>();
        for (double x : xs)
            for (double y : ys) {
                long want = Double.doubleToRawLongBits(strict.applyAsDouble(x, y));
                long got = Double.doubleToRawLongBits(ours.applyAsDouble(x, y));
                if (want != got && !bothNaN(want, got))
                    wrong.add(name + "(" + x + ", " + y + ") = " + Double.longBitsToDouble(want) + ", not " + Double.longBitsToDouble(got));
            }
        if (!wrong.isEmpty()) fail(wrong.size() + " argument pairs differ, the first: " + wrong.subList(0, Math.min(10, wrong.size())));
    }

    @Test void powOnEdgesAndIntegers() {
        double[] e = edges();
        double[] ys = new double[e.length + 80];
        System.arraycopy(e, 0, ys, 0, e.length);
        for (int i = 0; i < 40; i++) {                  // integer and half-integer exponents, odd and even
            ys[e.length + 2 * i] = i - 20;
            ys[e.length + 2 * i + 1] = i - 19.5;
        }
        sameBits2("pow", StrictMath::pow, Fdlibm::pow, e, ys);
    }

    @Test void powOnRandomPairs() {
        SplittableRandom rng = new SplittableRandom(5);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < RANDOM * 2; i++) {
            double x, y;
            switch (i % 5) {
                case 0 -> { x = Double.longBitsToDouble(rng.nextLong()); y = Double.longBitsToDouble(rng.nextLong()); }
                case 1 -> { x = rng.nextDouble() * 10; y = (rng.nextDouble() * 2 - 1) * 300; }
                case 2 -> { x = 0.5 + rng.nextDouble() * 0.5; y = rng.nextInt(1, 100_000); }     // Adam's β^t
                case 3 -> { x = 10; y = rng.nextInt(-330, 310); }                                // powers of ten
                default -> { x = 1 + (rng.nextDouble() - 0.5) * 0x1.0p-18; y = (rng.nextDouble() * 2 - 1) * 0x1.0p40; }  // |y| > 2^31
            }
            if (rng.nextInt(4) == 0) x = -x;
            long want = Double.doubleToRawLongBits(StrictMath.pow(x, y)), got = Double.doubleToRawLongBits(Fdlibm.pow(x, y));
            if (want != got && !bothNaN(want, got) && wrong.size() < 10) wrong.add("pow(" + x + ", " + y + ") = " + StrictMath.pow(x, y) + ", not " + Fdlibm.pow(x, y));
        }
        assertEquals(List.of(), wrong);
    }

    @Test void atan2() {
        double[] e = edges();
        sameBits2("atan2", StrictMath::atan2, Fdlibm::atan2, e, e);
        double[] r = randoms(9, 100);
        double[] xs = java.util.Arrays.copyOf(r, 2000), ys = java.util.Arrays.copyOfRange(r, 2000, 4000);
        sameBits2("atan2", StrictMath::atan2, Fdlibm::atan2, xs, ys);
    }

    @Test void scalbRoundsOnceAsMathScalbDoes() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < RANDOM; i++) {
            double x = Double.longBitsToDouble(rng.nextLong());
            int n = rng.nextInt(-2200, 2200);
            assertEquals(Double.doubleToRawLongBits(Math.scalb(x, n)), Double.doubleToRawLongBits(Fdlibm.scalb(x, n)),
                    () -> "scalb(" + x + ", " + n + ")");
        }
    }
}
