package nn.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Decimals#fixed} is the JDK's {@code %.Nf}, and {@link Decimals#exponentForm} its {@code %.Ne}, digit for digit. */
class DecimalsFixedTest {
    @Test void fixedDecimalsAreWrittenAsFormatWritesThem() {
        SplittableRandom r = new SplittableRandom(17);
        for (int i = 0; i < 300_000; i++) {
            double d = switch (i % 4) {
                case 0 -> r.nextDouble(-10, 10) * Math.pow(10, r.nextInt(-12, 16));
                case 1 -> r.nextInt(-100_000, 100_000) / 1000.0;                  // halves at the rounding place
                case 2 -> r.nextLong(1L << 40) / 1024.0;                          // Budget's KiB, MiB, GiB
                default -> 100.0 * r.nextInt(0, 1000) / r.nextInt(1, 1000);        // a class's share in percent
            };
            int places = r.nextInt(0, 6);
            assertEquals(String.format(Locale.ROOT, "%." + places + "f", d), Decimals.fixed(d, places), d + " to " + places);
        }
        for (double d : new double[] {0.0, -0.0, -0.004, 0.005, 0.015, 0.025, 1.005, 2.675, -2.5e-9, 1e300, Double.MAX_VALUE, Double.MIN_VALUE,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
            for (int places = 0; places < 4; places++)
                assertEquals(String.format(Locale.ROOT, "%." + places + "f", d), Decimals.fixed(d, places), d + " to " + places);
    }

    @Test void scientificFormOfRandomBitPatternsIsFormatsAtEveryPrecision() {
        SplittableRandom r = new SplittableRandom(18);
        for (int i = 0; i < 300_000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (d == 0 || !Double.isFinite(d)) continue;
            int digits = r.nextInt(0, 17);
            assertEquals(String.format(Locale.ROOT, "%." + digits + "e", d), Decimals.exponentForm(d, digits), d + " to " + digits);
        }
    }
}
