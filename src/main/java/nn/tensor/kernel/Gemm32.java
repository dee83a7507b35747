package nn.tensor.kernel;

import nn.i18n.Messages;
import java.util.Arrays;
import nn.tensor.parallel.Parallel;

/**
 * The blocked float32 product behind {@link MatMul32}, laid out as {@link Gemm}: op(b) packed once
 * per call into zero-padded panels of {@code nr} columns, op(a) packed per thread {@value #MC} rows ×
 * {@value #KC} steps at a time (by the kernel: {@link MicroKernel32#packA}, SIMD where it can), and the
 * {@link MicroKernel32} computing one register tile at a time;
 * edge tiles go through a small scratch tile. Threads own whole rows of c and blocks of p run in
 * ascending order continuing the sums in c, so every element is the same fma chain for any split.
 * Packing buffers and the edge tile are kept per thread and reused.
 */
final class Gemm32 {
    /**
     * Steps of p per block: an a block of MC × KC floats is 128 KiB, a b panel of KC × 16 floats 16 KiB.
     * KC = 512 (with MC = 128 or 64) and MC = 64 or 256 measured within ±3% of these in the sixth round
     * (paired medians of interleaved rounds, n = 256–1024 and the MLP's shapes), so they stay; p whole
     * (KC = 2048, float64's choice) gave 0.94–1.10× by shape, no clear gain.
     */
    static final int KC = 256;
    static final int MC = 128;
    private static final int KEEP_B = 1 << 22;

    // Per thread: packed a, packed b, edge tile.
    private static final ThreadLocal<float[][]> BUFFERS = ThreadLocal.withInitial(() -> new float[3][]);

    private Gemm32() {}

    static void run(MicroKernel32 kernel, float[] a, int ars, int acs, float[] b, boolean bTransposed,
                    float[] c, int n, int k, int m) {
        int nr = kernel.nr(), panels = (m + nr - 1) / nr;
        float[] bp = buffer(1, (long) panels * nr * k, KEEP_B);
        packB(kernel, b, bTransposed, k, m, nr, panels, bp);
        GemmPlan plan = GemmPlan.of(n, k, m, MicroKernel32.MR, nr, MC, KC, Cost.PACKED_MULTIPLY_ADD / 2);
        plan.forEachUnit(n, panels, (i0, i1, q0, q1) ->
                unit(kernel, a, ars, acs, bp, c, n, k, m, i0, i1, q0, q1, plan.kc()));
    }

    private static float[] buffer(int slot, long size, int keep) {
        if (size > Integer.MAX_VALUE - 8) throw new IllegalArgumentException(Messages.t("internal.product-too-large-to-pack"));
        float[][] slots = BUFFERS.get();
        float[] buf = slots[slot];
        if (buf != null && buf.length >= size) return buf;
        buf = new float[(int) size];
        if (size <= keep) slots[slot] = buf;
        return buf;
    }

    // bp[(q*k + p)*nr + jj] = op(b)(p, q*nr + jj), zero beyond column m; as Gemm's packB.
    private static void packB(MicroKernel32 kernel, float[] b, boolean transposed, int k, int m, int nr, int panels, float[] bp) {
        Parallel.forRange(panels, Parallel.grain((double) k * nr * Cost.STREAM_ELEMENT), (q0, q1) -> {
            int full = Math.min(q1, m / nr);
            if (transposed) {
                if (q0 < full) kernel.packTransposed(b, k, q0, full, bp);
            } else if (q0 < full) {
                for (int p0 = 0; p0 < k; p0 += Gemm.PACK_ROWS)
                    kernel.packRows(b, m, k, p0, Math.min(k, p0 + Gemm.PACK_ROWS), q0, full, bp);
            }
            for (int q = Math.max(q0, full); q < q1; q++) {
                int j0 = q * nr, w = m - j0, base = q * k * nr;
                for (int p = 0; p < k; p++) {
                    if (transposed) for (int jj = 0; jj < w; jj++) bp[base + p * nr + jj] = b[(j0 + jj) * k + p];
                    else System.arraycopy(b, p * m + j0, bp, base + p * nr, w);
                    Arrays.fill(bp, base + p * nr + w, base + (p + 1) * nr, 0f);
                }
            }
        });
    }

    /** Rows [i0, i1) of c by panels [q0, q1) of packed b, as {@link Gemm}'s units. */
    private static void unit(MicroKernel32 kernel, float[] a, int ars, int acs, float[] bp, float[] c,
                             int n, int k, int m, int i0, int i1, int q0, int q1, int kcMax) {
        final int mr = MicroKernel32.MR, nr = kernel.nr();
        int mc = i1 - i0, tiles = (mc + mr - 1) / mr;
        float[] ap = buffer(0, (long) tiles * mr * kcMax, Integer.MAX_VALUE);
        float[] edge = buffer(2, (long) mr * nr, Integer.MAX_VALUE);
        for (int pc = 0; pc < k; pc += kcMax) {
            Parallel.checkInterrupted();
            int kc = Math.min(kcMax, k - pc);
            boolean first = pc == 0;
            kernel.packA(a, ars, acs, i0, mc, tiles, pc, kc, ap);
            for (int q = q0; q < q1; q++) {
                int j0 = q * nr, w = Math.min(nr, m - j0), bOff = (q * k + pc) * nr;
                for (int t = 0; t < tiles; t++) {
                    int i = i0 + t * mr, h = Math.min(mr, n - i);
                    if (h == mr && w == nr) {
                        kernel.tile(kc, ap, t * kc * mr, bp, bOff, c, i * m + j0, m, first);
                    } else {
                        if (!first) for (int r = 0; r < h; r++) System.arraycopy(c, (i + r) * m + j0, edge, r * nr, w);
                        kernel.tile(kc, ap, t * kc * mr, bp, bOff, edge, 0, nr, first);
                        for (int r = 0; r < h; r++) System.arraycopy(edge, r * nr, c, (i + r) * m + j0, w);
                    }
                }
            }
        }
    }
}
