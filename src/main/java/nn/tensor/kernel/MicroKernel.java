package nn.tensor.kernel;

import nn.platform.Browser;

/**
 * The explicit-SIMD kernels behind {@link Gemm} and the matrix–vector products, seen through an
 * interface so that a JVM without {@code jdk.incubator.vector} never loads their class
 * ({@link VectorMicroKernel}). Where they are absent, or not yet compiled, {@link PortableGemm}
 * computes the same fma chains in plain Java: the same bits, slower.
 *
 * <p>Each element of a tile is the fused multiply-add chain {@code acc = fma(a[i][p], b[p][j], acc)}
 * over p in ascending order, starting from 0.0 when {@code first}, else from the value already in c
 * (the sum so far over earlier blocks of p).
 */
interface MicroKernel {
    /** Rows of a tile. */
    int MR = 4;

    /** Columns of a tile: a multiple of the vector width. */
    int nr();

    /**
     * Tile (MR × nr) of c at {@code c[cOff + r*ldc + j]} from {@code kc} steps of p; a's panel holds
     * MR values per p from {@code aOff}, b's panel nr values per p from {@code bOff}.
     */
    void tile(int kc, double[] ap, int aOff, double[] bp, int bOff, double[] c, int cOff, int ldc, boolean first);

    /** Whether {@link #tilePair} is faster here than two calls of {@link #tile}. */
    default boolean pairs() { return false; }

    /**
     * Two tiles, one below the other: rows [0, MR) of c from a's panel at {@code aOff} and rows [MR, 2·MR) from
     * the next panel ({@code aOff + kc·MR}), against the same panel of b, each element the same chain as
     * {@link #tile}'s.
     */
    default void tilePair(int kc, double[] ap, int aOff, double[] bp, int bOff, double[] c, int cOff, int ldc, boolean first) {
        tile(kc, ap, aOff, bp, bOff, c, cOff, ldc, first);
        tile(kc, ap, aOff + kc * MR, bp, bOff, c, cOff + MR * ldc, ldc, first);
    }

    /**
     * Copies rows [p0, p1) of b (k×m, row-major) into the full panels [q0, q1) of the packed layout
     * {@code bp[(q*k + p)*nr + jj] = b[p*m + q*nr + jj]}.
     */
    void packRows(double[] b, int m, int k, int p0, int p1, int q0, int q1, double[] bp);

    /**
     * Copies the full panels [q0, q1) of op(b) = bᵀ (b is m×k, row-major: the a·bᵀ form) into the packed
     * layout {@code bp[(q*k + p)*nr + jj] = b[(q*nr + jj)*k + p]}. Element by element here, four rows of b
     * at a time, each read in order; the SIMD kernel transposes four rows by four steps in registers.
     * Packing only moves values: the same bits either way.
     */
    default void packTransposedPanels(double[] b, int k, int q0, int q1, double[] bp) {
        int nr = nr();
        for (int q = q0; q < q1; q++) {
            int base = q * k * nr;
            for (int jj = 0; jj < nr; jj += 4) {
                int s0 = (q * nr + jj) * k, s1 = s0 + k, s2 = s1 + k, s3 = s2 + k;
                for (int p = 0, d = base + jj; p < k; p++, d += nr) {
                    bp[d] = b[s0 + p];
                    bp[d + 1] = b[s1 + p];
                    bp[d + 2] = b[s2 + p];
                    bp[d + 3] = b[s3 + p];
                }
            }
        }
    }

    /**
     * Packs rows [ic, ic + mc) of op(a) (element (i, p) at {@code a[i·ars + p·acs]}), steps [pc, pc + kc),
     * as {@code tiles} tiles: {@code ap[(t·kc + p)·MR + r] = op(a)(ic + t·MR + r, pc + p)}, zero below row
     * ic + mc. Element by element here; the SIMD kernel moves whole tiles with vectors. Packing only
     * moves values, so either way the products get the same bits.
     */
    default void packA(double[] a, int ars, int acs, int ic, int mc, int tiles, int pc, int kc, double[] ap) {
        for (int t = 0; t < tiles; t++) packTile(a, ars, acs, ic, mc, t, pc, kc, ap);
    }

    /** Tile t of {@link #packA}, element by element (also the SIMD kernel's edge tiles). */
    static void packTile(double[] a, int ars, int acs, int ic, int mc, int t, int pc, int kc, double[] ap) {
        int base = t * kc * MR;
        if (ars == 1 && (t + 1) * MR <= mc) {
            // aᵀ·b: the tile's MR rows of op(a) are adjacent in each row of a; copy them as they lie.
            for (int p = 0, s = ic + t * MR + pc * acs, d = base; p < kc; p++, s += acs, d += MR)
                for (int r = 0; r < MR; r++) ap[d + r] = a[s + r];
            return;
        }
        for (int r = 0; r < MR; r++) {
            int row = t * MR + r;
            if (row >= mc) {
                for (int p = 0; p < kc; p++) ap[base + p * MR + r] = 0.0;
                continue;
            }
            int src = (ic + row) * ars + pc * acs;
            for (int p = 0; p < kc; p++) ap[base + p * MR + r] = a[src + p * acs];
        }
    }

    /**
     * c (1×m) = x (1×k, {@code x[xOff + p*xs]}) · b (k×m, row-major), the matrix–vector case of
     * a batch of one and the rows of an outer product, by rows of b scaled and added in ascending p:
     * no packing needed.
     */
    void rowTimesMatrix(double[] x, int xOff, int xs, double[] b, int k, int m, double[] c, int cOff);

    /**
     * The SIMD kernel once the JIT has compiled it; null before that and on JVMs without the module
     * (callers then use {@link PortableGemm}). Both give the same bits, so switching mid-run changes
     * speed only. The first call starts the warm-up (see {@link VectorWarmUp}).
     */
    static MicroKernel best() {
        MicroKernel v = Holder.VECTOR;
        if (Browser.isBrowser() || v == null) return null;
        return VectorWarmUp.ready() ? v : null;
    }

    /** Whether the explicit-SIMD kernel is available on this JVM (for the benchmarks' headers). */
    static boolean vectorised() { return Holder.VECTOR != null; }

    final class Holder {
        /** The explicit-SIMD kernel, or null where the module is absent or -Dnn.portable=true. */
        static final MicroKernel VECTOR = choose();

        private Holder() {}

        private static MicroKernel choose() {
            // The browser's build has no Vector API: there the portable kernels are the only ones compiled.
            if (Browser.isBrowser() || Boolean.getBoolean("nn.portable")) return null;
            if (!VectorModule.load()) {
                System.err.println("nn: " + nn.i18n.Messages.t("diagnostic.note") + ": " + nn.i18n.Messages.t("tensor.vector-api-missing"));
                return null;
            }
            return new VectorMicroKernel();
        }
    }
}
