package nn.web.teavm;

import java.math.BigInteger;
import nn.platform.DoubleWords;

/**
 * {@code Math.fma} where the platform has no fused multiply-add (JavaScript): the exact value of a·b + c
 * rounded once, so the browser's kernels give the JVM's bits. The usual case takes a few dozen double
 * operations: the product split exactly into two doubles (Dekker), the sum with c split exactly (Knuth's
 * TwoSum), the low parts added with rounding to odd, and the final sum rounded to nearest (Boldo and
 * Melquiond, "Emulation of FMA and correctly rounded sums: proved algorithms using rounding to odd", IEEE
 * Trans. Computers 57(4), 2008). Where those steps could overflow or lose bits below the normal range,
 * and for non-finite operands, it computes the exact value as an integer times a power of two and rounds
 * it itself (not BigDecimal's doubleValue, which TeaVM's library rounds wrongly near the subnormal range).
 */
public final class ExactFma {
    private ExactFma() {}

    /** Veltkamp's splitter for doubles: 2^27 + 1. */
    private static final double SPLITTER = 134217729.0;
    /** Operands inside [2^-450, 2^450] and sums below 2^1000 keep every step exact and normal. */
    private static final double SMALL = 0x1p-450, LARGE = 0x1p450, HUGE = 0x1p1000, TINY_RESULT = 0x1p-900;

    /**
     * a·b + c rounded once to the nearest double, ties to even; the same result as {@code Math.fma}. Written for
     * the JavaScript TeaVM makes of it, where every kernel's multiply-add comes here: this method is only the
     * zero test, small enough for TeaVM to inline into the kernels' loops. A zero factor (a ReLU's output, a
     * dropped unit, a blank pixel: most of MNIST's inputs) makes the product an exact ±0, so one rounded addition
     * is the fused result (and 0·∞ + c is NaN, as Math.fma's); in the browser's MNIST training about 5 in 6
     * multiply-adds are these.
     */
    public static double fma(double a, double b, double c) {
        if (a == 0 || b == 0) return a * b + c;
        return nonZero(a, b, c);
    }

    /**
     * a·b + c for nonzero a and b: a few dozen double operations and comparisons in one method (no longs, which
     * are BigInts in JavaScript), the rare cases in methods of their own. Math.abs (one instruction in
     * JavaScript), not a test of the sign, which random signs mispredict.
     */
    private static double nonZero(double a, double b, double c) {
        double aa = Math.abs(a), ab = Math.abs(b), ac = Math.abs(c);
        if (aa >= SMALL && aa <= LARGE && ab >= SMALL && ab <= LARGE && ac <= HUGE && (ac >= TINY_RESULT || c == 0)) {
            double ph = a * b;
            if (c == 0) return ph;
            // Dekker's exact product error: a·b = ph + pl.
            double ca = SPLITTER * a, ahi = ca - (ca - a), alo = a - ahi;
            double cb = SPLITTER * b, bhi = cb - (cb - b), blo = b - bhi;
            double pl = ((ahi * bhi - ph) + ahi * blo + alo * bhi) + alo * blo;
            // TwoSum: c + ph = th + tl.
            double th = c + ph;
            double tv = th - c;
            double tl = (c - (th - tv)) + (ph - tv);
            // tl + pl = s + e, s rounded to odd when e is not 0.
            double s = tl + pl;
            double sv = s - tl;
            double e = (tl - (s - sv)) + (pl - sv);
            if (e != 0) s = roundToOdd(s, e);
            double r = th + s;
            if (r >= TINY_RESULT || r <= -TINY_RESULT) return r;
        }
        return slow(a, b, c);
    }

    /** a·b + c rounded once to the nearest float; the same result as {@code Math.fma(float, float, float)}. */
    public static float fma(float a, float b, float c) {
        if (!Float.isFinite(a) || !Float.isFinite(b) || !Float.isFinite(c)) return (float) fma((double) a, (double) b, (double) c);
        if (a == 0 || b == 0) return a * b + c;
        double p = (double) a * (double) b; // exact: 48 bits
        double th = p + c;
        double tl = sumError(p, c, th);
        // Rounding to odd at 53 bits, then once to 24: the same as rounding the exact value once.
        return (float) roundToOdd(th, tl);
    }

    /** The JDK's own definition: exact decimal arithmetic, rounded once. */
    private static double slow(double a, double b, double c) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c)) return Double.NaN;
        boolean infA = Double.isInfinite(a), infB = Double.isInfinite(b), infC = Double.isInfinite(c);
        if (infA || infB || infC) {
            if (infA && b == 0.0 || infB && a == 0.0) return Double.NaN;
            double product = a * b;
            if (Double.isInfinite(product) && !infA && !infB) return c;
            return product + c;
        }
        // a, b nonzero here (the zero test came first) and every operand finite: a·b + c = n · 2^e exactly.
        long ma = mantissa(a), mb = mantissa(b), mc = mantissa(c);
        int ep = exponent(a) + exponent(b), ec = exponent(c);
        if (ma == 0 || mb == 0) return a * b + c;
        BigInteger product = BigInteger.valueOf(ma).multiply(BigInteger.valueOf(mb));
        if (mc == 0) return nearest(product, ep);
        int e = Math.min(ep, ec);
        BigInteger n = product.shiftLeft(ep - e).add(BigInteger.valueOf(mc).shiftLeft(ec - e));
        return nearest(n, e);
    }

    /** The signed integer significand of a finite double x: x = mantissa(x) · 2^exponent(x). */
    private static long mantissa(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long m = bits & 0xFFFFFFFFFFFFFL;
        if ((bits & 0x7FF0000000000000L) != 0) m |= 1L << 52;
        return bits < 0 ? -m : m;
    }

    private static int exponent(double x) {
        int biased = (int) ((Double.doubleToRawLongBits(x) >>> 52) & 0x7FF);
        return biased == 0 ? -1074 : biased - 1075;
    }

    /**
     * n · 2^e rounded once to the nearest double, ties to even: 53 bits where the result is normal, fewer below
     * (the last bit a subnormal keeps is 2^-1074), infinity past the largest double. An exact zero is +0 (x + (−x)
     * in rounding to nearest).
     */
    static double nearest(BigInteger n, int e) {
        if (n.signum() == 0) return 0.0;
        BigInteger m = n.abs();
        int q = Math.max(m.bitLength() - 53 + e, -1074); // the exponent of the result's last bit
        int shift = q - e;
        long r;
        if (shift <= 0) {
            r = m.shiftLeft(-shift).longValue();
        } else {
            r = m.shiftRight(shift).longValue();
            BigInteger rest = m.subtract(BigInteger.valueOf(r).shiftLeft(shift));
            int half = rest.compareTo(BigInteger.ONE.shiftLeft(shift - 1));
            if (half > 0 || half == 0 && (r & 1) != 0) r++;
            if (r == 1L << 53) { r >>= 1; q++; }
        }
        long bits;
        if (r < 1L << 52) bits = r; // subnormal (q is -1074 here), or zero after rounding
        else if (q + 52 > 1023) bits = 0x7FF0000000000000L;
        else bits = ((long) (q + 52 + 1023) << 52) | (r - (1L << 52));
        return Double.longBitsToDouble(n.signum() < 0 ? bits | Long.MIN_VALUE : bits);
    }

    /** The exact error of the rounded sum {@code s = x+y} (Knuth's TwoSum). */
    private static double sumError(double x, double y, double s) {
        double yv = s - x, xv = s - yv;
        return (x - xv) + (y - yv);
    }

    /**
     * The exact value s + e (|e| at most half an ulp of s) rounded to odd: s itself when it is exact or its
     * last bit is odd, else its neighbour on e's side (which then is odd).
     */
    private static double roundToOdd(double s, double e) {
        if (e == 0) return s;
        // The low word of the bits decides (DoubleWords: no longs, which are BigInts in the browser). Its last bit
        // is 0 here, so one step away from zero never carries; one step toward zero borrows from the high word
        // only when the low word is 0.
        int lo = DoubleWords.lo(s);
        if ((lo & 1) != 0) return s;
        if ((s > 0) == (e > 0)) return DoubleWords.of(DoubleWords.hi(s), lo + 1);
        int hi = DoubleWords.hi(s);
        return lo != 0 ? DoubleWords.of(hi, lo - 1) : DoubleWords.of(hi - 1, -1);
    }
}
