package nn.viz;

import nn.i18n.Messages;

import java.util.function.IntUnaryOperator;
import nn.tensor.Matrix;

/**
 * The class a classifier gives at the centre of every cell of a cols × rows grid over a plane,
 * row 0 at the top. The points go to the classifier in large batches (up to {@value #CHUNK} rows),
 * so a network answers with a few matrix products rather than one call a point, while the memory a
 * forward pass needs stays bounded.
 */
final class DecisionGrid {
    static final int CHUNK = 16_384;

    private final int cols;
    private final int rows;
    private final int[] cls;

    private DecisionGrid(int cols, int rows, int[] cls) {
        this.cols = cols;
        this.rows = rows;
        this.cls = cls;
    }

    static DecisionGrid sample(Classifier classifier, Plane plane, int cols, int rows) {
        int n = cols * rows;
        int[] cls = new int[n];
        classify(classifier, plane, cols, rows, k -> k, n, cls);
        return new DecisionGrid(cols, rows, cls);
    }

    /** Lattice step of {@link #coarseToFine}: a block of STEP × STEP pixels is filled when its corners agree. */
    static final int STEP = 4;

    /**
     * The same grid for a fraction of the classifier's work, for pictures of many pixels: the classes at every
     * {@value #STEP}-th pixel of each row and column (and the last) first, then every pixel of each block whose
     * four corners do not all agree; a block whose corners agree takes their class. Exact wherever a boundary
     * crosses a block's edge; a region smaller than a block that touches none of its corners (an island under
     * {@value #STEP} pixels across) is not drawn.
     */
    static DecisionGrid coarseToFine(Classifier classifier, Plane plane, int cols, int rows) {
        int[] lx = lattice(cols), ly = lattice(rows);
        int[] cls = new int[cols * rows];
        java.util.Arrays.fill(cls, -1);
        int[] cells = new int[lx.length * ly.length];
        int k = 0;
        for (int y : ly) for (int x : lx) cells[k++] = y * cols + x;
        classify(classifier, plane, cols, rows, i -> cells[i], k, cls);
        int[] todo = new int[cols * rows];
        int n = 0;
        for (int j = 0; j + 1 < ly.length; j++)
            for (int i = 0; i + 1 < lx.length; i++) {
                int a = cls[ly[j] * cols + lx[i]], b = cls[ly[j] * cols + lx[i + 1]];
                int c = cls[ly[j + 1] * cols + lx[i]], d = cls[ly[j + 1] * cols + lx[i + 1]];
                boolean same = a == b && b == c && c == d;
                for (int y = ly[j]; y <= ly[j + 1]; y++)
                    for (int x = lx[i]; x <= lx[i + 1]; x++) {
                        int cell = y * cols + x;
                        if (cls[cell] >= 0 || cls[cell] == -2) continue;
                        if (same) cls[cell] = a;
                        else { cls[cell] = -2; todo[n++] = cell; }
                    }
            }
        classify(classifier, plane, cols, rows, i -> todo[i], n, cls);
        return new DecisionGrid(cols, rows, cls);
    }

    private static int[] lattice(int n) {
        int count = (n - 1) / STEP + 1 + ((n - 1) % STEP == 0 ? 0 : 1);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) out[i] = Math.min(n - 1, i * STEP);
        return out;
    }

    /** Classifies {@code count} cells, the i-th at index {@code cellAt.applyAsInt(i)} of the grid, in batches of up to {@value #CHUNK}. */
    private static void classify(Classifier classifier, Plane plane, int cols, int rows, IntUnaryOperator cellAt, int count, int[] cls) {
        for (int start = 0; start < count; start += CHUNK) {
            int m = Math.min(CHUNK, count - start);
            double[] xy = new double[2 * m];
            for (int k = 0; k < m; k++) {
                int cell = cellAt.applyAsInt(start + k);
                xy[2 * k] = plane.columnX(cell % cols, cols);
                xy[2 * k + 1] = plane.rowY(cell / cols, rows);
            }
            int[] out = classifier.classify(new Matrix(m, 2, xy));
            if (out == null || out.length != m)
                throw new PlotException(Messages.t("viz.classifier-answers", out == null ? 0 : out.length, m));
            for (int k = 0; k < m; k++) {
                if (out[k] < 0) throw new PlotException(Messages.t("viz.classifier-negative", out[k]));
                cls[cellAt.applyAsInt(start + k)] = out[k];
            }
        }
    }

    int at(int col, int row) { return cls[row * cols + col]; }

    int cols() { return cols; }

    int rows() { return rows; }

    /** The largest class seen, or −1 for an empty grid. */
    int maxClass() {
        int max = -1;
        for (int c : cls) max = Math.max(max, c);
        return max;
    }
}
