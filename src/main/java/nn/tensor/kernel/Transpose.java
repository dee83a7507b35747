package nn.tensor.kernel;

import nn.i18n.Messages;
import nn.tensor.Matrix;
import nn.tensor.parallel.Parallel;

/** The transpose, copied in square tiles so that both the reads and the writes stay in cache. */
public final class Transpose {
    /** Tile edge: two 32×32 tiles of doubles (16 KiB) fit in L1. */
    static final int TILE = 32;

    private Transpose() {}

    /** out = aᵀ; a is r×c and out is c×r. */
    public static void transpose(Matrix a, Matrix out) {
        int r = a.rows(), c = a.cols();
        if (out.rows() != c || out.cols() != r)
            throw new IllegalArgumentException(Messages.t("internal.kernel-into", "transpose", a.shape(), out.shape()));
        double[] x = a.data(), o = out.data();
        int tileRows = (c + TILE - 1) / TILE;
        // Each task owns whole tile-rows of the output.
        Parallel.forRange(tileRows, Parallel.grain((double) TILE * r * Cost.STREAM_ELEMENT), (t0, t1) -> {
            for (int j0 = t0 * TILE; j0 < Math.min(c, t1 * TILE); j0 += TILE) {
                int j1 = Math.min(c, j0 + TILE);
                for (int i0 = 0; i0 < r; i0 += TILE) {
                    int i1 = Math.min(r, i0 + TILE);
                    for (int j = j0; j < j1; j++)
                        for (int i = i0; i < i1; i++) o[j * r + i] = x[i * c + j];
                }
            }
        });
    }
}
