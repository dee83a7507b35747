package nn.tensor.decimal;

/**
 * Floors of logarithms that Schubfach and the parser need, by multiplying with a fixed-point logarithm:
 * exact over the ranges used ({@code ShortestDigitsTest} checks every argument from -1,200 to 1,200 against
 * exact powers).
 */
final class Powers {
    private Powers() {}

    private static final long LOG10_2 = 661_971_961_083L;              // floor(log10(2)·2^41)
    private static final long LOG10_THREE_QUARTERS = -274_743_187_321L; // floor(log10(3/4)·2^41)
    private static final long LOG2_10 = 913_124_641_741L;              // floor(log2(10)·2^38)

    /** floor(q·log10(2)), the exponent of the largest power of ten not above 2^q. */
    static int floorLog10Pow2(int q) { return (int) (q * LOG10_2 >> 41); }

    /** floor(log10(3/4·2^q)). */
    static int floorLog10ThreeQuartersPow2(int q) { return (int) (q * LOG10_2 + LOG10_THREE_QUARTERS >> 41); }

    /** floor(e·log2(10)), the exponent of the largest power of two not above 10^e. */
    static int floorLog2Pow10(int e) { return (int) (e * LOG2_10 >> 38); }
}
