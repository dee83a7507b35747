package nn.web.teavm;

import java.math.BigDecimal;

/**
 * {@code Math.fma} where the platform has no fused multiply-add (JavaScript): the exact value of a·b + c
 * rounded once, so the browser's kernels give the JVM's bits. The usual case takes a few dozen double
 * operations: the product split exactly into two doubles (Dekker), the sum with c split exactly (Knuth's
 * TwoSum), the low parts added with rounding to odd, and the final sum rounded to nearest (Boldo and
 * Melquiond, "Emulation of FMA and correctly rounded sums: proved algorithms using rounding to odd", IEEE
 * Trans. Computers 57(4), 2008). Where those steps could overflow or lose bits below the normal range,
 * and for non-finite operands, it computes as the JDK's own {@code Math.fma} does (exact BigDecimal
 * arithmetic).
 */
public final class ExactFma {
    private ExactFma() {}

    /** Veltkamp's splitter for doubles: 2^27 + 1. */
    private static final double SPLITTER = 134217729.0;
    /** Operands inside [2^-450, 2^450] and sums below 2^1000 keep every step exact and normal. */
    private static final double SMALL = 0x1p-450, LARGE = 0x1p450, HUGE = 0x1p1000, TINY_RESULT = 0x1p-900;

    /** a·b + c rounded once to the nearest double, ties to even; the same result as {@code Math.fma}. */
    public static double fma(double a, double b, double c) {
        // A zero factor (a ReLU's output, a pruned weight) makes the product an exact ±0, so one rounded addition
        // is the fused result; without this, zeros would take the slow exact-decimal path below (training a
        // ReLU network in the browser was minutes per epoch).
        if ((a == 0 || b == 0) && !Double.isInfinite(a) && !Double.isInfinite(b)) return a * b + c;
        double aa = Math.abs(a), ab = Math.abs(b), ac = Math.abs(c);
        if (aa >= SMALL && aa <= LARGE && ab >= SMALL && ab <= LARGE && ac <= HUGE && (ac == 0 || ac >= TINY_RESULT)) {
            if (c == 0) return a * b;
            double ph = a * b;
            double pl = productError(a, b, ph);
            double th = c + ph;
            double tl = sumError(c, ph, th);
            double v = addRoundToOdd(tl, pl);
            double r = th + v;
            if (Math.abs(r) >= TINY_RESULT) return r;
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
        BigDecimal product = new BigDecimal(a).multiply(new BigDecimal(b));
        if (c == 0.0) return a == 0.0 || b == 0.0 ? a * b + c : product.doubleValue();
        return product.add(new BigDecimal(c)).doubleValue();
    }

    /** The exact error of the rounded product {@code p = a*b} (Dekker), when nothing over- or underflows. */
    private static double productError(double a, double b, double p) {
        double ca = SPLITTER * a, ahi = ca - (ca - a), alo = a - ahi;
        double cb = SPLITTER * b, bhi = cb - (cb - b), blo = b - bhi;
        return ((ahi * bhi - p) + ahi * blo + alo * bhi) + alo * blo;
    }

    /** The exact error of the rounded sum {@code s = x+y} (Knuth's TwoSum). */
    private static double sumError(double x, double y, double s) {
        double yv = s - x, xv = s - yv;
        return (x - xv) + (y - yv);
    }

    private static double addRoundToOdd(double x, double y) {
        double s = x + y;
        return roundToOdd(s, sumError(x, y, s));
    }

    /**
     * The exact value s + e (|e| at most half an ulp of s) rounded to odd: s itself when it is exact or its
     * last bit is odd, else its neighbour on e's side (which then is odd).
     */
    private static double roundToOdd(double s, double e) {
        if (e == 0) return s;
        long bits = Double.doubleToRawLongBits(s);
        if ((bits & 1) != 0) return s;
        boolean awayFromZero = (s > 0) == (e > 0);
        return Double.longBitsToDouble(awayFromZero ? bits + 1 : bits - 1);
    }
}
