package nn.tensor.kernel;

/**
 * The innermost loop of {@link Gemm}: one {@code MR × nr()} tile of c from packed panels of a and b.
 * Two implementations produce the same bits: {@link VectorMicroKernel} on {@code jdk.incubator.vector}
 * and {@link ScalarMicroKernel}, the portable fallback for a JVM without that module.
 *
 * <p>Each element of the tile is the fused multiply-add chain
 * {@code acc = fma(a[i][p], b[p][j], acc)} over p in ascending order, starting from 0.0 when
 * {@code first}, else from the value already in c (the sum so far over earlier blocks of p).
 */
sealed interface MicroKernel permits VectorMicroKernel, ScalarMicroKernel {
    /** Rows of a tile. */
    int MR = 4;

    /** Columns of a tile: a multiple of the vector width. */
    int nr();

    /**
     * Tile (MR × nr) of c at {@code c[cOff + r*ldc + j]} from {@code kc} steps of p; a's panel holds
     * MR values per p from {@code aOff}, b's panel nr values per p from {@code bOff}.
     */
    void tile(int kc, double[] ap, int aOff, double[] bp, int bOff, double[] c, int cOff, int ldc, boolean first);

    /**
     * c (1×m) = x (1×k, {@code x[xOff + p*xs]}) · b (k×m, row-major), the matrix–vector case of
     * a batch of one, by rows of b scaled and added in ascending p: no packing needed.
     */
    void rowTimesMatrix(double[] x, int xOff, int xs, double[] b, int k, int m, double[] c, int cOff);

    /**
     * The kernel to use now: the explicit-SIMD one once the JIT has compiled it, the portable one
     * before that and on JVMs without the module. Both give the same bits, so switching mid-run
     * changes speed only. The first call starts the warm-up (see {@link VectorWarmUp}).
     */
    static MicroKernel best() {
        MicroKernel v = Holder.VECTOR;
        if (v == null) return Holder.SCALAR;
        return VectorWarmUp.ready() ? v : Holder.SCALAR;
    }

    /** Whether the explicit-SIMD kernel is available on this JVM (for the benchmarks' headers). */
    static boolean vectorised() { return Holder.VECTOR != null; }

    final class Holder {
        static final MicroKernel SCALAR = new ScalarMicroKernel();
        /** The explicit-SIMD kernel, or null where the module is absent or -Dnn.portable=true. */
        static final MicroKernel VECTOR = choose();

        private Holder() {}

        private static MicroKernel choose() {
            if (Boolean.getBoolean("nn.portable")) return null;
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                System.err.println("nn: note: the Vector API (module jdk.incubator.vector) is not available;"
                        + " using the portable matrix kernels (same results, slower)");
                return null;
            }
            return new VectorMicroKernel();
        }
    }
}
