package nn.graph.op;

import nn.platform.Browser;

/**
 * relu and its mask, {@code x > 0 ? x : 0} and {@code s > 0 ? g : 0}, computed on the numbers' bits:
 * the same result for every input (NaN and −0 give +0, +∞ stays), written so that HotSpot vectorises the
 * loops that call them. It does not vectorise a comparison-and-select loop, and as branches they mispredict
 * on about half the elements of a layer's outputs (signs at random): a 512×128 relu took 3–4× longer, its
 * mask 5–8× (README, Speed). The browser's build keeps the comparison, its 64-bit integers being emulated.
 *
 * <p>x is positive (not 0, not NaN) exactly when its bits, less one, lie in [0, bits(+∞)): the sign bit of
 * the bits minus one is clear, and that of the same minus bits(+∞) is set. Their AND, shifted arithmetically,
 * is all ones or all zeros: the mask that keeps x's bits, or the gradient's.
 */
public final class ReluBits {
    private static final long INFINITY = 0x7FF0000000000000L;
    private static final int FLOAT_INFINITY = 0x7F800000;

    private ReluBits() {}

    /** All ones when x &gt; 0, else 0. */
    private static long keep(double x) {
        long t = Double.doubleToRawLongBits(x) - 1;
        return (~t & (t - INFINITY)) >> 63;
    }

    private static int keep(float x) {
        int t = Float.floatToRawIntBits(x) - 1;
        return (~t & (t - FLOAT_INFINITY)) >> 31;
    }

    /** relu(x) = x &gt; 0 ? x : 0.0. */
    public static double of(double x) {
        if (Browser.isBrowser()) return x > 0 ? x : 0.0;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & keep(x));
    }

    /** relu(x) = x &gt; 0 ? x : 0f. */
    public static float of(float x) {
        if (Browser.isBrowser()) return x > 0 ? x : 0f;
        return Float.intBitsToFloat(Float.floatToRawIntBits(x) & keep(x));
    }

    /** The gradient g where s &gt; 0, else 0.0: relu's backward, s its input or its output. */
    public static double masked(double g, double s) {
        if (Browser.isBrowser()) return s > 0 ? g : 0.0;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(g) & keep(s));
    }

    /** g where s &gt; 0, else 0f. */
    public static float masked(float g, float s) {
        if (Browser.isBrowser()) return s > 0 ? g : 0f;
        return Float.intBitsToFloat(Float.floatToRawIntBits(g) & keep(s));
    }
}
