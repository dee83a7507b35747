package nn.viz;

import nn.i18n.Messages;

import nn.tensor.Matrix;
import nn.tensor.decimal.ShortestDigits;

/** The rectangle of the plane a plot shows: x from x0 to x1, y from y0 to y1 (y grows upwards). */
public record Plane(double x0, double y0, double x1, double y1) {
    public Plane {
        if (!(x1 > x0) || !(y1 > y0) || !Double.isFinite(x0 + x1 + y0 + y1))
            throw new PlotException(Messages.t("viz.plane-order", ShortestDigits.toString(x0), ShortestDigits.toString(y0), ShortestDigits.toString(x1), ShortestDigits.toString(y1)));
    }

    /** The bounding box of {@code points} (m×2), widened by {@code margin} × its size on every side. */
    public static Plane around(Matrix points, double margin) {
        LabelledPoints.requireTwoColumns(points);
        if (points.rows() == 0) return new Plane(-1, -1, 1, 1);
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.rows(); i++) {
            minX = Math.min(minX, points.get(i, 0)); maxX = Math.max(maxX, points.get(i, 0));
            minY = Math.min(minY, points.get(i, 1)); maxY = Math.max(maxY, points.get(i, 1));
        }
        // A degenerate extent (all points on a line) still gets a visible area around it.
        double w = maxX - minX < 1e-9 ? 1 : maxX - minX, h = maxY - minY < 1e-9 ? 1 : maxY - minY;
        return new Plane(minX - margin * w, minY - margin * h, maxX + margin * w, maxY + margin * h);
    }

    public double width() { return x1 - x0; }

    public double height() { return y1 - y0; }

    /** The x of the centre of column {@code i} of {@code n} equal columns. */
    double columnX(int i, int n) { return x0 + (i + 0.5) / n * width(); }

    /** The y of the centre of row {@code j} of {@code n} equal rows, row 0 at the top. */
    double rowY(int j, int n) { return y1 - (j + 0.5) / n * height(); }

    /** The column (0 … n−1) holding {@code x}, or −1 outside. */
    int column(double x, int n) {
        double f = (x - x0) / width();
        return f < 0 || f > 1 ? -1 : Math.min(n - 1, (int) (f * n));
    }

    /** The row (0 … n−1, top first) holding {@code y}, or −1 outside. */
    int row(double y, int n) {
        double f = (y1 - y) / height();
        return f < 0 || f > 1 ? -1 : Math.min(n - 1, (int) (f * n));
    }
}
