package nn.viz;

import nn.i18n.Messages;

import java.util.List;
import nn.tensor.Matrix;

/**
 * A dataset of two features drawn alone: its points over the plane, coloured by class (with the class
 * names as the legend) or, for numeric targets, by value on a {@link ColourScale#sequential} scale (with a
 * colour bar). {@code classes} is null for numeric targets, {@code values} null for classes.
 */
public record Scatter(String title, Matrix xy, int[] classes, double[] values, List<String> labels) {
    public Scatter {
        LabelledPoints.requireTwoColumns(xy);
        if ((classes == null) == (values == null)) throw new PlotException(Messages.t("internal.scatter-colouring"));
        int n = classes != null ? classes.length : values.length;
        if (n != xy.rows()) throw new PlotException(Messages.t("internal.scatter-points-labels", xy.rows(), n));
        labels = List.copyOf(labels);
        if (title == null) title = "";
    }

    public static Scatter ofClasses(String title, Matrix xy, int[] classes, List<String> labels) {
        return new Scatter(title, xy, classes.clone(), null, labels);
    }

    public static Scatter ofValues(String title, Matrix xy, double[] values) {
        return new Scatter(title, xy, null, values.clone(), List.of());
    }

    int size() { return xy.rows(); }

    /** The sequential scale over the finite values (a unit range around a constant value). */
    ColourScale scale() {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : values) if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        if (lo > hi) return ColourScale.sequential(0, 1);
        return hi > lo ? ColourScale.sequential(lo, hi) : ColourScale.sequential(lo - 0.5, hi + 0.5);
    }

    int colourOf(int i, ColourScale scale) { return classes != null ? Palette.strong(classes[i]) : scale.rgb(values[i]); }

    int classCount() {
        int max = -1;
        if (classes != null) for (int c : classes) max = Math.max(max, c);
        return Math.max(max + 1, labels.size());
    }

    /** The class's name for the legend: its label, or "class 2" when the label is only its number. */
    String label(int c) {
        String l = c < labels.size() ? labels.get(c) : "";
        return l.isEmpty() || l.equals(Integer.toString(c)) ? Messages.t("viz.class", c) : l;
    }
}
