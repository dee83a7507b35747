package nn.data;

import static org.junit.jupiter.api.Assertions.*;

import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

class StandardizationTest {
    private static Dataset table(double[]... rows) {
        return Dataset.regression("t", Matrix.of(rows), Matrix.zeros(rows.length, 1));
    }

    @Test void featuresGetZeroMeanAndUnitStd() {
        Standardization.Result r = Standardization.normalize(table(new double[] {1, 10}, new double[] {3, 10}, new double[] {5, 10}));
        assertArrayEquals(new double[] {3, 10}, r.stats().mean());
        assertEquals(Math.sqrt(8.0 / 3), r.stats().std()[0], 1e-15);
        Matrix x = r.data().inputs();
        assertEquals(-Math.sqrt(1.5), x.get(0, 0), 1e-12);
        assertEquals(0.0, x.get(1, 0));
        assertEquals(Math.sqrt(1.5), x.get(2, 0), 1e-12);
    }

    @Test void constantColumnBecomesZerosNotNaNAndIsReported() {
        Standardization.Result r = Standardization.normalize(table(new double[] {1, 10}, new double[] {3, 10}));
        assertArrayEquals(new int[] {1}, r.stats().constantColumns());
        assertEquals(0.0, r.data().inputs().get(0, 1));
        assertEquals(0.0, r.data().inputs().get(1, 1));
    }

    @Test void testDataIsScaledWithTheTrainingStatistics() {
        Standardization train = Standardization.fit(table(new double[] {0}, new double[] {2}));
        assertEquals(Matrix.of(new double[] {3}), train.apply(table(new double[] {4})).inputs());
        assertThrows(DataException.class, () -> train.apply(Matrix.zeros(1, 2)));
    }
}
