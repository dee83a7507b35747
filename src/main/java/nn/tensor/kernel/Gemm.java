package nn.tensor.kernel;

import nn.i18n.Messages;
import java.util.Arrays;
import nn.tensor.parallel.Parallel;

/**
 * The blocked matrix product behind {@link MatMul}: {@code c = op(a)·op(b)} where op(a)(i, p) is
 * {@code a[i*ars + p*acs]} (so aᵀ needs no copy) and op(b) is b (k×m) or, when transposed, b read
 * as the transpose of an m×k matrix.
 *
 * <p>op(b) is packed once per call into panels of {@code nr} columns (p-major, zero-padded at the
 * right edge): all of it first on one thread; on several, a few panels at a time by the unit that needs
 * them first ({@link LazyPanels}), so no thread waits while the caller packs the whole of b alone. The
 * product is then cut into units ({@link GemmPlan}): up to {@value #MC} rows by a
 * range of panels, each a task for one thread. A unit takes p in blocks of at most {@value #KC} ({@value #KC_WIDE} with 512-bit vectors)
 * steps (usually all of k); for each it packs its rows of op(a) into micro-panels of
 * {@link MicroKernel#MR} rows and runs the {@link MicroKernel} over every tile, panel by panel, so each
 * panel block of b is brought near the core once and serves all the unit's tiles (two at a time where the kernel
 * has the registers for it, {@link MicroKernel#tilePair}). Tiles at the bottom
 * or right edge run at full speed on the padded panels and are copied out through a small scratch tile.
 *
 * <p>Until 2026-11-30 the rows were handed out in pieces of eight tiles (the pool's interruption
 * pieces), so at n ≥ 512 each panel of b served 32 rows instead of 128 and the packed b streamed from
 * memory four times as often: whole products ran at 19–24 GFLOPS against the tile's 35; units of whole
 * blocks gave 24–30 under the same load (see README, Speed).
 *
 * <p>Packing is a tenth of a product's time at n = 256–1024 when done element by element (1–4 ns per
 * element against 15–60 ns of multiply-adds), so it is done in the operands' own order: untransposed b
 * a few rows at a time across all panels, each row's pieces copied by the SIMD kernel
 * ({@link MicroKernel#packRows}); bᵀ by the kernel, four rows of b by four steps transposed in
 * registers ({@link MicroKernel#packTransposedPanels}, seventh round: 0.6–1.4 → 0.6–1.0 ns an element); a by the kernel too
 * ({@link MicroKernel#packA}: the SIMD one transposes a's rows four by four in registers and moves
 * aᵀ's columns as vectors, 1.03–1.14× on whole products since the sixth round). In float64 this made a·b
 * 4–15% and aᵀ·b 0–10% faster at n = 256–1024 (medians of 9 interleaved rounds, README, Speed), with
 * the same bits; a·bᵀ and float32 moved within the noise.
 *
 * <p>Blocks of p are taken in ascending order and each continues the sums the previous one left in
 * c, so the element sums are the same fma chains whatever the blocking and the thread split.
 * Packing buffers are kept per thread and reused between calls.
 */
final class Gemm {
    /**
     * Steps of p per block, at most: products with k up to this take p in one block, so each tile of c
     * is stored once and never loaded back. Blocks of 256 (a block of a in L2, a panel of b in L1) loaded
     * and stored every tile of c k/256 times, and those loads miss the caches at large n (a row block of
     * c is 2 MiB at n = 2048 and the packed b streaming past evicts it): whole-k blocks measured 1.05–1.1×
     * at n = 512, 1.1–1.2× at 1024 and 1.3× at 2048 (sixth round, README, Speed), though a block of a is
     * then MC × k (2 MiB at k = 2048) and a panel of b k × nr: both stream from L2/L3 in order, which the
     * hardware prefetchers follow.
     *
     * <p>That was measured with 256-bit vectors (AMD Zen 3), where a panel's step of p is one 64-byte line.
     * With 512-bit vectors (an Emerald Rapids Xeon, ninth round) a step is two lines, 16 doubles, and a
     * panel of k = 2048 steps is 256 KiB: the tile then waits on L2 for its b. There blocks of
     * {@link #KC_WIDE} (a panel's block 32 KiB, in L1) measured in one JVM, paired 0.15 s windows, medians
     * of 9 rounds, one thread: n = 512 1.33×, 1024 1.22×, the MLP's 64×784·784×128 1.29× and
     * 512×784·784×128 1.31× (float32 1.24–1.32×); blocks of 128 1.15–1.30×, of 512 0.97–1.00×.
     */
    static final int KC = 2048;
    /** Steps of p per block, at most, where a panel's step is two cache lines or more (512-bit vectors). */
    static final int KC_WIDE = 256;

    /**
     * Steps of p per block, at most, for panels whose step of p is {@code stepBytes} long: {@code whole} (each
     * precision's {@code KC}) where that is one 64-byte line, {@link #KC_WIDE} where it is two or more.
     */
    static int kcMax(int stepBytes, int whole) { return stepBytes >= 128 ? KC_WIDE : whole; }
    /** Rows of a per block. */
    static final int MC = 128;
    /**
     * Rows of a per block where the packed b is too large to stay in the caches from one row block to the next
     * (more than {@link #KEEP_B} doubles) and p is taken in blocks of {@link #KC_WIDE} (a block of a is then
     * 512 × 256 doubles, 1 MiB, in a 2 MiB L2): each row block reads all of b again, from memory, so fewer and
     * taller blocks read it fewer times. Tenth round, one JVM, one thread, paired 0.15 s windows, medians of 9
     * rounds, against 128 rows: n = 1536 1.13×, 2048 1.12× and 1.13× (two runs); 1024 (b of 8 MiB) 0.97×, so it
     * keeps 128; 1024 rows were no better than 128 at 2048 (1.01×). The bits do not change.
     */
    static final int MC_LARGE_B = 512;
    /** Packed b buffers up to this many doubles (16 MiB) are kept for the next call; larger are not. */
    private static final int KEEP_B = 1 << 21;

    private static final ThreadLocal<double[][]> BUFFERS = ThreadLocal.withInitial(() -> new double[3][]);

    private Gemm() {}

    static void run(MicroKernel kernel, double[] a, int ars, int acs, double[] b, boolean bTransposed,
                    double[] c, int n, int k, int m) {
        run(kernel, a, ars, acs, b, bTransposed, c, n, k, m, kernel.pairs());
    }

    /** As {@link #run}, with the kernel's two-tile path taken or not as {@code pairs} says (the tests force both). */
    static void run(MicroKernel kernel, double[] a, int ars, int acs, double[] b, boolean bTransposed,
                    double[] c, int n, int k, int m, boolean pairs) {
        int nr = kernel.nr(), panels = (m + nr - 1) / nr;
        double[] bp = buffer(1, (long) panels * nr * k, KEEP_B);
        int kcMax = kcMax(nr * Double.BYTES, KC);
        int mc = kcMax == KC_WIDE && (long) panels * nr * k > KEEP_B ? MC_LARGE_B : MC;
        GemmPlan plan = GemmPlan.of(n, k, m, MicroKernel.MR, nr, mc, kcMax, Cost.PACKED_MULTIPLY_ADD);
        LazyPanels.Packer packer = (q0, q1) -> packPanels(kernel, b, bTransposed, k, m, nr, q0, q1, bp);
        LazyPanels packed = plan.parallel() ? LazyPanels.onFirstUse(panels, packer) : LazyPanels.packedFirst(panels, packer);
        plan.forEachUnit(n, panels, (i0, i1, q0, q1) ->
                unit(kernel, a, ars, acs, bp, packed, c, n, k, m, i0, i1, q0, q1, plan.kc(), pairs));
    }

    /** A per-thread scratch array of at least {@code size} doubles (contents undefined). */
    private static double[] buffer(int slot, long size, int keep) {
        if (size > Integer.MAX_VALUE - 8) throw new IllegalArgumentException(Messages.t("internal.product-too-large-to-pack"));
        double[][] slots = BUFFERS.get();
        double[] buf = slots[slot];
        if (buf != null && buf.length >= size) return buf;
        buf = new double[(int) size];
        if (size <= keep) slots[slot] = buf;
        return buf;
    }

    /** Rows of b packed per pass in the untransposed case: their lines stay cached while every panel takes its slice. */
    static final int PACK_ROWS = 16;

    // bp[(q*k + p)*nr + jj] = op(b)(p, q*nr + jj), zero beyond column m.
    private static void packPanels(MicroKernel kernel, double[] b, boolean transposed, int k, int m, int nr, int q0, int q1, double[] bp) {
        int full = Math.min(q1, m / nr);  // panels [q0, full) have all nr columns
        if (transposed) {
            if (q0 < full) kernel.packTransposedPanels(b, k, q0, full, bp);
        } else if (q0 < full) {
            // Row by row across the panels (each row of b read once, in order), PACK_ROWS rows at a
            // time so each panel's destination stays a short run; the SIMD kernel copies the pieces.
            for (int p0 = 0; p0 < k; p0 += PACK_ROWS)
                kernel.packRows(b, m, k, p0, Math.min(k, p0 + PACK_ROWS), q0, full, bp);
        }
        for (int q = Math.max(q0, full); q < q1; q++) {
            int j0 = q * nr, w = m - j0, base = q * k * nr;
            for (int p = 0; p < k; p++) {
                if (transposed) for (int jj = 0; jj < w; jj++) bp[base + p * nr + jj] = b[(j0 + jj) * k + p];
                else System.arraycopy(b, p * m + j0, bp, base + p * nr, w);
                Arrays.fill(bp, base + p * nr + w, base + (p + 1) * nr, 0.0);
            }
        }
    }

    /** Rows [i0, i1) of c by panels [q0, q1) of packed b, p in blocks of {@code kcMax}; i0 is a multiple of MR. */
    private static void unit(MicroKernel kernel, double[] a, int ars, int acs, double[] bp, LazyPanels packed, double[] c,
                             int n, int k, int m, int i0, int i1, int q0, int q1, int kcMax, boolean pairs) {
        final int mr = MicroKernel.MR, nr = kernel.nr();
        int mc = i1 - i0, tiles = (mc + mr - 1) / mr;
        double[] ap = buffer(0, (long) tiles * mr * kcMax, Integer.MAX_VALUE);
        double[] edge = buffer(2, (long) mr * nr, Integer.MAX_VALUE);
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
