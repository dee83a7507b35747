package nn.tensor.kernel;

/** The four arithmetic operations, each with its own loops (see {@link BinaryKernel}). */
public enum Arithmetic implements BinaryKernel {
    ADD {
        @Override public double applyAsDouble(double x, double y) { return x + y; }
        @Override public void same(double[] x, double[] y, double[] o, int from, int to) {
            for (int i = from; i < to; i++) o[i] = x[i] + y[i];
        }
        @Override public void sameScalar(double[] x, double y, double[] o, int from, int to) {
            for (int i = from; i < to; i++) o[i] = x[i] + y;
        }
        @Override public void scalarSame(double x, double[] y, double[] o, int from, int to) {
            for (int i = from; i < to; i++) o[i] = x + y[i];
        }
        @Override public void vectorVector(double[] x, int xo, double[] y, int yo, double[] o, int oo, int len) {
            for (int i = 0; i < len; i++) o[oo + i] = x[xo + i] + y[yo + i];
        }
        @Override public void vectorScalar(double[] x, int xo, double y, double[] o, int oo, int len) {
            for (int i = 0; i < len; i++) o[oo + i] = x[xo + i] + y;
        }
        @Override public void scalarVector(double x, double[] y, int yo, double[] o, int oo, int len) {
            for (int i = 0; i < len; i++) o[oo + i] = x + y[yo + i];
        }
    },
    SUB {
        @Override public double applyAsDouble(double x, double y) { return x - y; }
        @Override public void same(double[] x, double[] y, double[] o, int from, int to) {
            for (int i = from; i < to; i++) o[i] = x[i] - y[i];
        }
        @Override public void sameScalar(double[] x, double y, double[] o, int from, int to) {
            for (int i = from; i < to; i++) o[i] = x[i] - y;
        }
        @Override public void scalarSame(double x, double[] y, double[] o, int from, int to) {
            for (int i = from; i < to; i++) o[i] = x - y[i];
        }
        @Override public void vectorVector(double[] x, int xo, double[] y, int yo, double[] o, int oo, int len) {
            for (int i = 0; i < len; i++) o[oo + i] = x[xo + i] - y[yo + i];
        }
        @Override public void vectorScalar(double[] x, int xo, double y, double[] o, int oo, int len) {
            for (int i = 0; i < len; i++) o[oo + i] = x[xo + i] - y;
        }
        @Override public void scalarVector(double x, double[] y, int yo, double[] o, int oo, int len) {
            for (int i = 0; i < len; i++) o[oo + i] = x - y[yo + i];
        }
    },
    MUL {
        @Override public double applyAsDouble(double x, double y) { return x * y; }
        @Override public void same(double[] x, double[] y, double[] o, int from, int to) {
            for (int i = from; i < to; i++) o[i] = x[i] * y[i];
        }
        @Override public void sameScalar(double[] x, double y, double[] o, int from, int to) {
            for (int i = from; i < to; i++) o[i] = x[i] * y;
        }
        @Override public void scalarSame(double x, double[] y, double[] o, int from, int to) {
            for (int i = from; i < to; i++) o[i] = x * y[i];
        }
        @Override public void vectorVector(double[] x, int xo, double[] y, int yo, double[] o, int oo, int len) {
            for (int i = 0; i < len; i++) o[oo + i] = x[xo + i] * y[yo + i];
        }
        @Override public void vectorScalar(double[] x, int xo, double y, double[] o, int oo, int len) {
            for (int i = 0; i < len; i++) o[oo + i] = x[xo + i] * y;
        }
        @Override public void scalarVector(double x, double[] y, int yo, double[] o, int oo, int len) {
            for (int i = 0; i < len; i++) o[oo + i] = x * y[yo + i];
        }
    },
    DIV {
        @Override public double applyAsDouble(double x, double y) { return x / y; }
        @Override public void same(double[] x, double[] y, double[] o, int from, int to) {
            for (int i = from; i < to; i++) o[i] = x[i] / y[i];
        }
        @Override public void sameScalar(double[] x, double y, double[] o, int from, int to) {
            for (int i = from; i < to; i++) o[i] = x[i] / y;
        }
        @Override public void scalarSame(double x, double[] y, double[] o, int from, int to) {
            for (int i = from; i < to; i++) o[i] = x / y[i];
        }
        @Override public void vectorVector(double[] x, int xo, double[] y, int yo, double[] o, int oo, int len) {
            for (int i = 0; i < len; i++) o[oo + i] = x[xo + i] / y[yo + i];
        }
        @Override public void vectorScalar(double[] x, int xo, double y, double[] o, int oo, int len) {
            for (int i = 0; i < len; i++) o[oo + i] = x[xo + i] / y;
        }
        @Override public void scalarVector(double x, double[] y, int yo, double[] o, int oo, int len) {
            for (int i = 0; i < len; i++) o[oo + i] = x / y[yo + i];
        }
    }
}
