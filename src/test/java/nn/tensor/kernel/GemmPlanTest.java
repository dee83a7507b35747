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
        assertEquals(196, GemmPlan.of(64, 784, 128, 4, 8, 128, 256).kc());
        assertEquals(256, GemmPlan.of(64, 512, 128, 4, 8, 128, 256).kc());
        assertEquals(64, GemmPlan.of(64, 64, 128, 4, 8, 128, 256).kc());
        assertEquals(251, GemmPlan.of(64, 1001, 128, 4, 8, 128, 256).kc());
    }

    @Test void rowBlocksAreWholeTilesCoveringEveryRowAndAtMostTheL2Block() {
        Parallel.setThreads(1);
        for (int n : new int[] {1, 3, 4, 64, 127, 128, 129, 300, 2048}) {
            GemmPlan plan = GemmPlan.of(n, 100, 100, 4, 8, 128, 256);
            assertEquals(0, plan.rowsPerBlock() % 4, "n = " + n);
            assertTrue(plan.rowsPerBlock() <= 128, "n = " + n);
            assertTrue((long) plan.rowBlocks() * plan.rowsPerBlock() >= n, "n = " + n);
            assertTrue((long) (plan.rowBlocks() - 1) * plan.rowsPerBlock() < n, "n = " + n);
            assertEquals(1, plan.colBlocks(), "one thread never splits columns");
        }
    }

    @Test void smallProductsStayOnOneThreadAndLargeOnesGiveEveryThreadUnits() {
        Parallel.setThreads(2);
        GemmPlan small = GemmPlan.of(16, 16, 16, 4, 8, 128, 256);
        assertFalse(small.parallel());
        GemmPlan fewRows = GemmPlan.of(64, 784, 128, 4, 8, 128, 256);
        assertTrue(fewRows.parallel());
        assertTrue(fewRows.units() >= 4, "one row block is split by columns");
        assertEquals(0, fewRows.firstPanel(0, 16));
        assertEquals(16, fewRows.firstPanel(fewRows.colBlocks(), 16));
        GemmPlan manyRows = GemmPlan.of(2048, 2048, 2048, 4, 8, 128, 256);
        assertEquals(1, manyRows.colBlocks());
        assertEquals(16, manyRows.rowBlocks());
    }
}
