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
        // The offsets of c's rows are computed again after the loop, and the loop's offsets from p
        // alone: fewer integers live across the loop, so C2 keeps them all in registers (kept live,
        // two of them went to the stack and were reloaded every step).
        FloatVector s00, s01, s10, s11, s20, s21, s30, s31;
        if (first) {
            s00 = s01 = s10 = s11 = s20 = s21 = s30 = s31 = FloatVector.zero(S);
        } else {
            s00 = FloatVector.fromArray(S, c, cOff);
            s01 = FloatVector.fromArray(S, c, cOff + L);
            s10 = FloatVector.fromArray(S, c, cOff + ldc);
            s11 = FloatVector.fromArray(S, c, cOff + ldc + L);
            s20 = FloatVector.fromArray(S, c, cOff + 2 * ldc);
            s21 = FloatVector.fromArray(S, c, cOff + 2 * ldc + L);
            s30 = FloatVector.fromArray(S, c, cOff + 3 * ldc);
            s31 = FloatVector.fromArray(S, c, cOff + 3 * ldc + L);
        }
        for (int p = 0; p < kc; p++) {
            int a = aOff + MR * p, b = bOff + NR * p;
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
        s00.intoArray(c, cOff);
        s01.intoArray(c, cOff + L);
        s10.intoArray(c, cOff + ldc);
        s11.intoArray(c, cOff + ldc + L);
        s20.intoArray(c, cOff + 2 * ldc);
        s21.intoArray(c, cOff + 2 * ldc + L);
        s30.intoArray(c, cOff + 3 * ldc);
        s31.intoArray(c, cOff + 3 * ldc + L);
    }

    @Override public void packRows(float[] b, int m, int k, int p0, int p1, int q0, int q1, float[] bp) {
        for (int q = q0; q < q1; q++) {
            for (int p = p0, src = p0 * m + q * NR, dst = (q * k + p0) * NR; p < p1; p++, src += m, dst += NR) {
                FloatVector.fromArray(S, b, src).intoArray(bp, dst);
                FloatVector.fromArray(S, b, src + L).intoArray(bp, dst + L);
            }
        }
    }
}
