package nn.model;

import static org.junit.jupiter.api.Assertions.*;

import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

class Float32InputsTest {
    @Test void roundsEveryElementToFloat32RowMajor() {
        Matrix x = Matrix.of(new double[] {0.1, 1.0 / 3}, new double[] {-2.5, 1e-50});
        assertArrayEquals(new float[] {0.1f, (float) (1.0 / 3), -2.5f, 0f}, Float32Inputs.of(x));
    }

    @Test void theSameInputsGiveTheSameCopyAndOtherInputsTheirOwn() {
        Matrix x = Matrix.of(new double[] {1, 2}), y = Matrix.of(new double[] {1, 2});
        float[] first = Float32Inputs.of(x);
        assertSame(first, Float32Inputs.of(x));
        float[] other = Float32Inputs.of(y);  // equal contents, another matrix: keyed by identity
        assertNotSame(first, other);
        assertArrayEquals(first, other);
    }
}
