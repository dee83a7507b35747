package nn.tensor.kernel;

/**
 * The portable micro-kernel: the same fused multiply-add chains as {@link VectorMicroKernel}, one
 * element at a time with {@link Math#fma}, so results are bit-identical on either path.
 */
final class ScalarMicroKernel implements MicroKernel {
    private static final int NR = 8;

    @Override public int nr() { return NR; }

    @Override public void tile(int kc, double[] ap, int aOff, double[] bp, int bOff,
                               double[] c, int cOff, int ldc, boolean first) {
        for (int r = 0; r < MR; r++) {
            for (int j = 0; j < NR; j++) {
                double acc = first ? 0.0 : c[cOff + r * ldc + j];
                for (int p = 0; p < kc; p++) acc = Math.fma(ap[aOff + p * MR + r], bp[bOff + p * NR + j], acc);
                c[cOff + r * ldc + j] = acc;
            }
        }
    }

    @Override public void rowTimesMatrix(double[] x, int xOff, int xs, double[] b, int k, int m, double[] c, int cOff) {
        java.util.Arrays.fill(c, cOff, cOff + m, 0.0);
        for (int p = 0; p < k; p++) {
            double xp = x[xOff + p * xs];
            int bp = p * m;
            for (int j = 0; j < m; j++) c[cOff + j] = Math.fma(xp, b[bp + j], c[cOff + j]);
        }
    }
}
