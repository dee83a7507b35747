package nn.platform;

import org.teavm.jso.JSBody;

/**
 * The two 32-bit halves of a double's bits, as fdlibm reads and writes them ({@code nn.tensor.Fdlibm}). On the
 * JVM through {@code Double.doubleToRawLongBits}; in the browser through one shared 8-byte buffer seen as a
 * Float64Array and an Int32Array, because TeaVM's longs are BigInts there and a BigInt per word made the
 * browser's exp some 250 ns slower a call. Both give the same words for every double.
 */
public final class DoubleWords {
    private DoubleWords() {}

    /** The sign, exponent and top 20 bits of the significand. */
    public static int hi(double x) { return Browser.isBrowser() ? jsHi(x) : (int) (Double.doubleToRawLongBits(x) >> 32); }

    /** The low 32 bits of the significand. */
    public static int lo(double x) { return Browser.isBrowser() ? jsLo(x) : (int) Double.doubleToRawLongBits(x); }

    /** The double with these words. */
    public static double of(int hi, int lo) {
        return Browser.isBrowser() ? jsOf(hi, lo) : Double.longBitsToDouble(((long) hi << 32) | (lo & 0xffffffffL));
    }

    /**
     * The buffer, made on first use in a function of its own: the script's own names must not shadow the
     * parameters, which TeaVM renames (to b, c, …) when it writes the script into nn.js. h and l are the
     * Int32Array indices of the high and low word (the machine's byte order).
     */
    private static final String WORDS = "var w$nn = globalThis.$nnDoubleWords || (globalThis.$nnDoubleWords = (function () {"
            + " var buf = new ArrayBuffer(8), f = new Float64Array(buf), i = new Int32Array(buf); f[0] = 1.0;"
            + " var h = i[1] === 1072693248 ? 1 : 0; return {f: f, i: i, h: h, l: 1 - h}; })()); ";

    @JSBody(params = "x", script = WORDS + "w$nn.f[0] = x; return w$nn.i[w$nn.h];")
    private static native int jsHi(double x);

    @JSBody(params = "x", script = WORDS + "w$nn.f[0] = x; return w$nn.i[w$nn.l];")
    private static native int jsLo(double x);

    @JSBody(params = {"hi", "lo"}, script = WORDS + "w$nn.i[w$nn.h] = hi; w$nn.i[w$nn.l] = lo; return w$nn.f[0];")
    private static native double jsOf(int hi, int lo);
}
