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

    /**
     * Packs rows [ic, ic + mc) of op(a) (element (i, p) at {@code a[i·ars + p·acs]}), steps [pc, pc + kc),
     * as {@code tiles} tiles: {@code ap[(t·kc + p)·MR + r] = op(a)(ic + t·MR + r, pc + p)}, zero below row ic + mc.
     */
    void packA(float[] a, int ars, int acs, int ic, int mc, int tiles, int pc, int kc, float[] ap);

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
