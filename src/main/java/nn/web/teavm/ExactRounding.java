package nn.web.teavm;

/**
 * {@code Math.rint} and {@code Math.round} as the JDK defines them, for the browser build (see
 * {@link MathPlugin}): TeaVM's own versions round some halves the other way and lose the sign of zero.
 * Everything here is plain double arithmetic that JavaScript rounds as Java does.
 */
public final class ExactRounding {
    private ExactRounding() {}

    private static final double TWO_52 = 0x1.0p52;

    /** The integer nearest to a, halves to the even one, keeping a's sign (rint(−0.4) = −0.0); as {@code Math.rint}. */
    public static double rint(double a) {
        double sign = Math.copySign(1.0, a);
        double m = Math.abs(a);
        // Below 2^52, adding 2^52 leaves no bits below the units: the hardware rounds to nearest even there.
        if (m < TWO_52) m = (TWO_52 + m) - TWO_52;
        return sign * m;
    }

    /** floor(a + 1/2) computed exactly, NaN as 0, clamped to the range of long; as {@code Math.round(double)}. */
    public static long round(double a) {
        if (Double.isNaN(a)) return 0;
        double f = Math.floor(a);
        double r = a - f >= 0.5 ? f + 1 : f;           // a − floor(a) is exact
        if (r >= 0x1.0p63) return Long.MAX_VALUE;
        if (r < -0x1.0p63) return Long.MIN_VALUE;
        return (long) r;
    }

    /** floor(a + 1/2) computed exactly, NaN as 0, clamped to the range of int; as {@code Math.round(float)}. */
    public static int round(float a) {
        if (Float.isNaN(a)) return 0;
        double d = a;                                  // exact
        double f = Math.floor(d);
        double r = d - f >= 0.5 ? f + 1 : f;
        if (r >= 0x1.0p31) return Integer.MAX_VALUE;
        if (r < -0x1.0p31) return Integer.MIN_VALUE;
        return (int) r;
    }
}
