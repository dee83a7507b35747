package nn.tensor.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The float32 SIMD micro-kernel: a 4 × (2 vectors) tile of c in eight registers (with AVX2, 4 × 16
 * floats) while p runs through the packed panels — two loads of b, four broadcasts of a and eight
 * fused multiply-adds per step, twice the elements per instruction of the float64 kernel. Lane j of
 * accumulator (r, v) is {@code fma(a[r][p], b[p][j], acc)} in ascending p, as {@link ScalarMicroKernel32}.
 *
 * <p>Sixth round (2026-11-30, load average 5–12, one JVM, interleaved rounds of thread CPU time): this
 * tile's loop alone runs at 72–80 GFLOPS (96 rows × 8 panels, kc = 196–512; the core's float32 fma peak is
 * about 83), whole products at 45–77 in the same minutes. Packing a element by element took 1.0 (a·b) and
 * 0.9 (aᵀ·b) ns an element, 10–25% of the MLP's 512-row products; {@link #packA} now does it with vectors
 * (0.32 and 0.52 ns), products 9–31% faster. A tile that broadcasts from four row streams of a instead
 * (a's rows read in place or copied row by row, no transposing) ran 5–10% slower in its own loop and
 * −9% to +21% in products, so the interleaved panel stays. See README, Speed, "Sixth round".
 *
 * <p>Seventh round (branch gemm32; docs/speed.md): a product's time split into its pieces showed the tile
 * loop at 93–97% of n = 256–1024 and of the MLP's aᵀ·b, but packing a·bᵀ's b (element by element) at 24–29%
 * of the MLP's 64×512·(512×512)ᵀ; {@link #packTransposedPanels} now transposes it eight by eight in registers
 * (1.0 → 0.43–0.53 ns an element; those products 1.12–1.25×). A gather of eight rows per step packed slower
 * (0.66–2.0 ns).
 */
final class VectorMicroKernel32 implements MicroKernel32 {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int NR = 2 * L;
    // Two tiles at once (sixteen accumulators) only where 512-bit vectors come with 32 registers (AVX-512);
    // with AVX2's sixteen, they would spill (see the class comment).
    private static final boolean PAIRS = S.vectorBitSize() >= 512;

    // Packing a: four rows of eight floats transposed in registers (256-bit vectors, where the machine
    // has them), and aᵀ's four adjacent values per step moved as one 128-bit vector.
    private static final VectorSpecies<Float> E = FloatVector.SPECIES_256;
    private static final VectorSpecies<Float> Q = FloatVector.SPECIES_128;
    private static final boolean WIDE = S.vectorBitSize() >= 256;
    private static final VectorShuffle<Float> PAIRS_LO = VectorShuffle.fromValues(E, 0, 8, 1, 9, 2, 10, 3, 11);
    private static final VectorShuffle<Float> PAIRS_HI = VectorShuffle.fromValues(E, 4, 12, 5, 13, 6, 14, 7, 15);
    private static final VectorShuffle<Float> QUADS_LO = VectorShuffle.fromValues(E, 0, 1, 8, 9, 2, 3, 10, 11);
    private static final VectorShuffle<Float> QUADS_HI = VectorShuffle.fromValues(E, 4, 5, 12, 13, 6, 7, 14, 15);
    private static final VectorShuffle<Float> HALVES_LO = VectorShuffle.fromValues(E, 0, 1, 2, 3, 8, 9, 10, 11);
    private static final VectorShuffle<Float> HALVES_HI = VectorShuffle.fromValues(E, 4, 5, 6, 7, 12, 13, 14, 15);

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

    @Override public boolean pairs() { return PAIRS; }

    @Override public void tilePair(int kc, float[] ap, int aOff, float[] bp, int bOff, float[] c, int cOff, int ldc, boolean first) {
        FloatVector s00, s01, s10, s11, s20, s21, s30, s31, s40, s41, s50, s51, s60, s61, s70, s71;
        if (first) {
            s00 = s01 = s10 = s11 = s20 = s21 = s30 = s31 = s40 = s41 = s50 = s51 = s60 = s61 = s70 = s71 = FloatVector.zero(S);
        } else {
            s00 = FloatVector.fromArray(S, c, cOff);
            s01 = FloatVector.fromArray(S, c, cOff + L);
            s10 = FloatVector.fromArray(S, c, cOff + ldc);
            s11 = FloatVector.fromArray(S, c, cOff + ldc + L);
            s20 = FloatVector.fromArray(S, c, cOff + 2 * ldc);
            s21 = FloatVector.fromArray(S, c, cOff + 2 * ldc + L);
            s30 = FloatVector.fromArray(S, c, cOff + 3 * ldc);
            s31 = FloatVector.fromArray(S, c, cOff + 3 * ldc + L);
            s40 = FloatVector.fromArray(S, c, cOff + 4 * ldc);
            s41 = FloatVector.fromArray(S, c, cOff + 4 * ldc + L);
            s50 = FloatVector.fromArray(S, c, cOff + 5 * ldc);
            s51 = FloatVector.fromArray(S, c, cOff + 5 * ldc + L);
            s60 = FloatVector.fromArray(S, c, cOff + 6 * ldc);
            s61 = FloatVector.fromArray(S, c, cOff + 6 * ldc + L);
            s70 = FloatVector.fromArray(S, c, cOff + 7 * ldc);
            s71 = FloatVector.fromArray(S, c, cOff + 7 * ldc + L);
        }
        for (int p = 0; p < kc; p++) {
            int a = aOff + MR * p, a2 = a + MR * kc, b = bOff + NR * p;
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
            x = FloatVector.broadcast(S, ap[a2]);
            s40 = x.fma(b0, s40);
            s41 = x.fma(b1, s41);
            x = FloatVector.broadcast(S, ap[a2 + 1]);
            s50 = x.fma(b0, s50);
            s51 = x.fma(b1, s51);
            x = FloatVector.broadcast(S, ap[a2 + 2]);
            s60 = x.fma(b0, s60);
            s61 = x.fma(b1, s61);
            x = FloatVector.broadcast(S, ap[a2 + 3]);
            s70 = x.fma(b0, s70);
            s71 = x.fma(b1, s71);
        }
        s00.intoArray(c, cOff);
        s01.intoArray(c, cOff + L);
        s10.intoArray(c, cOff + ldc);
        s11.intoArray(c, cOff + ldc + L);
        s20.intoArray(c, cOff + 2 * ldc);
        s21.intoArray(c, cOff + 2 * ldc + L);
        s30.intoArray(c, cOff + 3 * ldc);
        s31.intoArray(c, cOff + 3 * ldc + L);
        s40.intoArray(c, cOff + 4 * ldc);
        s41.intoArray(c, cOff + 4 * ldc + L);
        s50.intoArray(c, cOff + 5 * ldc);
        s51.intoArray(c, cOff + 5 * ldc + L);
        s60.intoArray(c, cOff + 6 * ldc);
        s61.intoArray(c, cOff + 6 * ldc + L);
        s70.intoArray(c, cOff + 7 * ldc);
        s71.intoArray(c, cOff + 7 * ldc + L);
    }

    @Override public void packA(float[] a, int ars, int acs, int ic, int mc, int tiles, int pc, int kc, float[] ap) {
        int whole = mc / MR, t = 0;
        if (acs == 1 && WIDE) {
            for (; t < whole; t++) packRowsTransposed(a, ars, ic + t * MR, pc, kc, ap, t * kc * MR);
        } else if (ars == 1) {
            for (; t < whole; t++) packColumns(a, acs, ic + t * MR + pc * acs, kc, ap, t * kc * MR);
        }
        for (; t < tiles; t++) MicroKernel32.packTile(a, ars, acs, ic, mc, t, pc, kc, ap);
    }

    // a·b: rows i..i+3 of a, eight steps at a time: interleaved in pairs (r0 r1, r2 r3), then the pairs
    // in twos, giving ap's order (p, r) in four stores.
    private static void packRowsTransposed(float[] a, int ars, int i, int pc, int kc, float[] ap, int d) {
        int s0 = i * ars + pc, s1 = s0 + ars, s2 = s1 + ars, s3 = s2 + ars, p = 0;
        for (; p + 8 <= kc; p += 8, d += 32) {
            FloatVector r0 = FloatVector.fromArray(E, a, s0 + p), r1 = FloatVector.fromArray(E, a, s1 + p);
            FloatVector r2 = FloatVector.fromArray(E, a, s2 + p), r3 = FloatVector.fromArray(E, a, s3 + p);
            FloatVector lo01 = r0.rearrange(PAIRS_LO, r1), hi01 = r0.rearrange(PAIRS_HI, r1);
            FloatVector lo23 = r2.rearrange(PAIRS_LO, r3), hi23 = r2.rearrange(PAIRS_HI, r3);
            lo01.rearrange(QUADS_LO, lo23).intoArray(ap, d);
            lo01.rearrange(QUADS_HI, lo23).intoArray(ap, d + 8);
            hi01.rearrange(QUADS_LO, hi23).intoArray(ap, d + 16);
            hi01.rearrange(QUADS_HI, hi23).intoArray(ap, d + 24);
        }
        for (; p < kc; p++, d += MR) {
            ap[d] = a[s0 + p];
            ap[d + 1] = a[s1 + p];
            ap[d + 2] = a[s2 + p];
            ap[d + 3] = a[s3 + p];
        }
    }

    // aᵀ·b: op(a)'s four rows are adjacent in each row of a. (Two tiles per 256-bit load, each half
    // stored to its tile, packed faster alone, 0.52 → 0.33 ns an element, but made the weight
    // gradient's product 784×512×128 5% slower: at kc = 256 the two tiles' stores are 4 KiB apart.)
    private static void packColumns(float[] a, int acs, int s, int kc, float[] ap, int d) {
        for (int p = 0; p < kc; p++, s += acs, d += MR) FloatVector.fromArray(Q, a, s).intoArray(ap, d);
    }

    // a·bᵀ's b (m×k): each panel's rows eight at a time, eight steps of each transposed in registers (pairs,
    // quads, halves: as packRowsTransposed, one round more) into eight stores of eight adjacent columns, one
    // per step. 0.43–0.53 ns an element, against 1.0 for the interface's four-rows-at-a-time copy.
    @Override public void packTransposedPanels(float[] b, int k, int q0, int q1, float[] bp) {
        if (!WIDE) {
            MicroKernel32.super.packTransposedPanels(b, k, q0, q1, bp);
            return;
        }
        for (int q = q0; q < q1; q++) {
            for (int jj = 0; jj < NR; jj += 8) {
                int s = (q * NR + jj) * k, d = q * k * NR + jj, p = 0;
                for (; p + 8 <= k; p += 8, d += 8 * NR) transpose8(b, s + p, k, bp, d);
                for (; p < k; p++, d += NR) for (int r = 0; r < 8; r++) bp[d + r] = b[s + r * k + p];
            }
        }
    }

    // Eight rows of b from s (row stride k), eight steps each, stored as eight runs of eight at d, d + NR, ...
    private static void transpose8(float[] b, int s, int k, float[] bp, int d) {
        FloatVector r0 = FloatVector.fromArray(E, b, s), r1 = FloatVector.fromArray(E, b, s + k);
        FloatVector r2 = FloatVector.fromArray(E, b, s + 2 * k), r3 = FloatVector.fromArray(E, b, s + 3 * k);
        FloatVector r4 = FloatVector.fromArray(E, b, s + 4 * k), r5 = FloatVector.fromArray(E, b, s + 5 * k);
        FloatVector r6 = FloatVector.fromArray(E, b, s + 6 * k), r7 = FloatVector.fromArray(E, b, s + 7 * k);
        FloatVector lo01 = r0.rearrange(PAIRS_LO, r1), hi01 = r0.rearrange(PAIRS_HI, r1);
        FloatVector lo23 = r2.rearrange(PAIRS_LO, r3), hi23 = r2.rearrange(PAIRS_HI, r3);
        FloatVector lo45 = r4.rearrange(PAIRS_LO, r5), hi45 = r4.rearrange(PAIRS_HI, r5);
        FloatVector lo67 = r6.rearrange(PAIRS_LO, r7), hi67 = r6.rearrange(PAIRS_HI, r7);
        // Rows 0–3 (x) and 4–7 (y) of steps (0, 1), (2, 3), (4, 5), (6, 7).
        FloatVector x01 = lo01.rearrange(QUADS_LO, lo23), x23 = lo01.rearrange(QUADS_HI, lo23);
        FloatVector x45 = hi01.rearrange(QUADS_LO, hi23), x67 = hi01.rearrange(QUADS_HI, hi23);
        FloatVector y01 = lo45.rearrange(QUADS_LO, lo67), y23 = lo45.rearrange(QUADS_HI, lo67);
        FloatVector y45 = hi45.rearrange(QUADS_LO, hi67), y67 = hi45.rearrange(QUADS_HI, hi67);
        x01.rearrange(HALVES_LO, y01).intoArray(bp, d);
        x01.rearrange(HALVES_HI, y01).intoArray(bp, d + NR);
        x23.rearrange(HALVES_LO, y23).intoArray(bp, d + 2 * NR);
        x23.rearrange(HALVES_HI, y23).intoArray(bp, d + 3 * NR);
        x45.rearrange(HALVES_LO, y45).intoArray(bp, d + 4 * NR);
        x45.rearrange(HALVES_HI, y45).intoArray(bp, d + 5 * NR);
        x67.rearrange(HALVES_LO, y67).intoArray(bp, d + 6 * NR);
        x67.rearrange(HALVES_HI, y67).intoArray(bp, d + 7 * NR);
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
