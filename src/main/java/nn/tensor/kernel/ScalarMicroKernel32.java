package nn.tensor.kernel;

/** The portable float32 micro-kernel: the fma chains of {@link VectorMicroKernel32}, one element at a time. */
final class ScalarMicroKernel32 implements MicroKernel32 {
    private static final int NR = 16;

    @Override public int nr() { return NR; }

    @Override public void tile(int kc, float[] ap, int aOff, float[] bp, int bOff, float[] c, int cOff, int ldc, boolean first) {
        for (int r = 0; r < MR; r++) {
            for (int j = 0; j < NR; j++) {
                float acc = first ? 0f : c[cOff + r * ldc + j];
                for (int p = 0; p < kc; p++) acc = Math.fma(ap[aOff + p * MR + r], bp[bOff + p * NR + j], acc);
                c[cOff + r * ldc + j] = acc;
            }
        }
    }

    @Override public void packRows(float[] b, int m, int k, int p0, int p1, int q0, int q1, float[] bp) {
        for (int q = q0; q < q1; q++)
            for (int p = p0; p < p1; p++) System.arraycopy(b, p * m + q * NR, bp, (q * k + p) * NR, NR);
    }
}
