package nn.tensor.kernel;

import java.util.Arrays;
import nn.tensor.parallel.Parallel;

/**
 * The portable matrix product: plain Java shaped for HotSpot C2's auto-vectoriser, used where the
 * Vector API is absent ({@code NN_PORTABLE=1}, a JVM without {@code jdk.incubator.vector}) and while
 * the explicit-SIMD kernel is still being compiled. The same fma chains as {@link Gemm}, so the
 * same bits.
 *
 * <p>op(b) is copied into panels of at most {@value #J_PANEL} columns, each row its own array, and
 * output rows are built in scratch rows three at a time ({@link PortableRows}). Separate arrays
 * indexed from 0 are what lets C2 vectorise the inner loop (it will not when a store and a load may
 * hit one array at different offsets). Blocks of {@value #K_BLOCK} values of p are added to the
 * scratch rows in ascending order, so blocking changes speed, never bits. This is the kernel the
 * engine had before the Vector API one (30–38 GFLOPS of one core's time), with Math.fma in place of
 * a multiply and an add: C2 turns both into packed instructions.
 */
final class PortableGemm {
    /** Inner-index block: the packed rows of one block are reused by every output row while cached. */
    static final int K_BLOCK = 128;
    /** Output columns per panel: three scratch rows of this length stay in L1. */
    static final int J_PANEL = 512;

    private PortableGemm() {}

    static void run(double[] a, int ars, int acs, double[] b, boolean bTransposed, double[] c, int n, int k, int m) {
        double[][][] panels = pack(b, bTransposed, k, m);
        // Split by triples of rows, the micro-kernel's unit, so only the last task has a ragged end.
        int triples = (n + 2) / 3;
        Parallel.forRange(triples, Parallel.grain(3.0 * k * m * Cost.PACKED_MULTIPLY_ADD), (t0, t1) ->
                rows(a, ars, acs, panels, c, k, m, 3 * t0, Math.min(n, 3 * t1)));
    }

    /** Panels of op(b): {@code panels[q][p]} is row p of columns [q·J_PANEL, …). b is k×m, or m×k when transposed. */
    private static double[][][] pack(double[] b, boolean transposed, int k, int m) {
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
    private static void rows(double[] a, int ars, int acs, double[][][] panels, double[] c, int k, int m, int i0, int i1) {
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
                    PortableRows.rows3(a, i * ars, (i + 1) * ars, (i + 2) * ars, acs, y, t0, t1, t2, p0, p1, len);
                    store(t0, c, i, m, j0, len);
                    store(t1, c, i + 1, m, j0, len);
                    store(t2, c, i + 2, m, j0, len);
                }
                if (i1 - i == 2) {
                    load(c, i, m, j0, len, p0, t0);
                    load(c, i + 1, m, j0, len, p0, t1);
                    PortableRows.rows2(a, i * ars, (i + 1) * ars, acs, y, t0, t1, p0, p1, len);
                    store(t0, c, i, m, j0, len);
                    store(t1, c, i + 1, m, j0, len);
                } else if (i1 - i == 1) {
                    load(c, i, m, j0, len, p0, t0);
                    PortableRows.rows1(a, i * ars, acs, y, t0, p0, p1, len);
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

    /**
     * c (1×m, at {@code c[cOff …]}) = x (1×k, {@code x[xOff + p*xs]}) · b (k×m, row-major): rows of b
     * scaled and added in ascending p, each a loop C2 vectorises; no packing.
     */
    static void rowTimesMatrix(double[] x, int xOff, int xs, double[] b, int k, int m, double[] c, int cOff) {
        Arrays.fill(c, cOff, cOff + m, 0.0);
        for (int p = 0; p < k; p++) {
            double xp = x[xOff + p * xs];
            int bp = p * m;
            for (int j = 0; j < m; j++) c[cOff + j] = Math.fma(xp, b[bp + j], c[cOff + j]);
        }
    }
}
