package nn.tensor.kernel;

import java.util.Random;

/** Operands for the kernel tests: uniform in [-0.5, 0.5), and their float32 roundings. */
final class TestArrays {
    private TestArrays() {}

    static double[] random(Random rnd, int size) {
        double[] x = new double[size];
        for (int i = 0; i < size; i++) x[i] = rnd.nextDouble() - 0.5;
        return x;
    }

    static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) f[i] = (float) x[i];
        return f;
    }
}
