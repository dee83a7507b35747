package nn.tensor.kernel;

import nn.i18n.Messages;
import java.util.Arrays;
import nn.tensor.parallel.Parallel;

/**
 * The blocked float32 product behind {@link MatMul32}, laid out as {@link Gemm}: op(b) packed once
 * per call into zero-padded panels of {@code nr} columns (bᵀ by {@link MicroKernel32#packTransposedPanels}),
 * op(a) packed per thread {@value #MC} rows × all of p (up to {@value #KC} steps) at a time (by the
 * kernel: {@link MicroKernel32#packA}, SIMD where it can), and the {@link MicroKernel32} computing one
 * register tile at a time; edge tiles go through a small scratch tile. Threads own whole rows of c and blocks of p run in
 * ascending order continuing the sums in c, so every element is the same fma chain for any split.
 * Packing buffers and the edge tile are kept per thread and reused.
 */
final class Gemm32 {
    /**
     * Steps of p per block, at most: as {@link Gemm#KC}, products with k up to this take p in one block, so
     * each tile of c is stored once and never loaded back. With blocks of 256 (until the seventh round) every
     * tile loaded its 4 × 16 piece of c again k/256 times, and those loads start all eight fma chains of the
     * tile: at n ≥ 512 they miss to L3 (c's rows are 2–4 KiB apart, a page or half a page, which no hardware
     * prefetcher follows). The price is a panel of b of k × 16 floats (64 KiB at k = 1024) read from L2
     * instead of L1; the tile's loop keeps up with it. Seventh round, one JVM, paired medians of 41
     * interleaved rounds of thread CPU time (load average 2): n = 512 1.05×, 1024 1.07×, the MLP's forward
     * 64×784·784×512 1.06× and 64×512·512×512 1.03×, n = 256 (one block either way) and a·bᵀ at k = 512
     * 0.99×; n = 2048 within the noise (0.98×; blocks of 1024 0.95×). With 512-bit vectors a panel is 32
     * floats wide and blocks of 256 are taken instead ({@link Gemm#kcMax}, which says why).
     */
    static final int KC = 2048;
    /**
     * Rows of a per block: 64 keeps a block of a (64 × k floats, 256 KiB at k = 1024) in half of L2 beside
     * the panel of b; 128 with p whole filled L2 (the sixth round's trial of p whole used 128 and measured
     * 0.94–1.10× by shape). 32 measured the same as 64; 64 keeps the MLP's 64-row products one row block,
     * which {@link GemmPlan} splits across columns on two threads.
     */
    static final int MC = 64;
    private static final int KEEP_B = 1 << 22;

    // Per thread: packed a, packed b, edge tile.
    private static final ThreadLocal<float[][]> BUFFERS = ThreadLocal.withInitial(() -> new float[3][]);

    private Gemm32() {}

    static void run(MicroKernel32 kernel, float[] a, int ars, int acs, float[] b, boolean bTransposed,
                    float[] c, int n, int k, int m) {
        run(kernel, a, ars, acs, b, bTransposed, c, n, k, m, kernel.pairs());
    }

    /** As {@link #run}, with the kernel's two-tile path taken or not as {@code pairs} says (the tests force both). */
    static void run(MicroKernel32 kernel, float[] a, int ars, int acs, float[] b, boolean bTransposed,
                    float[] c, int n, int k, int m, boolean pairs) {
        int nr = kernel.nr(), panels = (m + nr - 1) / nr;
        float[] bp = buffer(1, (long) panels * nr * k, KEEP_B);
        GemmPlan plan = GemmPlan.of(n, k, m, MicroKernel32.MR, nr, MC, Gemm.kcMax(nr * Float.BYTES, KC), Cost.PACKED_MULTIPLY_ADD / 2);
        LazyPanels.Packer packer = (q0, q1) -> packPanels(kernel, b, bTransposed, k, m, nr, q0, q1, bp);
        LazyPanels packed = plan.parallel() ? LazyPanels.onFirstUse(panels, packer) : LazyPanels.packedFirst(panels, packer);
        plan.forEachUnit(n, panels, (i0, i1, q0, q1) ->
                unit(kernel, a, ars, acs, bp, packed, c, n, k, m, i0, i1, q0, q1, plan.kc(), pairs));
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

    // bp[(q*k + p)*nr + jj] = op(b)(p, q*nr + jj), zero beyond column m; as Gemm's packPanels.
    private static void packPanels(MicroKernel32 kernel, float[] b, boolean transposed, int k, int m, int nr, int q0, int q1, float[] bp) {
        int full = Math.min(q1, m / nr);
        if (transposed) {
            if (q0 < full) kernel.packTransposedPanels(b, k, q0, full, bp);
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
    }

    /** Rows [i0, i1) of c by panels [q0, q1) of packed b, as {@link Gemm}'s units. */
    private static void unit(MicroKernel32 kernel, float[] a, int ars, int acs, float[] bp, LazyPanels packed, float[] c,
                             int n, int k, int m, int i0, int i1, int q0, int q1, int kcMax, boolean pairs) {
        final int mr = MicroKernel32.MR, nr = kernel.nr();
        int mc = i1 - i0, tiles = (mc + mr - 1) / mr;
        float[] ap = buffer(0, (long) tiles * mr * kcMax, Integer.MAX_VALUE);
        float[] edge = buffer(2, (long) mr * nr, Integer.MAX_VALUE);
        for (int pc = 0; pc < k; pc += kcMax) {
            int kc = Math.min(kcMax, k - pc);
            boolean first = pc == 0;
            kernel.packA(a, ars, acs, i0, mc, tiles, pc, kc, ap);
            for (int q = q0; q < q1; q++) {
                Parallel.checkInterrupted(); // a panel at a time: Ctrl-C, the deadline, or the caller's stop on a worker
                if (first) packed.ensure(q);
                int j0 = q * nr, w = Math.min(nr, m - j0), bOff = (q * k + pc) * nr;
                for (int t = 0; t < tiles; t++) {
                    int i = i0 + t * mr, h = Math.min(mr, n - i);
                    if (pairs && w == nr && i + 2 * mr <= i1) {  // both tiles full and within this unit's rows
                        kernel.tilePair(kc, ap, t * kc * mr, bp, bOff, c, i * m + j0, m, first);
                        t++;
                    } else if (h == mr && w == nr) {
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
