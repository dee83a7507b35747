package nn.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Axis labels are written in the language's number format (nn.tensor.Decimals), kept short. */
class TicksTest {
    @Test void labelsKeepAtMostFourDecimals() {
        assertEquals("0.0024", Ticks.label(0.002386));
        assertEquals("0.01", Ticks.label(0.009994));
        assertEquals("0.25", Ticks.label(0.25));
    }

    @Test void bigLabelsKeepFourSignificantDigits() {
        assertEquals("1235", Ticks.label(1234.5678));
        assertEquals("12350", Ticks.label(12345.678));
    }

    @Test void tinyLabelsAreScientificAsTheLanguageWritesThem() {
        assertEquals("1e-05", Ticks.label(1e-5));
        assertEquals("-2.5e-06", Ticks.label(-2.5e-6));
    }

    @Test void roundingNoiseAroundZeroIsZero() {
        assertEquals("0", Ticks.label(3 * 0.1 - 0.3));
        assertEquals("0", Ticks.label(-0.0));
    }
}
