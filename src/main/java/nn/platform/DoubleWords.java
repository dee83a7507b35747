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

    /** The buffer, made on first use; h and l are the Int32Array indices of the high and low word (endianness). */
    private static final String WORDS = "var w = globalThis.$nnDoubleWords; if (!w) { var b = new ArrayBuffer(8);"
            + " var f = new Float64Array(b), i = new Int32Array(b); f[0] = 1.0; var h = i[1] === 1072693248 ? 1 : 0;"
            + " w = globalThis.$nnDoubleWords = {f: f, i: i, h: h, l: 1 - h}; } ";

    @JSBody(params = "x", script = WORDS + "w.f[0] = x; return w.i[w.h];")
    private static native int jsHi(double x);

    @JSBody(params = "x", script = WORDS + "w.f[0] = x; return w.i[w.l];")
    private static native int jsLo(double x);

    @JSBody(params = {"hi", "lo"}, script = WORDS + "w.i[w.h] = hi; w.i[w.l] = lo; return w.f[0];")
    private static native double jsOf(int hi, int lo);
}
