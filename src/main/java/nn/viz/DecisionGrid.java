package nn.viz;

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
        for (int start = 0; start < n; start += CHUNK) {
            int m = Math.min(CHUNK, n - start);
            double[] xy = new double[2 * m];
            for (int k = 0; k < m; k++) {
                int cell = start + k;
                xy[2 * k] = plane.columnX(cell % cols, cols);
                xy[2 * k + 1] = plane.rowY(cell / cols, rows);
            }
            int[] out = classifier.classify(new Matrix(m, 2, xy));
            if (out == null || out.length != m)
                throw new PlotException("the classifier gave " + (out == null ? "no answer" : out.length == 1 ? "1 answer" : out.length + " answers")
                        + " for " + m + " points");
            for (int k = 0; k < m; k++) {
                if (out[k] < 0) throw new PlotException("the classifier gave class " + out[k] + "; classes are 0 or more");
                cls[start + k] = out[k];
            }
        }
        return new DecisionGrid(cols, rows, cls);
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
