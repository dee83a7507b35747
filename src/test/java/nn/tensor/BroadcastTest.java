package nn.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BroadcastTest {
    private final Matrix m = Matrix.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});

    @Test void scalarStretchesOverEveryElement() {
        assertEquals(Matrix.of(new double[] {11, 12, 13}, new double[] {14, 15, 16}), MatrixOps.add(m, Matrix.scalar(10)));
        assertEquals(Matrix.of(new double[] {9, 8, 7}, new double[] {6, 5, 4}), MatrixOps.sub(Matrix.scalar(10), m));
    }

    @Test void rowStretchesOverTheRowsOfAMatrix() {
        Matrix r = Matrix.row(10, 20, 30);
        assertEquals(Matrix.of(new double[] {10, 40, 90}, new double[] {40, 100, 180}), MatrixOps.mul(m, r));
        assertEquals(Matrix.of(new double[] {10, 10, 10}, new double[] {2.5, 4, 5}), MatrixOps.div(r, m));
    }

    @Test void columnStretchesOverTheColumnsOfAMatrix() {
        Matrix c = Matrix.of(new double[] {100}, new double[] {200});
        assertEquals(Matrix.of(new double[] {101, 102, 103}, new double[] {204, 205, 206}), MatrixOps.add(m, c));
        assertEquals(Matrix.of(new double[] {99, 98, 97}, new double[] {196, 195, 194}), MatrixOps.sub(c, m));
    }

    @Test void rowAgainstColumnGivesTheOuterShape() {
        Matrix sum = MatrixOps.add(Matrix.row(1, 2, 3), Matrix.of(new double[] {10}, new double[] {20}));
        assertEquals(Matrix.of(new double[] {11, 12, 13}, new double[] {21, 22, 23}), sum);
    }

    @Test void genericZipBroadcastsLikeArithmetic() {
        Matrix r = Matrix.row(3, 1, 4);
        assertEquals(MatrixOps.maximum(m, r), Matrix.of(new double[] {3, 2, 4}, new double[] {4, 5, 6}));
        assertEquals(Matrix.of(new double[] {1, 4, 9}, new double[] {16, 25, 36}), MatrixOps.pow(m, Matrix.scalar(2)));
    }

    @Test void largeBroadcastMatchesElementByElement() {
        Rng rng = new Rng(5);
        Matrix big = rng.uniform(300, 200, -1, 1), row = rng.uniform(1, 200, -1, 1), col = rng.uniform(300, 1, -1, 1);
        Matrix sum = MatrixOps.add(big, row), prod = MatrixOps.mul(col, big);
        for (int i = 0; i < 300; i++)
            for (int j = 0; j < 200; j++) {
                assertEquals(big.get(i, j) + row.get(0, j), sum.get(i, j));
                assertEquals(col.get(i, 0) * big.get(i, j), prod.get(i, j));
            }
    }

    @Test void emptyMatricesBroadcastToEmpty() {
        Matrix e = Matrix.zeros(0, 3);
        assertEquals(Matrix.zeros(0, 3), MatrixOps.add(e, Matrix.row(1, 2, 3)));
        assertEquals(Matrix.zeros(0, 3), MatrixOps.mul(e, Matrix.scalar(2)));
    }

    @Test void incompatibleShapesNameBothShapes() {
        ShapeException e = assertThrows(ShapeException.class, () -> MatrixOps.add(m, Matrix.of(new double[] {1, 2}, new double[] {3, 4}, new double[] {5, 6})));
        assertEquals("cannot add 2×3 and 3×2: shapes do not broadcast", e.getMessage());
        e = assertThrows(ShapeException.class, () -> MatrixOps.mul(m, Matrix.row(1, 2)));
        assertEquals("cannot multiply elementwise 2×3 and 1×2: shapes do not broadcast", e.getMessage());
    }

    @Test void mapAppliesTheFunctionToEveryElement() {
        assertArrayEquals(new double[] {-1, -2, -3, -4, -5, -6}, MatrixOps.neg(m).data());
        assertArrayEquals(new double[] {2, 3, 4, 5, 6, 7}, MatrixOps.mapInOrder(m, x -> x + 1).data());
    }
}
