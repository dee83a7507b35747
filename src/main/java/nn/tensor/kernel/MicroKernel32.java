package nn.tensor.kernel;

import nn.platform.Browser;

/**
 * The float32 twin of {@link MicroKernel}: one {@code MR × nr()} tile of c from packed float panels.
 * {@link VectorMicroKernel32} uses {@code jdk.incubator.vector}'s FloatVector; {@link ScalarMicroKernel32}
 * is the portable fallback. Both compute each element as the chain {@code acc = fma(a[i][p], b[p][j], acc)}
 * in ascending p in float arithmetic (every fma rounded once to float), so they give the same bits.
 */
sealed interface MicroKernel32 permits VectorMicroKernel32, ScalarMicroKernel32 {
    /** Rows of a tile. */
    int MR = 4;

    /** Columns of a tile: a multiple of the vector width. */
    int nr();

    /** As {@link MicroKernel#tile}, in float32. */
    void tile(int kc, float[] ap, int aOff, float[] bp, int bOff, float[] c, int cOff, int ldc, boolean first);

    /** Whether {@link #tilePair} is faster here than two calls of {@link #tile}. */
    default boolean pairs() { return false; }

    /**
     * Two tiles, one below the other: rows [0, MR) of c from a's panel at {@code aOff} and rows [MR, 2·MR) from
     * the next panel ({@code aOff + kc·MR}), against the same panel of b, each element the same chain as
     * {@link #tile}'s.
     */
    default void tilePair(int kc, float[] ap, int aOff, float[] bp, int bOff, float[] c, int cOff, int ldc, boolean first) {
        tile(kc, ap, aOff, bp, bOff, c, cOff, ldc, first);
        tile(kc, ap, aOff + kc * MR, bp, bOff, c, cOff + MR * ldc, ldc, first);
    }

    /**
     * Packs rows [ic, ic + mc) of op(a) (element (i, p) at {@code a[i·ars + p·acs]}), steps [pc, pc + kc),
     * as {@code tiles} tiles: {@code ap[(t·kc + p)·MR + r] = op(a)(ic + t·MR + r, pc + p)}, zero below row ic + mc.
     * Element by element here, as {@link MicroKernel#packA}; the SIMD kernel moves whole tiles with vectors.
     */
    default void packA(float[] a, int ars, int acs, int ic, int mc, int tiles, int pc, int kc, float[] ap) {
        for (int t = 0; t < tiles; t++) packTile(a, ars, acs, ic, mc, t, pc, kc, ap);
    }

    /** Tile t of {@link MicroKernel32#packA}, element by element (also the SIMD kernel's edge tiles). */
    static void packTile(float[] a, int ars, int acs, int ic, int mc, int t, int pc, int kc, float[] ap) {
        int base = t * kc * MR;
        if (ars == 1 && (t + 1) * MR <= mc) {
            for (int p = 0, s = ic + t * MR + pc * acs, d = base; p < kc; p++, s += acs, d += MR)
                for (int r = 0; r < MR; r++) ap[d + r] = a[s + r];
            return;
        }
        for (int r = 0; r < MR; r++) {
            int row = t * MR + r;
            if (row >= mc) {
                for (int p = 0; p < kc; p++) ap[base + p * MR + r] = 0f;
                continue;
            }
            int src = (ic + row) * ars + pc * acs;
            for (int p = 0; p < kc; p++) ap[base + p * MR + r] = a[src + p * acs];
        }
    }

    /**
     * Packs the full panels [q0, q1) of bᵀ for a b stored m×k: {@code bp[(q·k + p)·nr + jj] = b[(q·nr + jj)·k + p]}.
     * Here four rows of b at a time, each read in order and written four adjacent values per step (about
     * 1 ns an element); the SIMD kernel transposes eight rows by eight steps in registers.
     */
    default void packTransposedPanels(float[] b, int k, int q0, int q1, float[] bp) {
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

    /** As {@link MicroKernel#packRows}, in float32. */
    void packRows(float[] b, int m, int k, int p0, int p1, int q0, int q1, float[] bp);

    /** The kernel to use now: the SIMD one once compiled (see {@link VectorWarmUp32}), else the portable one. */
    static MicroKernel32 best() {
        MicroKernel32 v = Holder.VECTOR;
        if (Browser.isBrowser() || v == null) return Holder.SCALAR;
        return VectorWarmUp32.ready() ? v : Holder.SCALAR;
    }

    final class Holder {
        static final MicroKernel32 SCALAR = new ScalarMicroKernel32();
        /** Null where the module is absent or -Dnn.portable=true; {@link MicroKernel} prints the note. */
        static final MicroKernel32 VECTOR = !Browser.isBrowser() && MicroKernel.vectorised() ? new VectorMicroKernel32() : null;

        private Holder() {}
    }
}
