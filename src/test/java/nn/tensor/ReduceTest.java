package nn.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import nn.tensor.kernel.Reduce;
import org.junit.jupiter.api.Test;

class ReduceTest {
    private final Matrix m = Matrix.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});

    @Test void sumAndMeanOfASmallMatrix() {
        assertEquals(21, MatrixOps.sum(m));
        assertEquals(3.5, MatrixOps.mean(m));
    }

    @Test void sumUpToOneBlockIsTheLeftToRightSum() {
        Matrix a = new Rng(7).uniform(1, Reduce.BLOCK, -1, 1);
        double s = 0;
        for (double v : a.data()) s += v;
        assertEquals(s, MatrixOps.sum(a));
    }

    @Test void sumOfManyBlocksAddsBlockSumsInOrder() {
        Matrix a = new Rng(8).uniform(37, 1001, -1, 1);
        double total = 0;
        double[] x = a.data();
        for (int start = 0; start < x.length; start += Reduce.BLOCK) {
            double block = 0;
            for (int i = start; i < Math.min(x.length, start + Reduce.BLOCK); i++) block += x[i];
            total += block;
        }
        assertEquals(total, MatrixOps.sum(a));
    }

    @Test void maxAndMinFindTheExtremes() {
        Matrix a = new Rng(9).uniform(90, 100, -1, 1);
        a.data()[4321] = 5;
        a.data()[8765] = -5;
        assertEquals(5, MatrixOps.max(a));
        assertEquals(-5, MatrixOps.min(a));
        assertEquals(Double.NEGATIVE_INFINITY, MatrixOps.max(Matrix.zeros(0, 0)));
    }

    @Test void sumRowsAddsDownEachColumn() {
        assertEquals(Matrix.row(5, 7, 9), MatrixOps.sumRows(m));
        Matrix a = new Rng(10).uniform(200, 300, -1, 1);
        Matrix s = MatrixOps.sumRows(a);
        for (int c = 0; c < 300; c++) {
            double col = 0;
            for (int r = 0; r < 200; r++) col += a.get(r, c);
            assertEquals(col, s.get(0, c));
        }
    }

    @Test void sumColsAddsAlongEachRow() {
        assertEquals(Matrix.of(new double[] {6}, new double[] {15}), MatrixOps.sumCols(m));
        Matrix a = new Rng(12).uniform(300, 200, -1, 1);
        Matrix s = MatrixOps.sumCols(a);
        for (int r = 0; r < 300; r++) {
            double row = 0;
            for (int c = 0; c < 200; c++) row += a.get(r, c);
            assertEquals(row, s.get(r, 0));
        }
    }

    @Test void reduceToUndoesRowAndColumnBroadcasting() {
        assertEquals(Matrix.row(5, 7, 9), MatrixOps.reduceTo(m, 1, 3));
        assertEquals(Matrix.of(new double[] {6}, new double[] {15}), MatrixOps.reduceTo(m, 2, 1));
        assertEquals(Matrix.scalar(21), MatrixOps.reduceTo(m, 1, 1));
        assertEquals(m, MatrixOps.reduceTo(m, 2, 3));
    }

    @Test void argmaxRowsPicksTheFirstLargestOfEachRow() {
        Matrix a = Matrix.of(new double[] {0.1, 0.7, 0.2}, new double[] {3, -1, 3}, new double[] {-5, -4, -6});
        assertArrayEquals(new double[] {1, 0, 1}, MatrixOps.argmaxRows(a).data());
        Matrix big = new Rng(13).uniform(500, 10, -1, 1);
        Matrix idx = MatrixOps.argmaxRows(big);
        for (int r = 0; r < 500; r++) {
            int best = 0;
            for (int c = 1; c < 10; c++) if (big.get(r, c) > big.get(r, best)) best = c;
            assertEquals(best, (int) idx.get(r, 0));
        }
    }
}
