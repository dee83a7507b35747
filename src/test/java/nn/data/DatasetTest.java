package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

class DatasetTest {
    private static Dataset xor() {
        Matrix x = Matrix.of(new double[] {0, 0}, new double[] {0, 1}, new double[] {1, 0}, new double[] {1, 1});
        return Dataset.classification("xor", x, new int[] {0, 1, 1, 0}, 2).withNames(List.of("a", "b"), List.of());
    }

    @Test void summaryGivesRowsFeaturesClassesAndBalance() {
        assertEquals("""
                xor: 4 rows, 2 features (a, b), 2 classes
                  class 0: 2 (50.0%)
                  class 1: 2 (50.0%)""", xor().summary());
    }

    @Test void regressionSummaryHasNoClasses() {
        Dataset ds = Dataset.regression("r", Matrix.of(new double[] {1}), Matrix.of(new double[] {2, 3}));
        assertEquals(0, ds.classes());
        assertEquals("r: 1 row, 1 feature, 2 numeric targets", ds.summary());
    }

    @Test void oneHotAndBackKeepTheClasses() {
        Dataset hot = xor().oneHot();
        assertTrue(hot.isOneHot());
        assertEquals(Matrix.of(new double[] {1, 0}, new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0}), hot.targets());
        assertArrayEquals(new int[] {0, 1, 1, 0}, hot.classIndices());
        assertEquals(xor(), hot.classIndexTargets());
        assertSame(hot, hot.oneHot());
    }

    @Test void rowGivesOneInputAndTarget() {
        Dataset.Example e = xor().row(2);
        assertEquals(Matrix.row(1, 0), e.input());
        assertEquals(Matrix.row(1.0), e.target());
        assertEquals("xor has 4 rows; row 4 does not exist", assertThrows(DataException.class, () -> xor().row(4)).getMessage());
    }

    @Test void classIndexOutsideTheClassesIsRejected() {
        DataException e = assertThrows(DataException.class,
                () -> Dataset.classification("d", Matrix.of(new double[] {0}, new double[] {1}), new int[] {0, 2}, 2));
        assertEquals("d: row 2 has class 2, outside 0…1", e.getMessage());
    }

    @Test void mismatchedRowCountsAreRejected() {
        assertThrows(DataException.class, () -> Dataset.regression("d", Matrix.zeros(2, 1), Matrix.zeros(3, 1)));
    }

    @Test void oneHotOfRegressionDataIsAnError() {
        Dataset ds = Dataset.regression("r", Matrix.zeros(2, 1), Matrix.zeros(2, 1));
        assertEquals("r has numeric targets, not classes, so nn cannot one-hot encode it",
                assertThrows(DataException.class, ds::oneHot).getMessage());
    }

    @Test void classLabelsAppearInTheSummary() {
        Dataset ds = xor().withNames(List.of(), List.of("off", "on"));
        assertTrue(ds.summary().endsWith("class off: 2 (50.0%)\n  class on: 2 (50.0%)"), ds.summary());
    }
}
