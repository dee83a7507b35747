package nn.viz;

import java.util.Arrays;
import nn.tensor.Matrix;

/**
 * The colours of a decision-region raster with antialiased edges. Every pixel takes the tint of its class,
 * but a pixel near a change of class (one whose class differs from one of its eight neighbours) is sampled
 * again at {@value #SS}×{@value #SS} points inside it and takes the average of their colours: the region
 * tint of each sample's class, or the boundary ink where the sample's class differs from the sample one pixel
 * to its right or below. So a boundary is a one-pixel dark line, as before, that follows the network's
 * decision surface between pixel centres instead of stepping from pixel to pixel (a smooth network's
 * boundary looks smooth, a step function's straight edge stays crisp). Only the pixels near an edge are
 * sampled again, a few thousand for a plot of 300 × 300, so the refinement costs a fraction of the plot.
 */
final class SmoothRegions {
    private SmoothRegions() {}

    /** Samples per pixel side near an edge. */
    static final int SS = 4;

    static int[] rgb(DecisionGrid grid, Classifier classifier, Plane plane) {
        int cols = grid.cols(), rows = grid.rows();
        int[] edgeIndex = new int[cols * rows];
        Arrays.fill(edgeIndex, -1);
        int edges = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                if (nearEdge(grid, c, r)) edgeIndex[r * cols + c] = edges++;
        int[] sub = subClasses(grid, classifier, plane, edgeIndex, edges);
        int[] out = new int[cols * rows];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                int e = edgeIndex[r * cols + c];
                if (e < 0) { out[r * cols + c] = Palette.region(grid.at(c, r)); continue; }
                int red = 0, green = 0, blue = 0;
                for (int j = 0; j < SS; j++)
                    for (int i = 0; i < SS; i++) {
                        int k = sub[e * SS * SS + j * SS + i];
                        boolean line = differs(grid, sub, edgeIndex, k, c * SS + i + SS, r * SS + j)
                                || differs(grid, sub, edgeIndex, k, c * SS + i, r * SS + j + SS);
                        int rgb = line ? Palette.BOUNDARY : Palette.region(k);
                        red += rgb >> 16 & 0xff; green += rgb >> 8 & 0xff; blue += rgb & 0xff;
                    }
                int n = SS * SS;
                out[r * cols + c] = (red + n / 2) / n << 16 | (green + n / 2) / n << 8 | (blue + n / 2) / n;
            }
        return out;
    }

    private static boolean nearEdge(DecisionGrid g, int c, int r) {
        int k = g.at(c, r);
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++) {
                int cc = c + dc, rr = r + dr;
                if (cc >= 0 && rr >= 0 && cc < g.cols() && rr < g.rows() && g.at(cc, rr) != k) return true;
            }
        return false;
    }

    /** Whether the sample at sub-grid position (sx, sy) has a class other than {@code k}; outside the plot it does not. */
    private static boolean differs(DecisionGrid g, int[] sub, int[] edgeIndex, int k, int sx, int sy) {
        int c = sx / SS, r = sy / SS;
        if (c >= g.cols() || r >= g.rows()) return false;
        int e = edgeIndex[r * g.cols() + c];
        int other = e < 0 ? g.at(c, r) : sub[e * SS * SS + (sy % SS) * SS + sx % SS];
        return other != k;
    }

    /** The classes of the SS×SS samples of every edge pixel, edge by edge, in large batches. */
    private static int[] subClasses(DecisionGrid grid, Classifier classifier, Plane plane, int[] edgeIndex, int edges) {
        int per = SS * SS, n = edges * per;
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
                xy[2 * k] = plane.columnX(pixel % cols * SS + within % SS, cols * SS);
                xy[2 * k + 1] = plane.rowY(pixel / cols * SS + within / SS, rows * SS);
            }
            int[] out = classifier.classify(new Matrix(m, 2, xy));
            if (out == null || out.length != m) throw new PlotException("the classifier gave a wrong number of answers for " + m + " points");
            for (int k = 0; k < m; k++) cls[start + k] = Math.max(0, out[k]);
        }
        return cls;
    }
}
