package nn.viz;

import nn.i18n.Messages;

import java.util.Arrays;
import nn.tensor.Matrix;

/**
 * The colours of a decision-region raster with antialiased edges. Every pixel takes the tint of its class,
 * but a pixel next to a change of class (one whose class differs from a neighbour's left, right, above or below) is sampled
 * again at {@value #SS}×{@value #SS} points inside it and takes the average of their colours: the region
 * tint of each sample's class, or the boundary ink where the sample's class differs from the sample one pixel
 * to its right or below. So a boundary is a one-pixel dark line, as before, that follows the network's
 * decision surface between pixel centres instead of stepping from pixel to pixel (a smooth network's
 * boundary looks smooth, a step function's straight edge stays crisp). Only the pixels near an edge are
 * sampled again, a few thousand for a plot of 300 × 300.
 */
final class SmoothRegions {
    private SmoothRegions() {}

    /** Samples per pixel side near an edge, by default. */
    static final int SS = 3;

    /** Without antialiasing: each pixel its class's tint, the ink where the class changes to the right or below. */
    private static int[] flat(DecisionGrid g) {
        int[] out = new int[g.cols() * g.rows()];
        for (int r = 0; r < g.rows(); r++)
            for (int c = 0; c < g.cols(); c++) {
                int k = g.at(c, r);
                boolean line = (c + 1 < g.cols() && g.at(c + 1, r) != k) || (r + 1 < g.rows() && g.at(c, r + 1) != k);
                out[r * g.cols() + c] = line ? Palette.BOUNDARY : Palette.region(k);
            }
        return out;
    }

    static int[] rgb(DecisionGrid grid, Classifier classifier, Plane plane, int ss) {
        if (ss == 1) return flat(grid);
        int cols = grid.cols(), rows = grid.rows();
        int[] edgeIndex = new int[cols * rows];
        Arrays.fill(edgeIndex, -1);
        int edges = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (nearEdge(grid, c, r)) edgeIndex[r * cols + c] = edges++;
        int[] sub = subClasses(grid, classifier, plane, edgeIndex, edges, ss);
        int[] out = new int[cols * rows];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                int e = edgeIndex[r * cols + c];
                if (e < 0) { out[r * cols + c] = Palette.region(grid.at(c, r)); continue; }
                int red = 0, green = 0, blue = 0;
                for (int j = 0; j < ss; j++)
                    for (int i = 0; i < ss; i++) {
                        int k = sub[e * ss * ss + j * ss + i];
                        boolean line = differs(grid, sub, edgeIndex, ss, k, c * ss + i + ss, r * ss + j)
                                || differs(grid, sub, edgeIndex, ss, k, c * ss + i, r * ss + j + ss);
                        int rgb = line ? Palette.BOUNDARY : Palette.region(k);
                        red += rgb >> 16 & 0xff; green += rgb >> 8 & 0xff; blue += rgb & 0xff;
                    }
                int n = ss * ss;
                out[r * cols + c] = (red + n / 2) / n << 16 | (green + n / 2) / n << 8 | (blue + n / 2) / n;
            }
        return out;
    }

    private static boolean nearEdge(DecisionGrid g, int c, int r) {
        int k = g.at(c, r);
        return (c > 0 && g.at(c - 1, r) != k) || (c + 1 < g.cols() && g.at(c + 1, r) != k)
                || (r > 0 && g.at(c, r - 1) != k) || (r + 1 < g.rows() && g.at(c, r + 1) != k);
    }

    /** Whether the sample at sub-grid position (sx, sy) has a class other than {@code k}; outside the plot it does not. */
    private static boolean differs(DecisionGrid g, int[] sub, int[] edgeIndex, int ss, int k, int sx, int sy) {
        int c = sx / ss, r = sy / ss;
        if (c >= g.cols() || r >= g.rows()) return false;
        int e = edgeIndex[r * g.cols() + c];
        int other = e < 0 ? g.at(c, r) : sub[e * ss * ss + (sy % ss) * ss + sx % ss];
        return other != k;
    }

    /** The classes of the ss×ss samples of every edge pixel, edge by edge, in large batches. */
    private static int[] subClasses(DecisionGrid grid, Classifier classifier, Plane plane, int[] edgeIndex, int edges, int ss) {
        int per = ss * ss, n = edges * per;
        int[] cls = new int[n];
        if (n == 0) return cls;
        int[] pixelOf = new int[edges];
        for (int p = 0; p < edgeIndex.length; p++) if (edgeIndex[p] >= 0) pixelOf[edgeIndex[p]] = p;
        int cols = grid.cols(), rows = grid.rows();
        for (int start = 0; start < n; start += DecisionGrid.CHUNK) {
            int m = Math.min(DecisionGrid.CHUNK, n - start);
            double[] xy = new double[2 * m];
            for (int k = 0; k < m; k++) {
                int s = start + k, pixel = pixelOf[s / per], within = s % per;
                xy[2 * k] = plane.columnX(pixel % cols * ss + within % ss, cols * ss);
                xy[2 * k + 1] = plane.rowY(pixel / cols * ss + within / ss, rows * ss);
            }
            int[] out = classifier.classify(new Matrix(m, 2, xy));
            if (out == null || out.length != m) throw new PlotException(Messages.t("viz.classifier-wrong-count", m));
            for (int k = 0; k < m; k++) cls[start + k] = Math.max(0, out[k]);
        }
        return cls;
    }
}
