package nn.web.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The browser's fma rounds exactly as {@code Math.fma}: same bits for random, cancelling, tiny and special operands. */
class ExactFmaTest {
    // NaN's sign and payload differ between the hardware fma and the JDK's own code; a NaN is a NaN when printed.
    private static void same(double a, double b, double c) {
        if (Double.isNaN(Math.fma(a, b, c)) && Double.isNaN(ExactFma.fma(a, b, c))) return;
        assertEquals(Double.doubleToRawLongBits(Math.fma(a, b, c)), Double.doubleToRawLongBits(ExactFma.fma(a, b, c)),
                () -> "fma(" + a + ", " + b + ", " + c + ")");
    }

    private static void same(float a, float b, float c) {
        if (Float.isNaN(Math.fma(a, b, c)) && Float.isNaN(ExactFma.fma(a, b, c))) return;
        assertEquals(Float.floatToRawIntBits(Math.fma(a, b, c)), Float.floatToRawIntBits(ExactFma.fma(a, b, c)),
                () -> "fma(" + a + "f, " + b + "f, " + c + "f)");
    }

    @Test void randomOperandsOfEveryScaleGiveMathFmasBits() {
        SplittableRandom r = new SplittableRandom(14);
        for (int i = 0; i < 2_000_000; i++) {
            double a = r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-60, 60));
            double b = r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-60, 60));
            double c = r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-120, 120));
            same(a, b, c);
            same((float) a, (float) b, (float) c);
        }
    }

    @Test void sumsThatCancelAndTiesGiveMathFmasBits() {
        SplittableRandom r = new SplittableRandom(15);
        for (int i = 0; i < 1_000_000; i++) {
            double a = r.nextDouble(-4, 4), b = r.nextDouble(-4, 4);
            double p = a * b;
            same(a, b, -p);                       // leaves exactly the product's rounding error
            same(a, b, -p + Math.ulp(p) / 2);     // near a tie
            same(a, b, Math.ulp(p) * r.nextInt(-3, 4));
            float fa = (float) a, fb = (float) b;
            same(fa, fb, -(fa * fb));
        }
    }

    @Test void extremeAndSpecialOperandsGiveMathFmasBits() {
        double[] values = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 0x1p-1000, 0x1p-500,
                0x1p500, 0x1p1000, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NaN, 1e-300, 3.0, 1.0 / 3, Math.nextUp(1.0)};
        for (double a : values)
            for (double b : values)
                for (double c : values) {
                    same(a, b, c);
                    same((float) a, (float) b, (float) c);
                }
    }

    /** ExactFma's exact path rounds n · 2^e itself: subnormal results and addends, overflow, ties at every scale. */
    @Test void theExactPathRoundsSubnormalsHugeSumsAndTiesAsMathFma() {
        SplittableRandom r = new SplittableRandom(16);
        for (int i = 0; i < 300_000; i++) {
            double a = r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-600, -400));
            double b = r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-574, -470));
            same(a, b, r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(-1074, -1000)));
            same(a, b, -a * b);
            same(r.nextLong(-64, 64) * Double.MIN_VALUE, r.nextDouble(-4, 4), r.nextLong(-64, 64) * Double.MIN_VALUE);
            double big = r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(450, 1024));
            same(big, r.nextDouble(-2, 2) * Math.pow(2, r.nextInt(0, 600)), r.nextDouble(-1, 1) * Math.pow(2, r.nextInt(900, 1024)));
            double p = a * b;
            same(a, b, -p + Math.ulp(p) / 2);
        }
    }
}
