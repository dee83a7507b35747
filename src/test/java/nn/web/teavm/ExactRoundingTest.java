package nn.web.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The browser's rint and round give the JDK's results: halves, signed zeros, huge values, NaN and infinities. */
class ExactRoundingTest {
    private static void same(double a) {
        if (!Double.isNaN(a))  // rint(NaN) is a NaN in both; its sign and payload are not specified
            assertEquals(Double.doubleToRawLongBits(Math.rint(a)), Double.doubleToRawLongBits(ExactRounding.rint(a)), () -> "rint(" + a + ")");
        assertEquals(Math.round(a), ExactRounding.round(a), () -> "round(" + a + ")");
        float f = (float) a;
        assertEquals(Math.round(f), ExactRounding.round(f), () -> "round(" + f + "f)");
    }

    @Test void halvesSignedZerosAndLimits() {
        double[] special = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
            0.5000000000000001, 1e-300, -1e-300, Double.MIN_VALUE, -Double.MIN_VALUE, 0x1.0p52 - 0.5, 0x1.0p52 + 1,
            -0x1.0p52 + 0.5, 0x1.0p53, 0x1.0p63, -0x1.0p63, 0x1.0p64, -0x1.0p64, 0x1.0p31 - 0.5, -0x1.0p31 - 0.5,
            0x1.0p31, 0x1.0p23 + 0.5, 8388609.5, 1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double a : special) {
            same(a);
            same(Math.nextUp(a));
            same(Math.nextDown(a));
        }
    }

    @Test void randomValuesAndHalves() {
        SplittableRandom r = new SplittableRandom(16);
        for (int i = 0; i < 1_000_000; i++) {
            same(Double.longBitsToDouble(r.nextLong()));
            same((r.nextDouble() * 2 - 1) * 1e6);
            same(r.nextInt(-100_000, 100_000) + 0.5);
            same(Math.scalb(r.nextLong(), r.nextInt(-70, 10)));
        }
    }
}
