package nn.viz;

import nn.i18n.Messages;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import nn.tensor.Fdlibm;

/**
 * Loss curves against epoch as a PNG: axes with ticks and labels ("epoch", "loss"), light grid
 * lines, one coloured line a curve, a legend when there are several or they are named, and an
 * optional logarithmic loss axis (values ≤ 0 are then left out). Non-finite values (a diverged
 * run) are left out and break the line. Text uses the built-in pixel font, so the bytes are the
 * same on every machine.
 */
public final class LossPlot {
    private LossPlot() {}

    /**
     * Image size in pixels, a title (may be empty), whether the loss axis is logarithmic, and the axes' names
     * ("epoch" and "loss"; a curve of a function names them x and f(x)).
     */
    public record Options(int width, int height, String title, boolean logScale, String xName, String yName) {
        public static final Options DEFAULT = new Options(640, 400, "", false);

        public Options {
            if (width < 160 || height < 120 || width > 4000 || height > 4000)
                throw new PlotException(Messages.t("viz.loss-plot-size", width + "×" + height));
            if (title == null) title = "";
        }

        /** Axes left unnamed are "epoch" and "loss", named in the language of the moment the plot is drawn. */
        public Options(int width, int height, String title, boolean logScale) { this(width, height, title, logScale, null, null); }

        String xLabel() { return xName != null ? xName : Messages.t("viz.axis-epoch"); }

        String yLabel() { return yName != null ? yName : Messages.t("viz.axis-loss"); }

        public Options withLogScale(boolean log) { return new Options(width, height, title, log, xName, yName); }

        public Options withTitle(String t) { return new Options(width, height, t, logScale, xName, yName); }

        public Options withAxes(String x, String y) { return new Options(width, height, title, logScale, x, y); }
    }

    static final int LEFT = 64, RIGHT = 20, TOP = 30, BOTTOM = 42;

    public static BufferedImage render(List<Series> curves, Options o) { return PngPainter.paint(figure(curves, o)); }

    /** The plot as marks, for the PNG painter and the SVG writer alike. */
    public static Figure figure(List<Series> curves, Options o) {
        Range r = Range.of(curves, o.logScale());
        Figure.Builder f = new Figure.Builder(o.width(), o.height());
        int w = o.width() - LEFT - RIGHT, h = o.height() - TOP - BOTTOM;
        List<Double> xTicks = Ticks.fitting(r.x0, r.x1, w, true);
        List<Double> yTicks = o.logScale() ? Ticks.decades(r.y0, r.y1) : Ticks.fitting(r.y0, r.y1, h, false);
        for (double t : xTicks) {
            int x = LEFT + (int) Math.round(r.fx(t) * w);
            f.add(new Figure.Rule(x, TOP, 1, h, Palette.GRID));
            f.add(new Figure.Rule(x, TOP + h + 1, 1, 4, Palette.AXIS));
            String label = Ticks.label(t);
            f.add(new Figure.Label(label, x - BitmapFont.width(label, 1) / 2, TOP + h + 8, 1, Palette.INK));
        }
        for (double t : yTicks) {
            int y = TOP + (int) Math.round((1 - r.fy(t)) * h);
            f.add(new Figure.Rule(LEFT, y, w, 1, Palette.GRID));
            f.add(new Figure.Rule(LEFT - 4, y, 4, 1, Palette.AXIS));
            String label = Ticks.label(o.logScale() ? Fdlibm.pow(10, t) : t);
            f.add(new Figure.Label(label, LEFT - 8 - BitmapFont.width(label, 1), y - 3, 1, Palette.INK));
        }
        String xLabel = BoundaryPlot.fit(o.xLabel(), w, 1);
        f.add(new Figure.Label(xLabel, LEFT + (w - BitmapFont.width(xLabel, 1)) / 2, o.height() - 14, 1, Palette.INK));
        String yLabel = BoundaryPlot.fit(o.logScale() ? o.yLabel() + " (log)" : o.yLabel(), w, 1);
        f.add(new Figure.Label(yLabel, 4, TOP - 12, 1, Palette.INK));
        String title = BoundaryPlot.fit(o.title(), w, 2);
        f.add(new Figure.Label(title, LEFT + (w - BitmapFont.width(title, 2)) / 2, 6, 2, Palette.INK));
        f.add(new Figure.Segment(LEFT, TOP + h, LEFT + w, TOP + h, Palette.AXIS));
        f.add(new Figure.Segment(LEFT, TOP, LEFT, TOP + h, Palette.AXIS));
        Figure.Clip clip = new Figure.Clip(LEFT, TOP - 2, w + 2, h + 4);
        for (int c = 0; c < curves.size(); c++)
            f.add(new Figure.Curve(curves.get(c).name(), pieces(curves.get(c), r, o.logScale(), w, h), Palette.strong(c), 2f, clip));
        legend(f, curves, w);
        return f.build();
    }

    /** Writes a PNG, or SVG for a .svg name; the caller has checked the path is allowed. */
    public static void write(List<Series> curves, Options o, Path file) { SvgWriter.writeByExtension(figure(curves, o), file); }

    /** The curve in pixels, broken where a value cannot be drawn. */
    private static List<double[][]> pieces(Series s, Range r, boolean log, int w, int h) {
        List<double[][]> out = new java.util.ArrayList<>();
        List<double[]> piece = new java.util.ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            double v = s.yAt(i);
            if (!Range.plottable(v, log)) {
                if (!piece.isEmpty()) out.add(piece.toArray(double[][]::new));
                piece.clear();
                continue;
            }
            piece.add(new double[] {LEFT + r.fx(s.xAt(i)) * w, TOP + (1 - r.fy(log ? Fdlibm.log10(v) : v)) * h});
        }
        if (!piece.isEmpty()) out.add(piece.toArray(double[][]::new));
        return out;
    }

    private static void legend(Figure.Builder f, List<Series> curves, int w) {
        boolean named = curves.stream().anyMatch(s -> !s.name().isEmpty());
        if (curves.size() < 2 && !named) return;
        int y = TOP + 6;
        for (int c = 0; c < curves.size(); c++, y += 12) {
            String name = curves.get(c).name().isEmpty() ? Messages.t("viz.curve", c + 1) : curves.get(c).name();
            int x = LEFT + w - 12 - BitmapFont.width(name, 1) - 16;
            f.add(new Figure.Rule(x, y + 3, 12, 2, Palette.strong(c)));
            f.add(new Figure.Label(name, x + 16, y, 1, Palette.INK));
        }
    }

    /** The data ranges on both axes (y as log10 on a log scale), padded so curves clear the frame. */
    record Range(double x0, double x1, double y0, double y1) {
        static boolean plottable(double v, boolean log) { return Double.isFinite(v) && (!log || v > 0); }

        static Range of(List<Series> curves, boolean log) {
            double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
            for (Series s : curves)
                for (int i = 0; i < s.size(); i++) {
                    if (!plottable(s.yAt(i), log)) continue;
                    double y = log ? Fdlibm.log10(s.yAt(i)) : s.yAt(i);
                    x0 = Math.min(x0, s.xAt(i)); x1 = Math.max(x1, s.xAt(i));
                    y0 = Math.min(y0, y); y1 = Math.max(y1, y);
                }
            if (x0 > x1) throw new PlotException(log ? Messages.t("viz.no-positive-losses") : Messages.t("viz.no-finite-losses"));
            if (x1 == x0) { x0 -= 1; x1 += 1; }
            if (y1 == y0) { y0 -= log ? 0.5 : Math.max(1e-9, Math.abs(y0) * 0.1); y1 += log ? 0.5 : Math.max(1e-9, Math.abs(y1) * 0.1); }
            double pad = (y1 - y0) * 0.05;
            if (!log && y0 >= 0 && y0 - pad < 0) return new Range(x0, x1, 0, y1 + pad); // losses are ≥ 0: start the axis at 0
            return new Range(x0, x1, y0 - pad, y1 + pad);
        }

        double fx(double x) { return (x - x0) / (x1 - x0); }

        double fy(double y) { return (y - y0) / (y1 - y0); }
    }
}
