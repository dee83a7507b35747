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

    /** The kernel this JVM supports, chosen once. */
    static MicroKernel best() { return Holder.BEST; }

    /** Whether the explicit-SIMD kernel is in use (for the benchmarks' headers). */
    static boolean vectorised() { return Holder.BEST instanceof VectorMicroKernel; }

    final class Holder {
        static final MicroKernel BEST = choose();

        private Holder() {}

        private static MicroKernel choose() {
            if (Boolean.getBoolean("nn.portable")) return new ScalarMicroKernel();
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                System.err.println("nn: note: the Vector API (module jdk.incubator.vector) is not available;"
                        + " using the portable matrix kernels (same results, slower)");
                return new ScalarMicroKernel();
            }
            return new VectorMicroKernel();
        }
    }
}
