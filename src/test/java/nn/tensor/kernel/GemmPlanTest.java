package nn.tensor.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nn.tensor.parallel.Parallel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a product is cut into units and blocks of p (results never depend on it: see MicroKernelTest). */
class GemmPlanTest {
    private final int original = Parallel.threads();

    @AfterEach void restore() { Parallel.setThreads(original); }

    @Test void blocksOfPAreEvenAndAtMostTheLimit() {
        Parallel.setThreads(1);
        assertEquals(196, GemmPlan.of(64, 784, 128, 4, 8, 128, 256, NANOS).kc());
        assertEquals(256, GemmPlan.of(64, 512, 128, 4, 8, 128, 256, NANOS).kc());
        assertEquals(64, GemmPlan.of(64, 64, 128, 4, 8, 128, 256, NANOS).kc());
        assertEquals(251, GemmPlan.of(64, 1001, 128, 4, 8, 128, 256, NANOS).kc());
    }

    @Test void rowBlocksAreWholeTilesCoveringEveryRowAndAtMostTheL2Block() {
        Parallel.setThreads(1);
        for (int n : new int[] {1, 3, 4, 64, 127, 128, 129, 300, 2048}) {
            GemmPlan plan = GemmPlan.of(n, 100, 100, 4, 8, 128, 256, NANOS);
            assertEquals(0, plan.rowsPerBlock() % 4, "n = " + n);
            assertTrue(plan.rowsPerBlock() <= 128, "n = " + n);
            assertTrue((long) plan.rowBlocks() * plan.rowsPerBlock() >= n, "n = " + n);
            assertTrue((long) (plan.rowBlocks() - 1) * plan.rowsPerBlock() < n, "n = " + n);
            assertEquals(1, plan.colBlocks(), "one thread never splits columns");
        }
    }

    private static final double NANOS = Cost.PACKED_MULTIPLY_ADD;

    @Test void smallProductsStayOnOneThreadAndLargeOnesGiveEveryThreadUnits() {
        Parallel.setThreads(2);
        try {
            Parallel.assumeDispatchNanos(Parallel.DEFAULT_DISPATCH_NANOS);
            GemmPlan small = GemmPlan.of(16, 16, 16, 4, 8, 128, 256, NANOS);
            assertFalse(small.parallel());
            GemmPlan fewRows = GemmPlan.of(64, 784, 512, 4, 8, 128, 256, NANOS);
            assertTrue(fewRows.parallel());
            assertEquals(2, fewRows.units(), "one row block is split by columns, one unit per thread");
            assertEquals(2, fewRows.colBlocks());
            assertEquals(0, fewRows.firstPanel(0, 64));
            assertEquals(64, fewRows.firstPanel(fewRows.colBlocks(), 64));
            GemmPlan manyRows = GemmPlan.of(2048, 2048, 2048, 4, 8, 128, 256, NANOS);
            assertEquals(1, manyRows.colBlocks());
            assertEquals(16, manyRows.rowBlocks());
            GemmPlan threeBlocks = GemmPlan.of(384, 384, 384, 4, 8, 128, 256, NANOS);
            assertEquals(8, threeBlocks.rowBlocks(), "four units for each thread, not three L2 blocks of 128 rows");
            assertEquals(48, threeBlocks.rowsPerBlock());
            assertEquals(1, threeBlocks.colBlocks());
            GemmPlan n512 = GemmPlan.of(512, 512, 512, 4, 8, 128, 256, NANOS);
            assertEquals(8, n512.rowBlocks(), "blocks of 64 rows, not four of 128");
            assertEquals(64, n512.rowsPerBlock());
            GemmPlan fewTiles = GemmPlan.of(136, 2048, 2048, 4, 8, 128, 256, NANOS);
            assertTrue(fewTiles.parallel());
            assertEquals(4, fewTiles.rowBlocks(), "34 tiles: blocks of at least 8 tiles, an even number of them");
            assertEquals(36, fewTiles.rowsPerBlock());
            GemmPlan oddShares = GemmPlan.of(1000, 1000, 1000, 4, 8, 128, 256, NANOS);
            assertEquals(8, oddShares.rowBlocks(), "eight blocks of 128 rows already give each thread four");
        } finally {
            Parallel.assumeDispatchNanos(Double.NaN);
        }
    }

    @Test void rowSplitsGiveEveryThreadAnEqualCountOfBlocksOfAtLeastEightTilesWhereTheRowsAllow() {
        try {
            Parallel.assumeDispatchNanos(0);
            for (int threads : new int[] {2, 3, 4, 8}) {
                Parallel.setThreads(threads);
                for (int mc : new int[] {128, 64}) {
                    for (int n = mc + 1; n <= 2048; n++) {
                        GemmPlan plan = GemmPlan.of(n, 2048, 2048, 4, 8, mc, 256, NANOS);
                        String where = threads + " threads, mc = " + mc + ", n = " + n;
                        assertTrue(plan.parallel(), where);
                        int rowTiles = (n + 3) / 4, tiles = plan.rowsPerBlock() / 4;
                        assertEquals(0, plan.rowsPerBlock() % 4, where);
                        assertTrue(plan.rowsPerBlock() <= mc, where + ": no block longer than the L2 block");
                        assertEquals((rowTiles + tiles - 1) / tiles, plan.rowBlocks(), where + ": every block has rows");
                        assertEquals(1, plan.colBlocks(), where);
                        if (hasEvenCut(rowTiles, (n + mc - 1) / mc, threads)) {
                            assertEquals(0, plan.rowBlocks() % threads, where + ": " + plan.rowBlocks() + " blocks");
                            assertTrue(tiles >= GemmPlan.MIN_BLOCK_TILES, where + ": blocks of " + tiles + " tiles");
                        }
                    }
                }
            }
            Parallel.setThreads(3);
            GemmPlan n256 = GemmPlan.of(256, 256, 256, 4, 8, 128, 256, NANOS);
            assertEquals(6, n256.rowBlocks(), "six blocks of 11 tiles, not eight of 8 (three threads running 3, 3 and 2)");
            assertEquals(44, n256.rowsPerBlock());
        } finally {
            Parallel.assumeDispatchNanos(Double.NaN);
        }
    }

    /**
     * Whether some multiple of the thread count, at least the L2 blocks' count and at most four per thread
     * (or the L2 count rounded up to a multiple), cuts the rows into that many blocks of at least 8 tiles.
     */
    private static boolean hasEvenCut(int rowTiles, int l2Blocks, int threads) {
        int aim = Math.max(GemmPlan.UNITS_PER_THREAD * threads, (l2Blocks + threads - 1) / threads * threads);
        for (int e = threads; e <= aim; e += threads) {
            int tiles = (rowTiles + e - 1) / e;
            if (e >= l2Blocks && tiles >= GemmPlan.MIN_BLOCK_TILES && (rowTiles + tiles - 1) / tiles == e) return true;
        }
        return false;
    }

    @Test void theBatch64ProductsOfTheSmallMlpStayOnOneThread() {
        // (64×784)·(784×128) and its weight gradient (784×64)·(64×128): 400 µs by the cost model, moving 223 µs of
        // data. Split, they ran 1.26–1.33× alone but made the whole step slower than one thread (README, Speed,
        // sixth round): at any wake-up, half of 400 + 223 µs plus the wake-up is more than 3/4 of 400 µs.
        Parallel.setThreads(2);
        try {
            for (double dispatch : new double[] {1_000, 30_000, 50_000}) {
                Parallel.assumeDispatchNanos(dispatch);
                assertFalse(GemmPlan.of(64, 784, 128, 4, 8, 128, 256, NANOS).parallel(), "forward at " + dispatch + " ns");
                assertFalse(GemmPlan.of(784, 64, 128, 4, 8, 128, 256, NANOS).parallel(), "weight gradient at " + dispatch + " ns");
                assertTrue(GemmPlan.of(512, 784, 128, 4, 8, 128, 256, NANOS).parallel(), "batch 512 at " + dispatch + " ns");
                assertTrue(GemmPlan.of(512, 512, 512, 4, 8, 128, 256, NANOS).parallel(), "n = 512 at " + dispatch + " ns");
            }
        } finally {
            Parallel.assumeDispatchNanos(Double.NaN);
        }
    }

    @Test void theSplitFollowsTheDispatchCost() {
        Parallel.setThreads(2);
        try {
            // 64×784×512 is 25.7 million multiply-adds, 1,606 µs by the cost model, and moves a core's L2 of data
            // (223 µs): (1,606 + 223) / 2 + d ≤ 3/4 of 1,606 up to d = 290 µs.
            Parallel.assumeDispatchNanos(280_000);
            assertTrue(GemmPlan.of(64, 784, 512, 4, 8, 128, 256, NANOS).parallel(), "a quarter off after a 280 µs wake-up");
            Parallel.assumeDispatchNanos(300_000);
            assertFalse(GemmPlan.of(64, 784, 512, 4, 8, 128, 256, NANOS).parallel(), "not after a 300 µs one");
            Parallel.assumeDispatchNanos(280_000);
            assertFalse(GemmPlan.of(64, 784, 512, 4, 8, 128, 256, NANOS / 2).parallel(), "float32 is twice as fast: less to share");
            Parallel.setThreads(1);
            Parallel.assumeDispatchNanos(0);
            assertFalse(GemmPlan.of(2048, 2048, 2048, 4, 8, 128, 256, NANOS).parallel(), "one thread never splits");
        } finally {
            Parallel.assumeDispatchNanos(Double.NaN);
        }
    }
}
