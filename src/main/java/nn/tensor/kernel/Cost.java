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

    private Cost() {}
}
