package nn.tensor.decimal;

import java.math.BigDecimal;

/**
 * A decimal number {@code digits × 10^exponent}, digits without trailing zeros (0 is 0 × 10^0) and below 10^18
 * in size: what {@link ShortestDigits} finds for a double or a float. Rounding and plain text are done here on
 * the long, not through BigDecimal, so both builds give the same text (TeaVM's BigDecimal rounded some halves
 * down) and printing stays cheap.
 */
public record Decimal(long digits, int exponent) {
    private static final long[] TEN = new long[19];

    static {
        TEN[0] = 1;
        for (int i = 1; i < TEN.length; i++) TEN[i] = 10 * TEN[i - 1];
    }

    /** The same number as a BigDecimal (unscaled value {@code digits}, scale {@code -exponent}). */
    public BigDecimal toBigDecimal() { return BigDecimal.valueOf(digits, -exponent); }

    /** How many digits {@code digits} has (1 for 0). */
    public int length() {
        int n = 1;
        for (long d = Math.abs(digits); d >= 10; d /= 10) n++;
        return n;
    }

    /** Rounded half-up (away from zero at a tie) to {@code places} decimals. */
    public Decimal roundedToPlaces(int places) {
        if (exponent >= -places) return this;
        long drop = (long) -exponent - places;
        if (drop >= TEN.length) return new Decimal(0, 0);               // under 10^18·10^-(places+19): below half
        return dropped((int) drop);
    }

    /** Rounded half-up to {@code significant} digits (at least 1). */
    public Decimal roundedToDigits(int significant) {
        int n = length();
        return n <= significant ? this : dropped(n - Math.max(1, significant));
    }

    private Decimal dropped(int drop) {
        long unit = TEN[drop], magnitude = Math.abs(digits);
        long kept = magnitude / unit, rest = magnitude % unit;
        if (rest >= unit - rest) kept++;                                 // half or more: up
        long e = (long) exponent + drop;
        while (kept != 0 && kept % 10 == 0) {
            kept /= 10;
            e++;
        }
        return kept == 0 ? new Decimal(0, 0) : new Decimal(digits < 0 ? -kept : kept, (int) e);
    }

    /** Plain text, no exponent and no trailing zeros: 120, 0.0015, -3.25 ("0" for zero). */
    public String toPlainString() {
        String d = Long.toString(Math.abs(digits));
        StringBuilder b = new StringBuilder(d.length() + 8);
        if (digits < 0) b.append('-');
        if (exponent >= 0) {
            b.append(d);
            for (int i = 0; i < exponent && digits != 0; i++) b.append('0');
        } else if (d.length() > -exponent) {
            b.append(d, 0, d.length() + exponent).append('.').append(d, d.length() + exponent, d.length());
        } else {
            b.append("0.");
            for (int i = d.length(); i < -exponent; i++) b.append('0');
            b.append(d);
        }
        return b.toString();
    }

    /** Plain text with exactly {@code places} decimals (no point when 0), for a number with at most that many. */
    public String toPlainString(int places) {
        if (exponent < -places) throw new IllegalArgumentException(this + " has more than " + places + " decimals");
        StringBuilder unscaled = new StringBuilder(Long.toString(Math.abs(digits)));
        for (int i = 0; i < exponent + places && digits != 0; i++) unscaled.append('0');
        if (digits == 0) unscaled.append("0".repeat(places));
        while (unscaled.length() <= places) unscaled.insert(0, '0');    // at least one digit before the point
        if (places > 0) unscaled.insert(unscaled.length() - places, '.');
        return (digits < 0 ? "-" : "") + unscaled;
    }
}
