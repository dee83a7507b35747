package nn.tensor.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The explicit-SIMD micro-kernel: a 4 × (2 vectors) tile of c held in eight registers while p runs
 * through the packed panels, two loads of b and four broadcasts of a per step, eight fused
 * multiply-adds. Lane j of accumulator (r, v) is exactly {@code fma(a[r][p], b[p][j], acc)} in
 * ascending p, the chain {@link PortableGemm} computes with scalar fmas.
 *
 * <p>Why 4 × 2: with AVX2's sixteen registers, C2 keeps eight accumulators, two b vectors and a
 * broadcast in registers; 4 × 3 and 6 × 2 tiles (twelve accumulators) spilled and ran at half the
 * speed (19–21 against 38–41 GFLOPS of CPU time on one core in the tile's own loop): the
 * disassembly shows one accumulator kept on the stack, loaded and stored every step. A 5 × 2 tile
 * (ten accumulators, no spill) was tried on 2026-11-30: in the tile's own loop it measured 38.1
 * against 35.8 GFLOPS (best of 30 interleaved rounds, the core's fma peak 41.7), but in whole products
 * (`bench serve`, interleaved with this kernel, load average 17) it changed n = 256–1024 by −5% to
 * +9% (noise) and made the float32 kernel 30–40% slower, so 4 × 2 stays. Checked again in the fourth
 * round (JDK 25): the compiled 6 × 2 loop holds three broadcasts of a at once (C2 hoists the loads), so
 * with twelve accumulators and two b vectors one accumulator lives on the stack; 6 × 2 and 4 × 3 ran
 * whole products at 15–18 GFLOPS against 23–31 for 4 × 2, with or without C2's loop unrolling.
 *
 * <p>Fifth round (2026-11-30, load average 12–18 on the 2 cores), everything in one JVM with
 * interleaved rounds of thread CPU time: in the loop of a unit (this tile inlined, kc = 256, 96 rows
 * of a against 16 panels of b) 4 × 2 measured a mean of 43.5 GFLOPS over all 64 placements of the two
 * packed arrays modulo 64 bytes in a quieter minute (30–47 by placement) and 31.9 a few minutes later
 * at load 17 (24–40), against 44–49 for ten or eight independent fma chains without loads: the
 * placement effect seen between separate JVMs was the load, not alignment. In the same rounds 12 × 1
 * (twelve accumulators, one b vector, twelve broadcasts) measured 26–29 against 24–28 for 4 × 2, 8 × 1
 * the same as 4 × 2, 6 × 2 and 4 × 3 18–20 (spills), a broadcast-free 4 × 2 (a packed four times over)
 * 18–22, and this tile with p unrolled by 2 by hand 16–17 in whole products against 24–25 (spills).
 * The kernel's own loop ran at 28.6–29.6 while whole products ran at 24.3–25.1 in the same rounds;
 * packing took 5–8% (a) and 3–6% (b) of a product's CPU time at n = 256–512, and packing a's rows four
 * side by side instead of one at a time did not change it. So at load the loss is mostly the tile's
 * own speed on a shared core (OpenBLAS's kernel loses less there), then packing; see README, Speed.
 *
 * <p>Sixth round (branch gemm64, load average 5–12): the driver's blocks of p, not this tile, changed.
 * With blocks of 256 each tile loaded and stored its 4 × 8 piece of c k/256 times, and at n ≥ 1024 those
 * loads missed every cache (the unit's rows of c are 1–2 MiB and the packed b streaming past evicts
 * them; Java has no prefetch). Taking p whole up to k = 2048 ({@link Gemm#KC}) measured, in one JVM with
 * interleaved rounds of thread CPU time (medians of 5–7), 31.4 → 34.5 GFLOPS at n = 512, 31.5 → 34.3 at
 * 1024 and 23.5–26.5 → 31.1–32.5 at 2048, although a's block is then far larger than L2. Reading a's
 * rows where they lie instead of packing them (a·b with p whole: the tile's four rows are adjacent
 * runs) and walking tiles before panels in chunks of 8 or 32 panels were within the noise.
 *
 * <p>Sixth round, branch pack64 (load average 10–12, one JVM, interleaved rounds of thread CPU time, one
 * thread): {@link #packA} packs a with vectors, as the float32 kernel does. a·b's rows transposed four by
 * four in registers took packing from 0.88–0.96 to 0.56–0.58 ns an element (128 rows × k = 784); aᵀ·b's
 * four adjacent values, moved as two 128-bit vectors, packed at the scalar copy's 1.3 ns (it waits on
 * memory: one line of a per step), yet its products ran 1.10–1.14× (the weight gradient's 784×512×128);
 * one 256-bit vector there (split across cache lines every other tile: the arrays' data is 16-byte
 * aligned) packed slower, 1.72 against 1.31. Whole products 1.03–1.07× (paired medians of 11 rounds,
 * n = 256–1024 and the MLP's forward 512×784×128); a·bᵀ 0.98× (k = 128: packing a is 2% of it).
 * {@link VectorWarmUp} does not call the packing: under the launcher's lowered compile threshold for this
 * class, the warm-up's calls to it never reached compiled speed and the warm-up gave up (cause not found);
 * products compile it in their first calls instead. See README, Speed, "Sixth round, branch pack64".
 *
 * <p>Seventh round, branch gemm64: a·bᵀ's b is packed by the same 4 × 4 transposition
 * ({@link #packTransposedPanels}; it was element by element in {@link Gemm}): 1.16 → 0.65 ns an element
 * at 784×128, 1.40 → 1.01 at 1024×1024, the same 0.59 at 256 and 512 (one JVM, medians of 15 interleaved
 * rounds); whole products moved within the noise (packing b is 1–4% of them). What this tile's loop does
 * with its speed (where C2 places it in the code cache decides 10–25%) is in docs/speed.md, seventh round.
 *
 * <p>Tenth round (AVX-512, 32 registers): {@link #tilePair} runs two of these tiles at once, 8 × 2 vectors and sixteen
 * accumulators, over two adjacent packed micro-panels of a, so the packing stays the same. In the tile's own loop 8 × 2
 * ran 1.10× 4 × 2 (77 against 70 GFLOPS; 8 × 3, 12 × 2, 6 × 4 the same as 8 × 2), in whole products 1.10–1.16× in
 * both precisions with the same bits (docs/speed.md, tenth round). With AVX2's sixteen registers it would spill, so
 * only 512-bit machines take it ({@code PAIRS}).
 */
final class VectorMicroKernel implements MicroKernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int NR = 2 * L;
    // Two tiles at once (sixteen accumulators) only where 512-bit vectors come with 32 registers (AVX-512);
    // with AVX2's sixteen, they would spill (see the class comment).
    private static final boolean PAIRS = S.vectorBitSize() >= 512;

    // Packing a: four rows of four doubles transposed in registers (256-bit vectors, where the machine
    // has them), and aᵀ's four adjacent values per step moved as one 256-bit vector.
    private static final VectorSpecies<Double> E = DoubleVector.SPECIES_256;
    private static final VectorSpecies<Double> H = DoubleVector.SPECIES_128;
    private static final boolean WIDE = S.vectorBitSize() >= 256;
    private static final VectorShuffle<Double> PAIRS_LO = VectorShuffle.fromValues(E, 0, 4, 1, 5);
    private static final VectorShuffle<Double> PAIRS_HI = VectorShuffle.fromValues(E, 2, 6, 3, 7);
    private static final VectorShuffle<Double> HALVES_LO = VectorShuffle.fromValues(E, 0, 1, 4, 5);
    private static final VectorShuffle<Double> HALVES_HI = VectorShuffle.fromValues(E, 2, 3, 6, 7);

    @Override public int nr() { return NR; }

    @Override public void tile(int kc, double[] ap, int aOff, double[] bp, int bOff, double[] c, int cOff, int ldc, boolean first) {
        // The offsets of c's rows are computed again after the loop, and the loop's offsets from p
        // alone: fewer integers live across the loop, so C2 keeps them all in registers (kept live,
        // two of them went to the stack and were reloaded every step).
        DoubleVector s00, s01, s10, s11, s20, s21, s30, s31;
        if (first) {
            s00 = s01 = s10 = s11 = s20 = s21 = s30 = s31 = DoubleVector.zero(S);
        } else {
            s00 = DoubleVector.fromArray(S, c, cOff);
            s01 = DoubleVector.fromArray(S, c, cOff + L);
            s10 = DoubleVector.fromArray(S, c, cOff + ldc);
            s11 = DoubleVector.fromArray(S, c, cOff + ldc + L);
            s20 = DoubleVector.fromArray(S, c, cOff + 2 * ldc);
            s21 = DoubleVector.fromArray(S, c, cOff + 2 * ldc + L);
            s30 = DoubleVector.fromArray(S, c, cOff + 3 * ldc);
            s31 = DoubleVector.fromArray(S, c, cOff + 3 * ldc + L);
        }
        for (int p = 0; p < kc; p++) {
            int a = aOff + MR * p, b = bOff + NR * p;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, b);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, b + L);
            DoubleVector x = DoubleVector.broadcast(S, ap[a]);
            s00 = x.fma(b0, s00);
            s01 = x.fma(b1, s01);
            x = DoubleVector.broadcast(S, ap[a + 1]);
            s10 = x.fma(b0, s10);
            s11 = x.fma(b1, s11);
            x = DoubleVector.broadcast(S, ap[a + 2]);
            s20 = x.fma(b0, s20);
            s21 = x.fma(b1, s21);
            x = DoubleVector.broadcast(S, ap[a + 3]);
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

    @Override public void tilePair(int kc, double[] ap, int aOff, double[] bp, int bOff, double[] c, int cOff, int ldc, boolean first) {
        DoubleVector s00, s01, s10, s11, s20, s21, s30, s31, s40, s41, s50, s51, s60, s61, s70, s71;
        if (first) {
            s00 = s01 = s10 = s11 = s20 = s21 = s30 = s31 = s40 = s41 = s50 = s51 = s60 = s61 = s70 = s71 = DoubleVector.zero(S);
        } else {
            s00 = DoubleVector.fromArray(S, c, cOff);
            s01 = DoubleVector.fromArray(S, c, cOff + L);
            s10 = DoubleVector.fromArray(S, c, cOff + ldc);
            s11 = DoubleVector.fromArray(S, c, cOff + ldc + L);
            s20 = DoubleVector.fromArray(S, c, cOff + 2 * ldc);
            s21 = DoubleVector.fromArray(S, c, cOff + 2 * ldc + L);
            s30 = DoubleVector.fromArray(S, c, cOff + 3 * ldc);
            s31 = DoubleVector.fromArray(S, c, cOff + 3 * ldc + L);
            s40 = DoubleVector.fromArray(S, c, cOff + 4 * ldc);
            s41 = DoubleVector.fromArray(S, c, cOff + 4 * ldc + L);
            s50 = DoubleVector.fromArray(S, c, cOff + 5 * ldc);
            s51 = DoubleVector.fromArray(S, c, cOff + 5 * ldc + L);
            s60 = DoubleVector.fromArray(S, c, cOff + 6 * ldc);
            s61 = DoubleVector.fromArray(S, c, cOff + 6 * ldc + L);
            s70 = DoubleVector.fromArray(S, c, cOff + 7 * ldc);
            s71 = DoubleVector.fromArray(S, c, cOff + 7 * ldc + L);
        }
        for (int p = 0; p < kc; p++) {
            int a = aOff + MR * p, a2 = a + MR * kc, b = bOff + NR * p;
            DoubleVector b0 = DoubleVector.fromArray(S, bp, b);
            DoubleVector b1 = DoubleVector.fromArray(S, bp, b + L);
            DoubleVector x = DoubleVector.broadcast(S, ap[a]);
            s00 = x.fma(b0, s00);
            s01 = x.fma(b1, s01);
            x = DoubleVector.broadcast(S, ap[a + 1]);
            s10 = x.fma(b0, s10);
            s11 = x.fma(b1, s11);
            x = DoubleVector.broadcast(S, ap[a + 2]);
            s20 = x.fma(b0, s20);
            s21 = x.fma(b1, s21);
            x = DoubleVector.broadcast(S, ap[a + 3]);
            s30 = x.fma(b0, s30);
            s31 = x.fma(b1, s31);
            x = DoubleVector.broadcast(S, ap[a2]);
            s40 = x.fma(b0, s40);
            s41 = x.fma(b1, s41);
            x = DoubleVector.broadcast(S, ap[a2 + 1]);
            s50 = x.fma(b0, s50);
            s51 = x.fma(b1, s51);
            x = DoubleVector.broadcast(S, ap[a2 + 2]);
            s60 = x.fma(b0, s60);
            s61 = x.fma(b1, s61);
            x = DoubleVector.broadcast(S, ap[a2 + 3]);
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

    @Override public void packA(double[] a, int ars, int acs, int ic, int mc, int tiles, int pc, int kc, double[] ap) {
        int whole = mc / MR, t = 0;
        if (WIDE && acs == 1) {
            for (; t < whole; t++) transposeFourRows(a, (ic + t * MR) * ars + pc, ars, kc, ap, t * kc * MR, MR);
        } else if (WIDE && ars == 1) {
            for (; t < whole; t++) packColumns(a, acs, ic + t * MR + pc * acs, kc, ap, t * kc * MR);
        }
        for (; t < tiles; t++) MicroKernel.packTile(a, ars, acs, ic, mc, t, pc, kc, ap);
    }

    // Four rows of a matrix (from s, ld apart), steps [0, kc) of each, stored step by step, each step's four
    // values adjacent and steps ds apart from d: a·b's rows of a (ds = MR, the tile's (p, row) order) and
    // a·bᵀ's rows of b (ds = nr, a quarter of a panel's row). Four steps at a time: the rows interleaved
    // in pairs (r0 r1, r2 r3), then the pairs' halves joined, in four stores.
    private static void transposeFourRows(double[] x, int s, int ld, int kc, double[] dst, int d, int ds) {
        int s0 = s, s1 = s0 + ld, s2 = s1 + ld, s3 = s2 + ld, p = 0;
        for (; p + 4 <= kc; p += 4, d += 4 * ds) {
            DoubleVector r0 = DoubleVector.fromArray(E, x, s0 + p), r1 = DoubleVector.fromArray(E, x, s1 + p);
            DoubleVector r2 = DoubleVector.fromArray(E, x, s2 + p), r3 = DoubleVector.fromArray(E, x, s3 + p);
            DoubleVector lo01 = r0.rearrange(PAIRS_LO, r1), hi01 = r0.rearrange(PAIRS_HI, r1);
            DoubleVector lo23 = r2.rearrange(PAIRS_LO, r3), hi23 = r2.rearrange(PAIRS_HI, r3);
            lo01.rearrange(HALVES_LO, lo23).intoArray(dst, d);
            lo01.rearrange(HALVES_HI, lo23).intoArray(dst, d + ds);
            hi01.rearrange(HALVES_LO, hi23).intoArray(dst, d + 2 * ds);
            hi01.rearrange(HALVES_HI, hi23).intoArray(dst, d + 3 * ds);
        }
        for (; p < kc; p++, d += ds) {
            dst[d] = x[s0 + p];
            dst[d + 1] = x[s1 + p];
            dst[d + 2] = x[s2 + p];
            dst[d + 3] = x[s3 + p];
        }
    }

    @Override public void packTransposedPanels(double[] b, int k, int q0, int q1, double[] bp) {
        if (!WIDE) {
            MicroKernel.super.packTransposedPanels(b, k, q0, q1, bp);
            return;
        }
        for (int q = q0; q < q1; q++)
            for (int jj = 0; jj < NR; jj += 4) transposeFourRows(b, (q * NR + jj) * k, k, k, bp, q * k * NR + jj, NR);
    }

    // aᵀ·b: op(a)'s four rows are adjacent in each row of a, one 256-bit vector per step.
    private static void packColumns(double[] a, int acs, int s, int kc, double[] ap, int d) {
        for (int p = 0; p < kc; p++, s += acs, d += MR) {
            DoubleVector.fromArray(H, a, s).intoArray(ap, d);
            DoubleVector.fromArray(H, a, s + 2).intoArray(ap, d + 2);
        }
    }

    @Override public void packRows(double[] b, int m, int k, int p0, int p1, int q0, int q1, double[] bp) {
        for (int q = q0; q < q1; q++) {
            for (int p = p0, src = p0 * m + q * NR, dst = (q * k + p0) * NR; p < p1; p++, src += m, dst += NR) {
                DoubleVector.fromArray(S, b, src).intoArray(bp, dst);
                DoubleVector.fromArray(S, b, src + L).intoArray(bp, dst + L);
            }
        }
    }

    // Four vectors of columns at a time: four independent fma chains hide the latency of each.
    @Override public void rowTimesMatrix(double[] x, int xOff, int xs, double[] b, int k, int m, double[] c, int cOff) {
        int j = 0;
        for (; j + 4 * L <= m; j += 4 * L) {
            DoubleVector s0 = DoubleVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
            for (int p = 0, bp = j; p < k; p++, bp += m) {
                DoubleVector xp = DoubleVector.broadcast(S, x[xOff + p * xs]);
                s0 = xp.fma(DoubleVector.fromArray(S, b, bp), s0);
                s1 = xp.fma(DoubleVector.fromArray(S, b, bp + L), s1);
                s2 = xp.fma(DoubleVector.fromArray(S, b, bp + 2 * L), s2);
                s3 = xp.fma(DoubleVector.fromArray(S, b, bp + 3 * L), s3);
            }
            s0.intoArray(c, cOff + j);
            s1.intoArray(c, cOff + j + L);
            s2.intoArray(c, cOff + j + 2 * L);
            s3.intoArray(c, cOff + j + 3 * L);
        }
        for (; j + L <= m; j += L) {
            DoubleVector acc = DoubleVector.zero(S);
            for (int p = 0; p < k; p++) acc = DoubleVector.broadcast(S, x[xOff + p * xs]).fma(DoubleVector.fromArray(S, b, p * m + j), acc);
            acc.intoArray(c, cOff + j);
        }
        for (; j < m; j++) {
            double acc = 0.0;
            for (int p = 0; p < k; p++) acc = Math.fma(x[xOff + p * xs], b[p * m + j], acc);
            c[cOff + j] = acc;
        }
    }
}
