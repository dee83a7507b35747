package nn.tensor.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

class KernelContractTest {
    @Test void productKernelsRejectAnOutputOfTheWrongShape() {
        Matrix a = Matrix.zeros(2, 3), b = Matrix.zeros(3, 4);
        assertThrows(IllegalArgumentException.class, () -> MatMul.mult(a, b, Matrix.zeros(2, 5)));
        assertThrows(IllegalArgumentException.class, () -> MatMul.multTransA(a, b, Matrix.zeros(3, 4)));
        assertThrows(IllegalArgumentException.class, () -> MatMul.multTransB(a, b, Matrix.zeros(2, 3)));
    }

    @Test void productKernelsOverwriteWhateverTheOutputHeld() {
        Matrix a = Matrix.of(new double[] {1, 2}, new double[] {3, 4}), out = Matrix.filled(2, 2, 99);
        MatMul.mult(a, a, out);
        assertArrayEquals(new double[] {7, 10, 15, 22}, out.data());
        Matrix wide = Matrix.filled(4, 20, 0.5), big = Matrix.filled(4, 4, 99);
        MatMul.multTransB(wide, wide, big);
        assertArrayEquals(Matrix.filled(4, 4, 5).data(), big.data());
    }

    @Test void mapMayWriteIntoItsInput() {
        Matrix a = Matrix.row(1, 2, 3);
        Elementwise.map(a, a, x -> x * 10);
        assertArrayEquals(new double[] {10, 20, 30}, a.data());
    }

    @Test void zipRejectsAnOutputTheOperandsDoNotBroadcastTo() {
        assertThrows(IllegalArgumentException.class,
                () -> Elementwise.zip(Matrix.zeros(2, 3), Matrix.zeros(1, 3), Matrix.zeros(2, 4), Arithmetic.ADD));
    }

    @Test void transposeRejectsAnOutputOfTheWrongShape() {
        assertThrows(IllegalArgumentException.class, () -> Transpose.transpose(Matrix.zeros(2, 3), Matrix.zeros(2, 3)));
    }
}
