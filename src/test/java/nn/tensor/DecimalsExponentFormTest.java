package nn.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The browser's scientific form is the JDK's {@code %.Ne}, digit for digit. */
class DecimalsExponentFormTest {
    @Test void randomNumbersOfEveryScaleAreWrittenAsFormatWritesThem() {
        SplittableRandom r = new SplittableRandom(16);
        for (int i = 0; i < 300_000; i++) {
            double d = r.nextDouble(-10, 10) * Math.pow(10, r.nextInt(-320, 300));
            if (d == 0 || !Double.isFinite(d)) continue;
            int digits = r.nextInt(0, 8);
            assertEquals(String.format(Locale.ROOT, "%." + digits + "e", d), Decimals.exponentForm(d, digits), d + " to " + digits);
        }
    }

    @Test void roundingHalfUpAndCarriesAreWrittenAsFormatWritesThem() {
        double[] values = {1e-5, -1e-5, 1.5e-7, 2.5e-7, 9.9995e-6, 9.99949e-6, 1e20, 1.2345e100, Double.MIN_VALUE, Double.MAX_VALUE, 0.00015, 1e15};
        for (double d : values)
            for (int digits = 0; digits < 6; digits++)
                assertEquals(String.format(Locale.ROOT, "%." + digits + "e", d), Decimals.exponentForm(d, digits), d + " to " + digits);
    }
}
