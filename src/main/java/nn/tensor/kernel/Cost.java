package nn.tensor.kernel;

/**
 * Rough single-thread costs in nanoseconds, measured with MatmulBench on the development machine.
 * They only decide how finely work is split between threads (see Parallel.grain), never results.
 */
final class Cost {
    /** A multiply-add in the packed, vectorised matmul (about 32 GFLOPS). */
    static final double PACKED_MULTIPLY_ADD = 1.0 / 16;
    /** A multiply-add in a plain scalar loop. */
    static final double SCALAR_MULTIPLY_ADD = 1.0 / 3;
    /** An element of a streaming loop: arithmetic on runs, copies, fills. */
    static final double STREAM_ELEMENT = 0.5;
    /** An element of a sequential sum, bound by the latency of each addition. */
    static final double SUM_ELEMENT = 1.0;
    /** An element handed to an opaque lambda. */
    static final double CALL_ELEMENT = 2.0;

    /**
     * Moving a float64 element of a split product between the cores' caches: a helper reads its share of
     * the operands from the caller's cache, and the caller reads the helper's share of the result next.
     * Measured in the MLP's training step on 2 threads against one (5–9 interleaved rounds at real-time
     * priority, README, Speed, sixth round): at 784-128-64-10 batch 64 the two split products and the rest
     * of the step took about 135 µs each beyond half the product plus a wake-up, 1.7 ns per element of a,
     * b and c; every product of 784-512-512-10 split (22 loops a step) cost 470 µs beyond the ideal half.
     */
    static final double CROSS_CORE_ELEMENT = 1.7;
    /**
     * Only what fits a core's L2 (1 MiB, 131,072 float64 elements) is in the caller's cache to be moved;
     * the rest comes from the shared L3 or memory whichever core reads it. With this cap the figures above
     * agree: 784-512-512-10's products moved no more each than 784-128-64-10's.
     */
    static final double CROSS_CORE_MAX_ELEMENTS = 1 << 17;

    /**
     * What moving a product's a (n×k), b (k×m) and c (n×m) between cores costs in all, for the
     * {@link nn.tensor.parallel.Parallel#worthSplitting(double, double)} decision; float32 products
     * ({@code nanosPerMultiplyAdd} half of {@link #PACKED_MULTIPLY_ADD}) move half the bytes per element.
     */
    static double crossCoreNanos(long n, long k, long m, double nanosPerMultiplyAdd) {
        double bytesPerFloat64 = nanosPerMultiplyAdd / PACKED_MULTIPLY_ADD;
        double elements = (double) n * k + (double) k * m + (double) n * m;
        return Math.min(elements * bytesPerFloat64, CROSS_CORE_MAX_ELEMENTS) * CROSS_CORE_ELEMENT;
    }

    private Cost() {}
}
