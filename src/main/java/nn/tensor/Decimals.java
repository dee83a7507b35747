package nn.tensor;

import nn.tensor.decimal.Decimal;
import nn.tensor.decimal.ShortestDigits;

/**
 * How every number in nn is written: at most {@code decimals} decimals, trailing zeros trimmed, rounded
 * half-up on the shortest decimal that reads back as the double (0.1 + 0.2 → 0.3, as a person rounds),
 * never "-0"; numbers too small to show at that precision, or huge, in scientific form (-1e-05, 1e+20);
 * nan, inf and -inf as NumPy writes them. One place, so traces, tables and messages always agree. The
 * shortest decimal is nn's own ({@link ShortestDigits}, the JDK's digits), so the browser's build prints the
 * JVM's digits.
 */
public final class Decimals {
    private Decimals() {}

    public static final int DEFAULT = 4;

    public static String number(double d, int decimals) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return "0";
        double magnitude = Math.abs(d);
        if (magnitude >= 1e15 || magnitude < halfUnit(decimals)) return scientific(d, decimals);
        Decimal rounded = ShortestDigits.of(d).roundedToPlaces(decimals);
        return rounded.digits() == 0 ? "0" : rounded.toPlainString();
    }

    public static String number(double d) { return number(d, DEFAULT); }

    /** Half a unit in the last shown place, 0.5·10^-decimals; the common ones computed once (pow costs 90 ns). */
    private static double halfUnit(int decimals) {
        return decimals >= 0 && decimals < HALF_UNITS.length ? HALF_UNITS[decimals] : 0.5 * Fdlibm.pow(10, -decimals);
    }

    private static final double[] HALF_UNITS = new double[24];

    static {
        for (int i = 0; i < HALF_UNITS.length; i++) HALF_UNITS[i] = 0.5 * Fdlibm.pow(10, -i);
    }

    private static String scientific(double d, int decimals) {
        String s = exponentForm(d, Math.max(0, decimals - 1));
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e);
        if (mantissa.contains(".")) mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + s.substring(e);
    }

    /**
     * What {@code String.format(Locale.ROOT, "%.{digits}e", d)} writes for a finite, non-zero d: the shortest
     * decimal that reads back as d, rounded half-up to {@code digits} decimals after the first digit, then "e",
     * the exponent's sign and at least two digits.
     */
    static String exponentForm(double d, int digits) {
        Decimal rounded = ShortestDigits.of(d).roundedToDigits(digits + 1);
        String mantissaDigits = Long.toString(Math.abs(rounded.digits()));
        int exponent = mantissaDigits.length() - 1 + rounded.exponent();
        StringBuilder b = new StringBuilder();
        if (rounded.digits() < 0) b.append('-');
        b.append(mantissaDigits.charAt(0));
        if (digits > 0) {
            b.append('.').append(mantissaDigits, 1, Math.min(mantissaDigits.length(), digits + 1));
            for (int i = mantissaDigits.length(); i < digits + 1; i++) b.append('0');
        }
        b.append('e').append(exponent < 0 ? '-' : '+');
        int e = Math.abs(exponent);
        if (e < 10) b.append('0');
        return b.append(e).toString();
    }

    /**
     * What {@code String.format(Locale.ROOT, "%.{places}f", d)} writes (the shortest decimal rounded half-up
     * to {@code places} decimals, "-" kept on a negative number that rounds to zero, NaN and Infinity as
     * Double.toString writes them), from nn's own digits, so both builds write the same text.
     */
    public static String fixed(double d, int places) {
        if (!Double.isFinite(d)) return ShortestDigits.toString(d);
        String s = ShortestDigits.of(d).roundedToPlaces(places).toPlainString(places);
        return Double.doubleToRawLongBits(d) < 0 && !s.startsWith("-") ? "-" + s : s;
    }

    /** A 1×1 matrix as its number, a row as [a, b], anything else as [[a, b], [c, d]] (no summarising). */
    public static String matrix(Matrix m, int decimals) {
        if (m.isScalar()) return number(m.item(), decimals);
        StringBuilder sb = new StringBuilder();
        if (m.rows() == 1) return row(sb, m, 0, decimals).toString();
        sb.append('[');
        for (int r = 0; r < m.rows(); r++) row(sb.append(r == 0 ? "" : ", "), m, r, decimals);
        return sb.append(']').toString();
    }

    private static StringBuilder row(StringBuilder sb, Matrix m, int r, int decimals) {
        sb.append('[');
        for (int c = 0; c < m.cols(); c++) sb.append(c == 0 ? "" : ", ").append(number(m.get(r, c), decimals));
        return sb.append(']');
    }
}
