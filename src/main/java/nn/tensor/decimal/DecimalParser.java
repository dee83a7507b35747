package nn.tensor.decimal;

import java.math.BigInteger;

/**
 * Decimal text to the nearest double or float (ties to even), in plain Java that both builds run, so a
 * script's literals and a CSV's numbers are the same bits in the browser as on the JVM (the JDK's
 * {@code Double.parseDouble} is correctly rounded; a JavaScript translation of it need not be).
 *
 * <p>Accepted: an optional sign, digits with an optional point ({@code 12}, {@code 1.5}, {@code .5},
 * {@code 5.}), an optional exponent ({@code e-3}, {@code E+10}), and {@code NaN}, {@code Infinity} as
 * {@code Double.toString} writes them; anything else is a {@link NumberFormatException}.
 *
 * <p>Two ways to the answer. Clinger's fast path (W. D. Clinger, "How to read floating point numbers
 * accurately", PLDI 1990): when the digits make an integer that the format holds exactly and the power of ten
 * is exact too, one multiplication or division, which IEEE arithmetic rounds correctly. Otherwise exact
 * integer arithmetic: the digits times the power of ten (or divided by it, with enough quotient bits and the
 * remainder as a sticky bit), rounded once to the format.
 */
public final class DecimalParser {
    private DecimalParser() {}

    /** A binary format: significand bits, the exponent of the smallest subnormal's unit, the largest exponent. */
    private record Format(int precision, int minUlpExponent, int maxExponent) {
        static final Format DOUBLE = new Format(53, -1074, 1023);
        static final Format FLOAT = new Format(24, -149, 127);
    }

    private static final double[] DOUBLE_POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22,
    };
    private static final float[] FLOAT_POWERS = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    private static final double LOG2_10 = 3.321928094887362;

    /** Double.parseDouble's answer for decimal text (around it, spaces and control characters are ignored). */
    public static double parseDouble(String s) {
        Parsed p = Parsed.of(s);
        if (p.special() != 0) return p.special();
        if (p.significand() == 0) return p.negative() ? -0.0 : 0.0;
        double v = fastDouble(p);
        if (Double.isNaN(v)) v = Double.longBitsToDouble(exact(p, Format.DOUBLE));
        return p.negative() ? -v : v;
    }

    /** Float.parseFloat's answer for decimal text (rounded once, from the decimal, not through a double). */
    public static float parseFloat(String s) {
        Parsed p = Parsed.of(s);
        if (p.special() != 0) return (float) p.special();
        if (p.significand() == 0) return p.negative() ? -0.0f : 0.0f;
        float v = fastFloat(p);
        if (Float.isNaN(v)) v = Float.intBitsToFloat((int) exact(p, Format.FLOAT));
        return p.negative() ? -v : v;
    }

    /** The decimal {@code unscaled × 10^-scale} (a BigDecimal's parts) as the nearest double. */
    public static double toDouble(BigInteger unscaled, int scale) {
        if (unscaled.signum() == 0) return 0.0;
        double v = Double.longBitsToDouble(rounded(unscaled.abs(), -scale, Format.DOUBLE));
        return unscaled.signum() < 0 ? -v : v;
    }

    private static double fastDouble(Parsed p) {
        long m = p.significand();
        int e = p.exponent();
        if (p.truncated() || m > 1L << 53 || e < -22 || e > 22) return Double.NaN;
        return e >= 0 ? m * DOUBLE_POWERS[e] : m / DOUBLE_POWERS[-e];
    }

    private static float fastFloat(Parsed p) {
        long m = p.significand();
        int e = p.exponent();
        if (p.truncated() || m > 1L << 24 || e < -10 || e > 10) return Float.NaN;
        return e >= 0 ? (float) m * FLOAT_POWERS[e] : (float) m / FLOAT_POWERS[-e];
    }

    /** The bits of the nearest value of the format to the parsed decimal (positive, not zero). */
    private static long exact(Parsed p, Format f) {
        BigInteger digits = p.truncated() ? new BigInteger(p.allDigits()) : BigInteger.valueOf(p.significand());
        int e = p.truncated() ? p.allDigitsExponent() : p.exponent();
        return rounded(digits, e, f);
    }

    /** The bits of the nearest value of the format to {@code digits × 10^e}, digits positive. */
    private static long rounded(BigInteger digits, int e, Format f) {
        // Far outside the format's range (2^(bits-1)·10^e <= the value < 2^bits·10^e; the margins cover the
        // logarithm's rounding): below half the smallest subnormal, or above the largest value.
        int bits = digits.bitLength();
        if (bits + e * LOG2_10 < f.minUlpExponent() - 2) return 0;
        if (bits - 1 + e * LOG2_10 > f.maxExponent() + 2) return infinity(f);
        if (e >= 0) return round(digits.multiply(BigInteger.TEN.pow(e)), 0, false, f);
        BigInteger divisor = BigInteger.TEN.pow(-e);
        // Enough quotient bits for the significand and the rounding bit: precision + 2 beyond the top.
        int shift = Math.max(0, divisor.bitLength() - digits.bitLength() + f.precision() + 2);
        BigInteger[] qr = digits.shiftLeft(shift).divideAndRemainder(divisor);
        return round(qr[0], -shift, qr[1].signum() != 0, f);
    }

    /**
     * The bits of the nearest value of the format to (n + a fraction)·2^exp2, where the fraction is nonzero
     * exactly when {@code sticky} (it then only breaks ties): ties to even, subnormals and overflow included.
     */
    private static long round(BigInteger n, int exp2, boolean sticky, Format f) {
        int top = n.bitLength() - 1 + exp2;                          // the exponent of n's leading bit
        if (top > f.maxExponent()) return infinity(f);
        int ulp = Math.max(top - (f.precision() - 1), f.minUlpExponent());
        int drop = ulp - exp2;                                        // bits of n below the unit in the last place
        long significand;
        if (drop <= 0) {
            significand = n.shiftLeft(-drop).longValueExact();
        } else {
            significand = n.shiftRight(drop).longValue();
            boolean half = n.testBit(drop - 1);
            boolean below = sticky || n.getLowestSetBit() < drop - 1;
            if (half && (below || (significand & 1) != 0)) significand++;
        }
        if (significand == 1L << f.precision()) {                     // rounded up to the next power of two
            significand >>= 1;
            ulp++;
        }
        if (ulp + f.precision() - 1 > f.maxExponent()) return infinity(f);
        long fraction = significand & ((1L << (f.precision() - 1)) - 1);
        long biased = significand >>> (f.precision() - 1) == 0 ? 0 : ulp - f.minUlpExponent() + 1;
        return biased << (f.precision() - 1) | fraction;
    }

    private static long infinity(Format f) {
        return f == Format.DOUBLE ? Double.doubleToRawLongBits(Double.POSITIVE_INFINITY) : Float.floatToRawIntBits(Float.POSITIVE_INFINITY);
    }

    /**
     * Decimal text split up: the sign, the first 18 significant digits (below 10^18, so a long holds them) as an integer and the power of ten that
     * goes with them, whether nonzero digits followed (then the whole digit string and its power of ten), or a
     * special value (NaN, ±Infinity; 0 when none).
     */
    private record Parsed(boolean negative, long significand, int exponent, boolean truncated, String allDigits,
                          int allDigitsExponent, double special) {
        static Parsed of(String text) {
            String s = text.trim();                                   // as Double.parseDouble
            int n = s.length(), i = 0;
            boolean negative = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) negative = s.charAt(i++) == '-';
            String rest = s.substring(i);
            if (rest.equals("NaN")) return new Parsed(false, 0, 0, false, "", 0, Double.NaN);
            if (rest.equals("Infinity")) {
                return new Parsed(negative, 0, 0, false, "", 0, negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            }
            long m = 0;
            int kept = 0, afterPoint = 0, digitsSeen = 0;
            boolean point = false, truncated = false;
            StringBuilder all = null;
            int start = i;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c == '.' && !point) {
                    point = true;
                    continue;
                }
                if (c < '0' || c > '9') break;
                digitsSeen++;
                if (point) afterPoint++;
                if (m == 0 && c == '0') continue;                     // leading zeros carry no digits
                if (kept < 18) {
                    m = 10 * m + (c - '0');
                    kept++;
                } else {
                    if (all == null) all = new StringBuilder().append(m);
                    all.append(c);
                    if (c != '0') truncated = true;
                }
            }
            if (digitsSeen == 0) throw malformed(s);
            int exponent = 0;
            if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                i++;
                boolean negativeExponent = false;
                if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) negativeExponent = s.charAt(i++) == '-';
                int from = i;
                long x = 0;
                for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) x = Math.min(10 * x + (s.charAt(i) - '0'), 1_000_000_000L);
                if (i == from) throw malformed(s);
                exponent = (int) (negativeExponent ? -x : x);
            }
            if (i != n || start == n) throw malformed(s);
            if (m == 0) return new Parsed(negative, 0, 0, false, "", 0, 0);
            // The digits read after the 18 kept ones still count as places: the kept ones are worth 10^dropped more.
            int dropped = all == null ? 0 : all.length() - kept;
            int allExponent = clamp((long) exponent - afterPoint);
            int keptExponent = clamp((long) exponent - afterPoint + dropped);
            if (!truncated) return new Parsed(negative, m, keptExponent, false, "", 0, 0);
            return new Parsed(negative, m, keptExponent, true, all.toString(), allExponent, 0);
        }

        /** Exponents beyond any format's reach stay beyond it without overflowing an int. */
        private static int clamp(long e) { return (int) Math.max(-1_000_000_000L, Math.min(1_000_000_000L, e)); }

        private static NumberFormatException malformed(String s) {
            return new NumberFormatException("For input string: \"" + s + "\"");
        }
    }
}
