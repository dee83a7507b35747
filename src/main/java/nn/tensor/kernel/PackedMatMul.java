package nn.tensor.kernel;

import nn.tensor.parallel.Parallel;

/**
 * The fast path of {@link MatMul}: the right operand is copied into one array per row, and each
 * output row is accumulated in a scratch row, so that every array in the inner loop is indexed by
 * the same {@code j}. That is the form HotSpot's auto-vectoriser accepts (it gives up when a store
 * and a load in one array, or in two arrays that might be the same, sit at different offsets), and
 * it makes the loop 3–4× faster than the plain i-k-j loop. The packing cost is one pass over b.
 *
 * <p>The sum for each element still runs over p in ascending order: blocks of {@value #K_BLOCK}
 * values of p are added to the scratch row one after another, four at a time as
 * {@code t = t + x0·y0 + x1·y1 + x2·y2 + x3·y3}, which Java evaluates left to right.
 */
final class PackedMatMul {
    /** Inner-index block: one block of packed rows (K_BLOCK × J_BLOCK doubles) stays in L1/L2. */
    static final int K_BLOCK = 128;
    /** Column block of the output row handled per pass over a block of b. */
    static final int J_BLOCK = 256;

    private PackedMatMul() {}

    /** Packing pays off once several output rows reuse each packed row and rows are long. */
    static boolean worthPacking(int n, int k, int m) { return n >= 4 && m >= 16 && k >= 4; }

    /** Row p of op(b) as its own array: b is k×m, or m×k read transposed when {@code transposed}. */
    static double[][] packRows(double[] b, boolean transposed, int k, int m) {
        double[][] rows = new double[k][];
        if (!transposed) {
            Parallel.forRange(k, Parallel.grain(m), (p0, p1) -> {
                for (int p = p0; p < p1; p++) rows[p] = java.util.Arrays.copyOfRange(b, p * m, p * m + m);
            });
        } else {
            Parallel.forRange(k, Parallel.grain(m), (p0, p1) -> gatherColumns(b, rows, k, m, p0, p1));
        }
        return rows;
    }

    // Reads b (m×k) in tiles of 32 columns so each cache line of b is used while it is loaded.
    private static void gatherColumns(double[] b, double[][] rows, int k, int m, int p0, int p1) {
        for (int p = p0; p < p1; p++) rows[p] = new double[m];
        for (int pt = p0; pt < p1; pt += 32) {
            int pEnd = Math.min(p1, pt + 32);
            for (int j = 0; j < m; j++) {
                int bj = j * k;
                for (int p = pt; p < pEnd; p++) rows[p][j] = b[bj + p];
            }
        }
    }

    /** Rows [i0, i1) of c (n×m) = op(a)·op(b), with op(a)(i, p) = a[i*ars + p*acs]. */
    static void rows(double[] a, int ars, int acs, double[][] bRows, double[] c,
                     int k, int m, int i0, int i1) {
        double[] t = new double[m];
        for (int j0 = 0; j0 < m; j0 += J_BLOCK) {
            int j1 = Math.min(m, j0 + J_BLOCK);
            for (int p0 = 0; p0 < k; p0 += K_BLOCK) {
                int p1 = Math.min(k, p0 + K_BLOCK);
                for (int i = i0; i < i1; i++) {
                    int ci = i * m;
                    if (p0 == 0) java.util.Arrays.fill(t, j0, j1, 0.0);
                    else System.arraycopy(c, ci + j0, t, j0, j1 - j0);
                    accumulate(a, i * ars, acs, bRows, t, p0, p1, j0, j1);
                    System.arraycopy(t, j0, c, ci + j0, j1 - j0);
                }
            }
        }
    }

    /** t[j] += Σ_{p0 ≤ p < p1} a[ai + p*acs] · bRows[p][j] for j in [j0, j1), p ascending. */
    private static void accumulate(double[] a, int ai, int acs, double[][] bRows, double[] t,
                                   int p0, int p1, int j0, int j1) {
        int p = p0;
        for (; p + 3 < p1; p += 4) {
            double x0 = a[ai + p * acs], x1 = a[ai + (p + 1) * acs];
            double x2 = a[ai + (p + 2) * acs], x3 = a[ai + (p + 3) * acs];
            double[] y0 = bRows[p], y1 = bRows[p + 1], y2 = bRows[p + 2], y3 = bRows[p + 3];
            for (int j = j0; j < j1; j++) t[j] = t[j] + x0 * y0[j] + x1 * y1[j] + x2 * y2[j] + x3 * y3[j];
        }
        for (; p < p1; p++) {
            double x = a[ai + p * acs];
            double[] y = bRows[p];
            for (int j = j0; j < j1; j++) t[j] += x * y[j];
        }
    }
}
