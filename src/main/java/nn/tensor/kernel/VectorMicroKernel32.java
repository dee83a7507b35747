package nn.tensor.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 SIMD micro-kernel: a 4 × (2 vectors) tile of c in eight registers (with AVX2, 4 × 16
 * floats) while p runs through the packed panels — two loads of b, four broadcasts of a and eight
 * fused multiply-adds per step, twice the elements per instruction of the float64 kernel. Lane j of
 * accumulator (r, v) is {@code fma(a[r][p], b[p][j], acc)} in ascending p, as {@link ScalarMicroKernel32}.
 */
final class VectorMicroKernel32 implements MicroKernel32 {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int NR = 2 * L;

    @Override public int nr() { return NR; }

    @Override public void tile(int kc, float[] ap, int aOff, float[] bp, int bOff, float[] c, int cOff, int ldc, boolean first) {
        int c0 = cOff, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
        FloatVector z = FloatVector.zero(S);
        FloatVector s00 = first ? z : FloatVector.fromArray(S, c, c0);
        FloatVector s01 = first ? z : FloatVector.fromArray(S, c, c0 + L);
        FloatVector s10 = first ? z : FloatVector.fromArray(S, c, c1);
        FloatVector s11 = first ? z : FloatVector.fromArray(S, c, c1 + L);
        FloatVector s20 = first ? z : FloatVector.fromArray(S, c, c2);
        FloatVector s21 = first ? z : FloatVector.fromArray(S, c, c2 + L);
        FloatVector s30 = first ? z : FloatVector.fromArray(S, c, c3);
        FloatVector s31 = first ? z : FloatVector.fromArray(S, c, c3 + L);
        int a = aOff, b = bOff;
        for (int p = 0; p < kc; p++, a += MR, b += NR) {
            FloatVector b0 = FloatVector.fromArray(S, bp, b);
            FloatVector b1 = FloatVector.fromArray(S, bp, b + L);
            FloatVector x = FloatVector.broadcast(S, ap[a]);
            s00 = x.fma(b0, s00);
            s01 = x.fma(b1, s01);
            x = FloatVector.broadcast(S, ap[a + 1]);
            s10 = x.fma(b0, s10);
            s11 = x.fma(b1, s11);
            x = FloatVector.broadcast(S, ap[a + 2]);
            s20 = x.fma(b0, s20);
            s21 = x.fma(b1, s21);
            x = FloatVector.broadcast(S, ap[a + 3]);
            s30 = x.fma(b0, s30);
            s31 = x.fma(b1, s31);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + L);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + L);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + L);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + L);
    }
}
