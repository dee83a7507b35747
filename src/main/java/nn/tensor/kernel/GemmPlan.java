package nn.tensor.kernel;

import nn.tensor.parallel.Parallel;

/**
 * How {@link Gemm} and {@link Gemm32} cut one product c (n×m) = op(a) (n×k) · op(b) (k×m) into work:
 * blocks of rows × blocks of columns ("units", each one task for a thread), and steps of p.
 *
 * <p>Each unit is {@code rowsPerBlock} rows (a multiple of the tile height, at most the L2-sized
 * block {@code mc}) by a range of the packed b panels; for each block of p it packs its rows of op(a)
 * once and runs every tile of the unit over them, each panel of b staying in L1 (L2 for long blocks of p)
 * while the unit's tiles pass over it. On several threads the row blocks are a multiple of the thread count, and a
 * product of one row block is split across columns instead, one unit per thread. Blocks of
 * p are even (with blocks of at most 256, as 512-bit vectors take them, {@code k = 784} is four of 196, not three
 * of 256 and one of 16; 256-bit vectors take p whole up to 2048, {@link Gemm#kcMax}) so no block is short
 * enough for a tile's loads and stores of c to dominate it.
 *
 * <p>None of this changes results: every element of c is computed within one unit, as the same fma
 * chain over p in ascending order, whatever the blocks and the thread count.
 *
 * <p>Whether the units go to the worker pool is {@link Parallel#worthSplitting}'s decision: the product's
 * time on one thread by the cost model ({@code nanosPerMultiplyAdd}, {@link Cost}) against the pool's
 * measured dispatch cost and the cost of moving a, b and c between cores ({@link Cost#crossCoreNanos}), so
 * that each thread's share is worth waking a worker for and the split is clearly faster than one thread.
 *
 * @param rowsPerBlock rows of c per unit (a multiple of {@code mr}, except where it covers all n)
 * @param rowBlocks    units down the rows
 * @param colBlocks    units across the panels of b
 * @param kc           steps of p per block (the last may be shorter)
 * @param parallel     whether the units may go to the worker pool
 * @param unitNanos    a unit's time on one thread by the cost model
 */
record GemmPlan(int rowsPerBlock, int rowBlocks, int colBlocks, int kc, boolean parallel, double unitNanos) {
    /**
     * Units per thread a split product aims at. With two per thread (n = 512 in blocks of 128 rows on 2
     * threads), the caller often finished its share a whole unit before the worker and parked waiting
     * (a late wake-up, a slower core): in one JVM, interleaved 0.2 s windows of wall-clock time, 2 threads
     * gave 1.46× one thread at n = 512 and 1.53× at 384 (medians of 30 paired windows; 384 and 684
     * parks), against 1.60× and 1.79× with four units per thread (46 and 30 parks); n = 1024 and 2048,
     * already 8 and 16 units, did not change (seventh round, docs/speed.md).
     */
    static final int UNITS_PER_THREAD = 4;
    /** The fewest tiles down a row block that more units may cut it to: each panel of b serves at least this many tiles. */
    static final int MIN_BLOCK_TILES = 8;

    static GemmPlan of(int n, int k, int m, int mr, int nr, int mc, int kcMax, double nanosPerMultiplyAdd) {
        int kBlocks = (k + kcMax - 1) / kcMax;
        int kc = (k + kBlocks - 1) / kBlocks;
        int threads = Parallel.threads();
        boolean parallel = Parallel.worthSplitting((double) n * k * m * nanosPerMultiplyAdd, Cost.crossCoreNanos(n, k, m, nanosPerMultiplyAdd));
        int rowTiles = (n + mr - 1) / mr, panels = (m + nr - 1) / nr;
        // Even row blocks of whole tiles, each at most mc rows.
        int rowBlocks = (n + mc - 1) / mc;
        int tilesPerBlock = (rowTiles + rowBlocks - 1) / rowBlocks;
        int rowsPerBlock = tilesPerBlock * mr;
        rowBlocks = (n + rowsPerBlock - 1) / rowsPerBlock;
        int colBlocks = 1;
        if (parallel && rowBlocks > 1) {
            tilesPerBlock = evenTilesPerBlock(rowTiles, rowBlocks, tilesPerBlock, threads);
            rowsPerBlock = tilesPerBlock * mr;
            rowBlocks = (n + rowsPerBlock - 1) / rowsPerBlock;
        } else if (parallel) {
            // One row block (the MLP's 64-row products): split the columns, one unit per thread. Each unit
            // packs its rows of a again, so more units than threads cost more than they balance: on 2
            // threads two units gave 1.15–1.8× where four gave 1.0–1.5×, and row units of fewer tiles
            // (each panel of b serving fewer rows) 0.95–1.5× (interleaved rounds, README, Speed).
            colBlocks = Math.min(panels, threads);
        }
        double unitNanos = (double) rowsPerBlock * k * m / colBlocks * nanosPerMultiplyAdd;
        return new GemmPlan(rowsPerBlock, rowBlocks, colBlocks, kc, parallel, unitNanos);
    }

    /**
     * Tiles per row block for a product of {@code rowTiles} tiles of rows split by rows over {@code threads},
     * given the L2 blocks' count {@code l2Blocks} and size {@code l2Tiles} (never fewer blocks than that, so
     * none is longer than the L2 block).
     *
     * <p>It looks for a count of blocks that is a multiple of the thread count, that the rows really cut into
     * (the last block not empty), and whose blocks keep at least {@link #MIN_BLOCK_TILES} tiles, from
     * {@link #UNITS_PER_THREAD} per thread (or the L2 count rounded up to a multiple) down to the L2 count;
     * not beyond, as more, smaller blocks would each cost a pass over b for fewer rows, more than a spare block
     * among many costs (at most 7% on 2 to 4 threads for n up to 2048). Even shares: n = 384 on 2 threads
     * is eight blocks of 48 rows, not 128, 128 and 128, one thread running two while the other runs one;
     * n = 256 on 3 threads six blocks of 44 rows, not eight of 32, two threads running three while the
     * third runs two. Four units per thread, not one, so a thread that falls behind (a late wake-up, a slower core)
     * leaves less for the others to wait on. Where no such count exists it keeps the L2 blocks, or where those
     * are fewer than the rows allow (a few tiles over many threads) takes the multiple of the thread count
     * nearest above the aim, whatever the blocks' size.
     */
    static int evenTilesPerBlock(int rowTiles, int l2Blocks, int l2Tiles, int threads) {
        int start = Math.max(UNITS_PER_THREAD * threads, (l2Blocks + threads - 1) / threads * threads);
        for (int e = start; e >= l2Blocks; e -= threads)
            if (cutsEvenly(rowTiles, e)) return ceilDiv(rowTiles, e);
        int aim = Math.min(UNITS_PER_THREAD * threads, rowTiles / MIN_BLOCK_TILES);
        if (aim <= l2Blocks) return l2Tiles;
        return ceilDiv(rowTiles, Math.min(rowTiles, ceilDiv(aim, threads) * threads));
    }

    /** Whether {@code rowTiles} cut into blocks of {@code ceil(rowTiles / blocks)} tiles are exactly {@code blocks} of at least {@link #MIN_BLOCK_TILES}. */
    private static boolean cutsEvenly(int rowTiles, int blocks) {
        int tiles = ceilDiv(rowTiles, blocks);
        return tiles >= MIN_BLOCK_TILES && ceilDiv(rowTiles, tiles) == blocks;
    }

    private static int ceilDiv(int a, int b) { return (a + b - 1) / b; }

    int units() { return rowBlocks * colBlocks; }

    /** The first packed panel of column block {@code cb} among {@code panels}. */
    int firstPanel(int cb, int panels) { return (int) ((long) panels * cb / colBlocks); }

    /** One unit of a product: rows [i0, i1) of c by the packed panels [q0, q1) of b. */
    @FunctionalInterface
    interface UnitBody {
        void run(int i0, int i1, int q0, int q1);
    }

    /**
     * Runs {@code body} over every unit of a product with n rows and {@code panels} packed panels of b,
     * split over the pool as {@link #forUnits} does. The walk is the same for every element type.
     */
    void forEachUnit(int n, int panels, UnitBody body) {
        forUnits((u0, u1) -> {
            for (int u = u0; u < u1; u++) {
                int rb = u / colBlocks, cb = u % colBlocks;
                int i0 = rb * rowsPerBlock, i1 = Math.min(n, i0 + rowsPerBlock);
                body.run(i0, i1, firstPanel(cb, panels), firstPanel(cb + 1, panels));
            }
        });
    }

    /** Splits units over the pool, or runs them here (in one piece, so the blocks stay whole) when not worth it. */
    void forUnits(nn.tensor.parallel.IntRangeBody body) {
        int units = units();
        Parallel.forRange(units, parallel ? Parallel.grain(unitNanos) : units, body);
    }
}
