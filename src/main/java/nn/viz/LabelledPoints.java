package nn.viz;

import nn.i18n.Messages;

import nn.tensor.Matrix;

/** Data points to draw over a plot: an m×2 matrix of (x, y) and each point's class (≥ 0). */
public record LabelledPoints(Matrix xy, int[] classes) {
    public LabelledPoints {
        requireTwoColumns(xy);
        if (classes.length != xy.rows())
            throw new PlotException(Messages.t("viz.points-labels", xy.rows(), classes.length));
        for (int c : classes) if (c < 0) throw new PlotException(Messages.t("viz.class-negative", c));
        classes = classes.clone();
    }

    /** No points. */
    public static LabelledPoints none() { return new LabelledPoints(Matrix.zeros(0, 2), new int[0]); }

    public int size() { return classes.length; }

    @Override public int[] classes() { return classes.clone(); }

    int classOf(int i) { return classes[i]; }

    static void requireTwoColumns(Matrix xy) {
        if (xy.cols() != 2)
            throw new PlotException(Messages.t("viz.plane-points", xy.cols()));
    }
}
