package nn.tensor.decimal;

import nn.platform.Browser;

/**
 * A double or a float as the shortest decimal that reads back as it, with the digits and the text that
 * JDK 19 and later give in {@code Double.toString} and {@code Float.toString}, in plain Java that both builds
 * run: TeaVM's own {@code Double.toString} picks another last digit for about one double in ten thousand, so
 * the browser printed other numbers than the JVM.
 *
 * <p>The choice (the JDK's specification): among the decimals that round to v (the rounding interval, its ends
 * included when v's significand is even), those of the fewest digits, m; when m is 1, those of 1 or 2 digits;
 * of them, the one closest to v; of two as close, the one whose last digit is even.
 *
 * <p>The algorithm is Schubfach: Raffaello Giulietti, "The Schubfach way to render doubles" (2020, revised
 * 2021, https://drive.google.com/file/d/1gp5xv4CAa78SVgCeWfGqqI4FfYYYuNFb). With v = c·2^q and k chosen so that
 * the rounding interval, scaled by 10^-k, is between 1 and 10 units wide, the answer is the one multiple of 10
 * in the scaled interval if there is one, else the closer of the two integers around v·10^-k that lie in it.
 * The three scaled values (v and the interval's ends, times 4) are computed from a 126-bit upper approximation
 * of 10^-k ({@link PowersOfTen}) and rounded to odd, which the paper proves keeps every comparison with the
 * candidates exact. Written here from the paper, not from the JDK's (GPL) source.
 */
public final class ShortestDigits {
    private ShortestDigits() {}

    // binary64: 53-bit significands, the smallest exponent q of v = c·2^q; subnormals with c below 3 have one
    // digit at their natural scale and may need two (4.9E-324, not 5E-324): they are scaled by ten first.
    private static final int DOUBLE_P = 53, DOUBLE_Q_MIN = -1074, DOUBLE_C_TINY = 3;
    private static final int FLOAT_P = 24, FLOAT_Q_MIN = -149, FLOAT_C_TINY = 8;
    private static final long MASK_63 = (1L << 63) - 1;

    /** The shortest decimal of a finite double, sign included (0 and -0 give 0). */
    public static Decimal of(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("not a finite number: " + v);
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & ((1L << (DOUBLE_P - 1)) - 1);
        int bq = (int) (bits >>> (DOUBLE_P - 1)) & 0x7ff;
        Decimal d;
        if (bq != 0) {
            int q = bq - 1075;
            long c = 1L << (DOUBLE_P - 1) | t;
            d = integer(c, q, DOUBLE_P);
            if (d == null) d = schubfach(q, c, 0, t == 0 && bq > 1);
        } else if (t == 0) {
            return new Decimal(0, 0);
        } else {
            d = t < DOUBLE_C_TINY ? schubfach(DOUBLE_Q_MIN, 10 * t, -1, false) : schubfach(DOUBLE_Q_MIN, t, 0, false);
        }
        return bits < 0 ? new Decimal(-d.digits(), d.exponent()) : d;
    }

    /** The shortest decimal of a finite float, sign included (0 and -0 give 0). */
    public static Decimal of(float v) {
        if (!Float.isFinite(v)) throw new IllegalArgumentException("not a finite number: " + v);
        int bits = Float.floatToRawIntBits(v);
        long t = bits & ((1 << (FLOAT_P - 1)) - 1);
        int bq = (bits >>> (FLOAT_P - 1)) & 0xff;
        Decimal d;
        if (bq != 0) {
            int q = bq - 150;
            long c = 1L << (FLOAT_P - 1) | t;
            d = integer(c, q, FLOAT_P);
            if (d == null) d = schubfach(q, c, 0, t == 0 && bq > 1);
        } else if (t == 0) {
            return new Decimal(0, 0);
        } else {
            d = t < FLOAT_C_TINY ? schubfach(FLOAT_Q_MIN, 10 * t, -1, false) : schubfach(FLOAT_Q_MIN, t, 0, false);
        }
        return bits < 0 ? new Decimal(-d.digits(), d.exponent()) : d;
    }

    /** {@code Double.toString(v)} as JDK 19 and later write it. */
    public static String toString(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        if (v == 0) return Double.doubleToRawLongBits(v) < 0 ? "-0.0" : "0.0";
        return text(of(v));
    }

    /** {@code Float.toString(v)} as JDK 19 and later write it. */
    public static String toString(float v) {
        if (Float.isNaN(v)) return "NaN";
        if (Float.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        if (v == 0) return Float.floatToRawIntBits(v) < 0 ? "-0.0" : "0.0";
        return text(of(v));
    }

    /**
     * A whole v below 2^(P-1) is its own shortest decimal: its rounding interval is under one unit wide, so no
     * other integer, and no decimal of fewer digits, rounds to it. Null when v is not such a number.
     */
    private static Decimal integer(long c, int q, int precision) {
        if (q >= 0 || -q >= precision) return null;
        long f = c >> -q;
        return f << -q == c ? stripped(f, 0) : null;
    }

    /**
     * The shortest decimal, at exponent {@code dk} more than its natural one, of c·2^q, whose rounding interval
     * is [c - 1/2, c + 1/2]·2^q, or [c - 1/4, c + 1/2]·2^q when {@code irregular} (c a power of two whose lower
     * neighbour is closer), its ends included when c is even.
     */
    private static Decimal schubfach(int q, long c, int dk, boolean irregular) {
        long out = c & 1;                                   // 1: the interval's ends are excluded
        long cb = c << 2, cbr = cb + 2, cbl;
        int k;
        if (irregular) {
            cbl = cb - 1;
            k = Powers.floorLog10ThreeQuartersPow2(q);
        } else {
            cbl = cb - 2;
            k = Powers.floorLog10Pow2(q);
        }
        int h = q + Powers.floorLog2Pow10(-k) + 2;
        int at = 2 * (-k - PowersOfTen.MIN);
        long g1 = PowersOfTen.G[at], g0 = PowersOfTen.G[at + 1];
        long vb = roundToOdd(g1, g0, cb << h);             // 4·v·10^-k, rounded to odd
        long vbl = roundToOdd(g1, g0, cbl << h);           // the interval's lower end, likewise
        long vbr = roundToOdd(g1, g0, cbr << h);           // its upper end
        long s = vb >> 2;                                   // floor(v·10^-k)
        if (s >= 100) {
            long sp10 = 10 * (s / 10), tp10 = sp10 + 10;    // the multiples of ten around v·10^-k
            boolean lowerIn = vbl + out <= sp10 << 2, upperIn = (tp10 << 2) + out <= vbr;
            if (lowerIn != upperIn) return stripped(lowerIn ? sp10 : tp10, k);
        }
        long t = s + 1;
        boolean lowerIn = vbl + out <= s << 2, upperIn = (t << 2) + out <= vbr;
        if (lowerIn != upperIn) return stripped(lowerIn ? s : t, k + dk);
        long cmp = vb - (s + t << 1);                       // v against the midpoint of s and s + 1
        return stripped(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k + dk);
    }

    /**
     * floor(g·cp / 2^127), with its lowest bit set when the bits below were not all zero (rounded to odd),
     * where g = g1·2^63 + g0. As in the paper, the product's lowest 65 bits are not looked at: g exceeds
     * 10^-k·2^-r by less than one, and the proof shows that those bits never decide a comparison.
     */
    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = multiplyHigh(g0, cp);
        long y0 = g1 * cp, y1 = multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long floor = y1 + (z >>> 63);
        return floor | ((z & MASK_63) + MASK_63) >>> 63;
    }

    /** The high 64 bits of the 128-bit product of two non-negative longs. */
    private static long multiplyHigh(long x, long y) {
        return Browser.isBrowser() ? portableMultiplyHigh(x, y) : Math.multiplyHigh(x, y);
    }

    /** The same by schoolbook multiplication of 32-bit halves: TeaVM has no {@code Math.multiplyHigh}. */
    static long portableMultiplyHigh(long x, long y) {
        long x0 = x & 0xffffffffL, x1 = x >>> 32, y0 = y & 0xffffffffL, y1 = y >>> 32;
        long lo = x0 * y0, mid1 = x1 * y0 + (lo >>> 32), mid2 = x0 * y1 + (mid1 & 0xffffffffL);
        return x1 * y1 + (mid1 >>> 32) + (mid2 >>> 32);
    }

    private static Decimal stripped(long f, int e) {
        while (f != 0 && f % 10 == 0) {
            f /= 10;
            e++;
        }
        return new Decimal(f, e);
    }

    /**
     * The JDK's layout: plain ({@code 123.45}, {@code 0.001}, {@code 100.0}, at least one decimal) when
     * 10^-3 <= |v| < 10^7, else {@code 1.2345E-7}, {@code 1.0E10} (one digit before the point, at least one after).
     * Written into a char array, digits first at the end of it: a StringBuilder appending digit by digit made
     * printing twice as slow as the JDK's.
     */
    private static String text(Decimal d) {
        char[] digits = new char[18];
        int n = writeDigits(Math.abs(d.digits()), digits);              // in digits[18 - n, 18)
        int first = 18 - n;
        char[] out = new char[32];
        int at = 0;
        if (d.digits() < 0) out[at++] = '-';
        int leading = n - 1 + d.exponent();                             // the exponent of the first digit
        if (leading >= -3 && leading < 7) {
            if (leading < 0) {
                out[at++] = '0';
                out[at++] = '.';
                for (int i = leading + 1; i < 0; i++) out[at++] = '0';
                System.arraycopy(digits, first, out, at, n);
                at += n;
            } else {
                int whole = leading + 1;                                // digits before the point
                for (int i = 0; i < whole; i++) out[at++] = i < n ? digits[first + i] : '0';
                out[at++] = '.';
                if (n <= whole) out[at++] = '0';
                else {
                    System.arraycopy(digits, first + whole, out, at, n - whole);
                    at += n - whole;
                }
            }
        } else {
            out[at++] = digits[first];
            out[at++] = '.';
            if (n == 1) out[at++] = '0';
            else {
                System.arraycopy(digits, first + 1, out, at, n - 1);
                at += n - 1;
            }
            out[at++] = 'E';
            int e = leading;
            if (e < 0) {
                out[at++] = '-';
                e = -e;
            }
            if (e >= 100) out[at++] = (char) ('0' + e / 100);
            if (e >= 10) out[at++] = (char) ('0' + e / 10 % 10);
            out[at++] = (char) ('0' + e % 10);
        }
        return new String(out, 0, at);
    }

    /** Writes f's decimal digits at the end of {@code to} and returns how many; eight at a time in int arithmetic. */
    private static int writeDigits(long f, char[] to) {
        int at = to.length;
        while (f >= 100_000_000L) {
            int low = (int) (f % 100_000_000L);
            f /= 100_000_000L;
            for (int i = 0; i < 8; i++) {
                to[--at] = (char) ('0' + low % 10);
                low /= 10;
            }
        }
        for (int x = (int) f; x != 0 || at == to.length; x /= 10) to[--at] = (char) ('0' + x % 10);
        return to.length - at;
    }
}
