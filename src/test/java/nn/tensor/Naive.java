package nn.tensor;

/** Reference implementations written as plainly as possible, for the kernels to be compared with. */
final class Naive {
    private Naive() {}

    /** The textbook triple loop: each element a chain of fused multiply-adds over the inner index from 0 upwards. */
    static Matrix matmul(Matrix a, Matrix b) {
        int n = a.rows(), k = a.cols(), m = b.cols();
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double s = 0.0;
                for (int p = 0; p < k; p++) s = Math.fma(a.get(i, p), b.get(p, j), s);
                c[i * m + j] = s;
            }
        return new Matrix(n, m, c);
    }

    static Matrix transpose(Matrix a) {
        double[] t = new double[a.size()];
        for (int i = 0; i < a.rows(); i++)
            for (int j = 0; j < a.cols(); j++) t[j * a.rows() + i] = a.get(i, j);
        return new Matrix(a.cols(), a.rows(), t);
    }

    static Matrix random(Rng rng, int rows, int cols) { return rng.uniform(rows, cols, -1, 1); }
}
