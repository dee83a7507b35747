package nn.tensor.kernel;

import java.util.Arrays;
import nn.tensor.parallel.Parallel;

/**
 * The fast path of {@link MatMul}. The right operand op(b) (k×m) is copied into panels of at most
 * {@value #J_PANEL} columns, each stored as k separate row arrays, and output rows are built up in
 * scratch rows three at a time by {@link MicroKernels}. Separate arrays indexed from 0 are what lets
 * HotSpot vectorise the inner loop (it will not when a store and a load may hit one array at
 * different offsets). Packing costs one pass over b, which is why tiny products skip it.
 *
 * <p>Sums still run over p in ascending order: blocks of {@value #K_BLOCK} values of p are added
 * to the scratch rows one after another, so blocking changes speed, never bits.
 */
final class PackedMatMul {
    /** Inner-index block: the packed rows of one block are reused by every output row while cached. */
    static final int K_BLOCK = 128;
    /** Output columns per panel: three scratch rows of this length stay in L1. */
    static final int J_PANEL = 512;

    private PackedMatMul() {}

    /** Packing pays off once at least two output rows reuse each packed row. */
    static boolean worthPacking(int n, int k, int m) { return n >= 2 && m >= 8 && k >= 4; }

    /** Panels of op(b): {@code panels[q][p]} is row p of columns [q·J_PANEL, …). b is k×m, or m×k when transposed. */
    static double[][][] pack(double[] b, boolean transposed, int k, int m) {
        int panelCount = (m + J_PANEL - 1) / J_PANEL;
        double[][][] panels = new double[panelCount][k][];
        Parallel.forRange(k, Parallel.grain(m * Cost.STREAM_ELEMENT), (p0, p1) -> {
            for (int q = 0; q < panelCount; q++) {
                int j0 = q * J_PANEL, j1 = Math.min(m, j0 + J_PANEL);
                if (transposed) gatherColumns(b, k, panels[q], p0, p1, j0, j1);
                else for (int p = p0; p < p1; p++) panels[q][p] = Arrays.copyOfRange(b, p * m + j0, p * m + j1);
            }
        });
        return panels;
    }

    // Row p of the panel is column p of b's rows j0..j1; tiles of 32 use each loaded line of b fully.
    private static void gatherColumns(double[] b, int k, double[][] panel, int p0, int p1, int j0, int j1) {
        for (int p = p0; p < p1; p++) panel[p] = new double[j1 - j0];
        for (int pt = p0; pt < p1; pt += 32) {
            int pEnd = Math.min(p1, pt + 32);
            for (int j = j0; j < j1; j++) {
                int bj = j * k, col = j - j0;
                for (int p = pt; p < pEnd; p++) panel[p][col] = b[bj + p];
            }
        }
    }

    /** Rows [i0, i1) of c (n×m) = op(a)·op(b), where op(a)(i, p) = a[i*ars + p*acs]. */
    static void rows(double[] a, int ars, int acs, double[][][] panels, double[] c,
                     int k, int m, int i0, int i1) {
        int width = Math.min(m, J_PANEL);
        double[] t0 = new double[width], t1 = new double[width], t2 = new double[width];
        for (int q = 0; q < panels.length; q++) {
            int j0 = q * J_PANEL, len = Math.min(m, j0 + J_PANEL) - j0;
            double[][] y = panels[q];
            for (int p0 = 0; p0 < k; p0 += K_BLOCK) {
                int p1 = Math.min(k, p0 + K_BLOCK);
                int i = i0;
                for (; i + 2 < i1; i += 3) {
                    load(c, i, m, j0, len, p0, t0);
                    load(c, i + 1, m, j0, len, p0, t1);
                    load(c, i + 2, m, j0, len, p0, t2);
                    MicroKernels.rows3(a, i * ars, (i + 1) * ars, (i + 2) * ars, acs, y, t0, t1, t2, p0, p1, len);
                    store(t0, c, i, m, j0, len);
                    store(t1, c, i + 1, m, j0, len);
                    store(t2, c, i + 2, m, j0, len);
                }
                if (i1 - i == 2) {
                    load(c, i, m, j0, len, p0, t0);
                    load(c, i + 1, m, j0, len, p0, t1);
                    MicroKernels.rows2(a, i * ars, (i + 1) * ars, acs, y, t0, t1, p0, p1, len);
                    store(t0, c, i, m, j0, len);
                    store(t1, c, i + 1, m, j0, len);
                } else if (i1 - i == 1) {
                    load(c, i, m, j0, len, p0, t0);
                    MicroKernels.rows1(a, i * ars, acs, y, t0, p0, p1, len);
                    store(t0, c, i, m, j0, len);
                }
            }
        }
    }

    // The first block of p starts every sum at 0.0; later blocks continue the partial sums in c.
    private static void load(double[] c, int i, int m, int j0, int len, int p0, double[] t) {
        if (p0 == 0) Arrays.fill(t, 0, len, 0.0);
        else System.arraycopy(c, i * m + j0, t, 0, len);
    }

    private static void store(double[] t, double[] c, int i, int m, int j0, int len) {
        System.arraycopy(t, 0, c, i * m + j0, len);
    }
}
