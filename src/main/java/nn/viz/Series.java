package nn.viz;

import nn.i18n.Messages;
import nn.tensor.decimal.ShortestDigits;

/** One curve of a loss plot: a name for the legend, and y values at epochs x (same length, x increasing). */
public record Series(String name, double[] x, double[] y) {
    public Series {
        if (x.length != y.length) throw new PlotException(Messages.t("viz.series-lengths", x.length, y.length));
        for (int i = 1; i < x.length; i++)
            if (!(x[i] > x[i - 1])) throw new PlotException(Messages.t("viz.series-order", ShortestDigits.toString(x[i - 1]), ShortestDigits.toString(x[i])));
        x = x.clone();
        y = y.clone();
        if (name == null) name = "";
    }

    /** Values at epochs 1, 2, …, n. */
    public static Series of(String name, double[] values) {
        double[] x = new double[values.length];
        for (int i = 0; i < x.length; i++) x[i] = i + 1;
        return new Series(name, x, values);
    }

    /** The same values at other x positions (a function's curve over [a, b]). */
    public Series withX(double[] newX) { return new Series(name, newX, y); }

    public int size() { return x.length; }

    @Override public double[] x() { return x.clone(); }

    @Override public double[] y() { return y.clone(); }

    double xAt(int i) { return x[i]; }

    double yAt(int i) { return y[i]; }
}
