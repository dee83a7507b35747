package nn.data;

import nn.tensor.decimal.ShortestDigits;

/** Number formatting for messages: plain decimals, no exponent for ordinary sizes, no trailing zeros. */
final class Format {
    private Format() {}

    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return ShortestDigits.toString(v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return ShortestDigits.of(v).toBigDecimal().stripTrailingZeros().toPlainString();
    }
}
