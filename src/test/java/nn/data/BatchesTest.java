package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import org.junit.jupiter.api.Test;

class BatchesTest {
    private static Dataset numbered(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = i;
        return Dataset.regression("numbered", new Matrix(n, 1, x), new Matrix(n, 1, x.clone()));
    }

    private static List<Integer> rowsSeen(Batches batches) {
        List<Integer> seen = new ArrayList<>();
        for (Batches.Batch b : batches) {
            for (int i = 0; i < b.size(); i++) {
                assertEquals(b.rows()[i], (int) b.inputs().get(i, 0));
                assertEquals(b.rows()[i], (int) b.targets().get(i, 0));
                seen.add(b.rows()[i]);
            }
        }
        return seen;
    }

    @Test void inOrderBatchesCoverEveryRowOnceWithAPartialLastBatch() {
        Batches b = Batches.inOrder(numbered(10), 4);
        assertEquals(3, b.count());
        List<Integer> sizes = new ArrayList<>();
        for (Batches.Batch batch : b) sizes.add(batch.size());
        assertEquals(List.of(4, 4, 2), sizes);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), rowsSeen(b));
    }

    @Test void shuffledBatchesCoverEveryRowOnceInASeededOrder() {
        List<Integer> seen = rowsSeen(Batches.shuffled(numbered(23), 5, 9));
        assertEquals(23, seen.size());
        assertEquals(23, seen.stream().distinct().count());
        assertEquals(seen, rowsSeen(Batches.shuffled(numbered(23), 5, 9)));
        assertNotEquals(seen, rowsSeen(Batches.shuffled(numbered(23), 5, 10)));
    }

    @Test void oneRngGivesAFreshOrderEachEpoch() {
        Rng rng = new Rng(4);
        assertNotEquals(rowsSeen(Batches.shuffled(numbered(20), 20, rng)), rowsSeen(Batches.shuffled(numbered(20), 20, rng)));
    }

    @Test void withoutInputsKeepsTheRowsAndTargetsAndLeavesTheInputsOut() {
        List<Integer> expected = rowsSeen(Batches.shuffled(numbered(23), 5, 9));
        List<Integer> seen = new ArrayList<>();
        for (Batches.Batch b : Batches.shuffled(numbered(23), 5, 9).withoutInputs()) {
            assertNull(b.inputs());
            for (int i = 0; i < b.size(); i++) {
                assertEquals(b.rows()[i], (int) b.targets().get(i, 0));
                seen.add(b.rows()[i]);
            }
        }
        assertEquals(expected, seen);
    }

    @Test void fullBatchIsTheWholeDataset() {
        Batches b = Batches.full(numbered(7));
        assertEquals(1, b.count());
        assertEquals(7, b.iterator().next().size());
    }

    @Test void batchSizeBelowOneIsRejected() {
        assertEquals("the batch size must be at least 1, not 0",
                assertThrows(DataException.class, () -> Batches.inOrder(numbered(3), 0)).getMessage());
    }
}
