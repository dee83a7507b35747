package nn.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatmulTest {
    /** Shapes n×k·k×m covering vectors, empty sizes, the small and the packed kernels, odd tails. */
    private static List<int[]> shapes() {
        List<int[]> s = new ArrayList<>(List.of(
                new int[] {1, 1, 1}, new int[] {1, 7, 1}, new int[] {1, 5, 9}, new int[] {9, 5, 1},
                new int[] {7, 1, 8}, new int[] {0, 3, 4}, new int[] {3, 0, 4}, new int[] {3, 4, 0},
                new int[] {0, 0, 0}, new int[] {4, 4, 16}, new int[] {5, 3, 17}, new int[] {64, 784, 128},
                new int[] {64, 128, 64}, new int[] {64, 64, 10}, new int[] {33, 131, 259}, new int[] {130, 257, 70},
                new int[] {2, 9, 20}, new int[] {4, 9, 20}, new int[] {5, 9, 1030}, new int[] {7, 300, 600}));
        Rng rng = new Rng(11);
        for (int t = 0; t < 25; t++) s.add(new int[] {1 + rng.nextInt(40), 1 + rng.nextInt(300), 1 + rng.nextInt(300)});
        return s;
    }

    @Test void matmulEqualsTheNaiveTripleLoopBitForBit() {
        Rng rng = new Rng(1);
        for (int[] s : shapes()) {
            Matrix a = Naive.random(rng, s[0], s[1]), b = Naive.random(rng, s[1], s[2]);
            Matrix c = MatrixOps.matmul(a, b);
            assertEquals(s[0], c.rows());
            assertEquals(s[2], c.cols());
            assertArrayEquals(Naive.matmul(a, b).data(), c.data(), () -> "shape " + s[0] + "×" + s[1] + "·" + s[1] + "×" + s[2]);
        }
    }

    @Test void transposedLeftOperandEqualsMultiplyingTheTranspose() {
        Rng rng = new Rng(2);
        for (int[] s : shapes()) {
            Matrix at = Naive.random(rng, s[1], s[0]), b = Naive.random(rng, s[1], s[2]);
            assertArrayEquals(Naive.matmul(Naive.transpose(at), b).data(), MatrixOps.matmulTransA(at, b).data(),
                    () -> "aᵀ·b with a " + s[1] + "×" + s[0]);
        }
    }

    @Test void transposedRightOperandEqualsMultiplyingByTheTranspose() {
        Rng rng = new Rng(3);
        for (int[] s : shapes()) {
            Matrix a = Naive.random(rng, s[0], s[1]), bt = Naive.random(rng, s[2], s[1]);
            assertArrayEquals(Naive.matmul(a, Naive.transpose(bt)).data(), MatrixOps.matmulTransB(a, bt).data(),
                    () -> "a·bᵀ with b " + s[2] + "×" + s[1]);
        }
    }

    @Test void matmulOfRowByColumnGivesTheDotProductAsUsersWriteIt() {
        Matrix c = MatrixOps.matmul(Matrix.row(2, 3), Matrix.of(new double[] {.11}, new double[] {.21}));
        assertEquals(Math.fma(3, 0.21, 2 * 0.11), c.item());
        assertEquals("0.8500", String.format("%.4f", c.item()));
    }

    @Test void emptyInnerSizeGivesZeros() {
        assertEquals(Matrix.zeros(2, 3), MatrixOps.matmul(Matrix.zeros(2, 0), Matrix.zeros(0, 3)));
        assertEquals(Matrix.zeros(2, 3), MatrixOps.matmulTransA(Matrix.zeros(0, 2), Matrix.zeros(0, 3)));
        assertEquals(Matrix.zeros(2, 3), MatrixOps.matmulTransB(Matrix.zeros(2, 0), Matrix.zeros(3, 0)));
    }

    @Test void mismatchedInnerSizesNameBothShapes() {
        ShapeException e = assertThrows(ShapeException.class, () -> MatrixOps.matmul(Matrix.zeros(2, 3), Matrix.zeros(2, 4)));
        assertEquals("cannot multiply 2×3 by 2×4: inner sizes differ (3 vs 2)", e.getMessage());
    }

    @Test void mismatchedTransposedOperandsNameTheEffectiveShapes() {
        ShapeException e = assertThrows(ShapeException.class, () -> MatrixOps.matmulTransA(Matrix.zeros(2, 3), Matrix.zeros(4, 5)));
        assertEquals("cannot multiply 3×2 (the transpose of 2×3) by 4×5: inner sizes differ (2 vs 4)", e.getMessage());
        e = assertThrows(ShapeException.class, () -> MatrixOps.matmulTransB(Matrix.zeros(2, 3), Matrix.zeros(4, 5)));
        assertEquals("cannot multiply 2×3 by 5×4 (the transpose of 4×5): inner sizes differ (3 vs 5)", e.getMessage());
    }

    @Test void transposeSwapsRowsAndColumns() {
        Rng rng = new Rng(4);
        for (int[] s : new int[][] {{1, 1}, {1, 9}, {9, 1}, {0, 5}, {33, 65}, {100, 31}}) {
            Matrix a = Naive.random(rng, s[0], s[1]);
            assertEquals(Naive.transpose(a), MatrixOps.transpose(a));
        }
    }
}
