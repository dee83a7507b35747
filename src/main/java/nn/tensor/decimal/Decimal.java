package nn.tensor.decimal;

import java.math.BigDecimal;

/**
 * A decimal number {@code digits × 10^exponent}, digits without trailing zeros (0 is 0 × 10^0): what
 * {@link ShortestDigits} finds for a double or a float.
 */
public record Decimal(long digits, int exponent) {
    /** The same number as a BigDecimal (unscaled value {@code digits}, scale {@code -exponent}). */
    public BigDecimal toBigDecimal() { return BigDecimal.valueOf(digits, -exponent); }

    /** How many digits {@code digits} has (1 for 0). */
    public int length() {
        int n = 1;
        for (long d = Math.abs(digits); d >= 10; d /= 10) n++;
        return n;
    }
}
