package nn.tensor.kernel;

import nn.tensor.parallel.Parallel;

/**
 * How {@link Gemm} and {@link Gemm32} cut one product c (n×m) = op(a) (n×k) · op(b) (k×m) into work:
 * blocks of rows × blocks of columns ("units", each one task for a thread), and steps of p.
 *
 * <p>Each unit is {@code rowsPerBlock} rows (a multiple of the tile height, at most the L2-sized
 * block {@code mc}) by a range of the packed b panels; for each block of p it packs its rows of op(a)
 * once and runs every tile of the unit over them, each panel of b staying in L1 while the unit's
 * tiles pass over it. Columns are split only when threads would otherwise sit idle. Blocks of
 * p are even ({@code k = 784} is four of 196, not three of 256 and one of 16) so no block is short
 * enough for a tile's loads and stores of c to dominate it.
 *
 * <p>None of this changes results: every element of c is computed within one unit, as the same fma
 * chain over p in ascending order, whatever the blocks and the thread count.
 *
 * @param rowsPerBlock rows of c per unit (a multiple of {@code mr}, except where it covers all n)
 * @param rowBlocks    units down the rows
 * @param colBlocks    units across the panels of b
 * @param kc           steps of p per block (the last may be shorter)
 * @param parallel     whether the units may go to the worker pool (the product is above {@link #PARALLEL_MIN_MULTIPLY_ADDS})
 */
record GemmPlan(int rowsPerBlock, int rowBlocks, int colBlocks, int kc, boolean parallel) {
    /**
     * Products with fewer multiply-adds than this run on the calling thread alone: waking a worker and
     * sharing the packed operand cost more than the second core gives back. Measured with
     * {@code ./nn bench matmul} (1 against 2 threads by product size) on the 2-core development machine;
     * see README, Speed.
     */
    static final long PARALLEL_MIN_MULTIPLY_ADDS = 1L << 21;

    /** The threshold in force: {@link #PARALLEL_MIN_MULTIPLY_ADDS} except while the benchmark that measures it runs. */
    static volatile long parallelMinMultiplyAdds = PARALLEL_MIN_MULTIPLY_ADDS;

    static GemmPlan of(int n, int k, int m, int mr, int nr, int mc, int kcMax) {
        int kBlocks = (k + kcMax - 1) / kcMax;
        int kc = (k + kBlocks - 1) / kBlocks;
        int threads = Parallel.threads();
        boolean parallel = threads > 1 && (long) n * k * m >= parallelMinMultiplyAdds;
        int rowTiles = (n + mr - 1) / mr, panels = (m + nr - 1) / nr;
        // Even row blocks of whole tiles, each at most mc rows.
        int rowBlocks = (n + mc - 1) / mc;
        int tilesPerBlock = (rowTiles + rowBlocks - 1) / rowBlocks;
        int rowsPerBlock = tilesPerBlock * mr;
        rowBlocks = (n + rowsPerBlock - 1) / rowsPerBlock;
        // Too few row blocks to keep every thread busy (two units each, so the caller can take over
        // from a worker that another process delays): split the columns, each unit packing its rows of
        // a again (cheap next to the products), rather than shrink the rows a panel of b serves.
        int colBlocks = parallel && rowBlocks < 2 * threads
                ? Math.min(panels, (2 * threads + rowBlocks - 1) / rowBlocks) : 1;
        return new GemmPlan(rowsPerBlock, rowBlocks, colBlocks, kc, parallel);
    }

    int units() { return rowBlocks * colBlocks; }

    /** The first packed panel of column block {@code cb} among {@code panels}. */
    int firstPanel(int cb, int panels) { return (int) ((long) panels * cb / colBlocks); }

    /** One unit of a product: rows [i0, i1) of c by the packed panels [q0, q1) of b. */
    @FunctionalInterface
    interface UnitBody {
        void run(int i0, int i1, int q0, int q1);
    }

    /**
     * Runs {@code body} over every unit of a product with n rows, k steps of p and {@code panels}
     * packed panels of b's m columns, split over the pool as {@link #forUnits} does. The walk is the
     * same for every element type; {@code nanosPerMultiplyAdd} is the kernel's cost per multiply-add
     * (the float32 kernel does two in the float64 kernel's time), which sizes the pool's pieces.
     */
    void forEachUnit(int n, int k, int m, int panels, double nanosPerMultiplyAdd, UnitBody body) {
        double unitNanos = (double) rowsPerBlock * k * m / colBlocks * nanosPerMultiplyAdd;
        forUnits(unitNanos, (u0, u1) -> {
            for (int u = u0; u < u1; u++) {
                int rb = u / colBlocks, cb = u % colBlocks;
                int i0 = rb * rowsPerBlock, i1 = Math.min(n, i0 + rowsPerBlock);
                body.run(i0, i1, firstPanel(cb, panels), firstPanel(cb + 1, panels));
            }
        });
    }

    /** Splits units over the pool, or runs them here (in one piece, so the blocks stay whole) below the threshold. */
    void forUnits(double unitNanos, nn.tensor.parallel.IntRangeBody body) {
        int units = units();
        Parallel.forRange(units, parallel ? Parallel.grain(unitNanos) : units, body);
    }
}
