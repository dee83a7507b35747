package nn.interp.lib.plot;

import nn.i18n.Messages;

import nn.interp.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nn.data.Dataset;
import nn.interp.lib.Args;
import nn.lang.ast.Stmt;
import nn.viz.BoundaryPlot;
import nn.viz.LossPlot;
import nn.viz.Plane;
import nn.viz.Png;
import nn.viz.Scatter;
import nn.viz.ScatterPlot;
import nn.viz.Series;
import nn.viz.TerminalCanvas;
import nn.viz.TerminalScatter;

/**
 * {@code plot data D [from (x0, y0) to (x1, y1)]}: a dataset of two features alone, its points coloured by
 * class or, for numeric targets, by value; and {@code plot curve F [from a to b]}: a function of one number
 * (an activation, a builtin or a fn) over [a, b] (−5 to 5 when not given), sampled at
 * {@value #SAMPLES} points.
 */
final class DataPlots {
    private DataPlots() {}

    static final int SAMPLES = 201, WIDTH = 48;
    static final double FROM = -5, TO = 5;

    static void data(Interpreter in, Stmt.Plot p) {
        PlotOptions.of(in, p, List.of());
        if (p.data() != null)
            throw new RuntimeError(p.data().span(), Messages.t("plot.data-no-on"), Messages.t("plot.hint-data-no-on", p.subject().span().text()));
        Value v = in.eval(p.subject());
        if (!(v instanceof Value.DatasetV dv))
            throw new RuntimeError(p.subject().span(), Messages.t("plot.data-needs-dataset", v.describe()));
        Dataset ds = dv.dataset();
        if (ds.features() != 2)
            throw new RuntimeError(p.subject().span(), Messages.t("plot.data-two-features", ds.name(), ds.features()),
                    Math.sqrt(ds.features()) == Math.rint(Math.sqrt(ds.features())) ? Messages.t("plot.hint-data-as-pictures", p.subject().span().text()) : null);
        if (ds.size() == 0) throw new RuntimeError(p.subject().span(), Messages.t("plot.data-empty", ds.name()));
        if (ds.classes() == 0 && ds.targets().cols() != 1)
            throw new RuntimeError(p.subject().span(), Messages.t("plot.data-many-targets", ds.name(), ds.targets().cols()));
        String x = ds.featureNames().isEmpty() ? "x1" : ds.featureNames().get(0), y = ds.featureNames().isEmpty() ? "x2" : ds.featureNames().get(1);
        Scatter s;
        if (ds.classes() > 0) {
            List<String> labels = new ArrayList<>();
            for (int c = 0; c < ds.classes(); c++) labels.add(ds.classLabel(c));
            s = Scatter.ofClasses(Messages.t("plot.data-title", ds.name(), ds.size()), ds.inputs(), ds.classIndices(), labels);
        } else {
            s = Scatter.ofValues(Messages.t("plot.data-title-values", ds.name(), ds.size()), ds.inputs(), ds.targets().data());
        }
        Plane plane = p.from() != null ? PlotFeatures.plane(in, p, ds) : Plane.around(ds.inputs(), PlotFeatures.MARGIN);
        BoundaryPlot.Options o = BoundaryPlot.Options.DEFAULT.withAxes(x, y);
        String file = PlotFeatures.file(in, p);
        Path path = PlotFeatures.writable(in, p, file);
        Output.Display display = in.output.display();
        if (display != null) display.image(s.title(), () -> Png.encode(ScatterPlot.render(s, plane, o)));
        else {
            boolean named = !ds.featureNames().isEmpty();
            in.output.plot(TerminalScatter.render(s, plane, named ? x : "x", named ? y : "y", WIDTH, in.output.terminal().colour()),
                    () -> nn.viz.SvgWriter.svg(ScatterPlot.figure(s, plane, o)), p.span());
        }
        if (file != null) {
            ScatterPlot.write(s, plane, o, path);
            in.output.line(Messages.t("plot.wrote", file), p.span());
        }
    }

    static void curve(Interpreter in, Stmt.Plot p) {
        PlotOptions.of(in, p, List.of());
        if (p.data() != null) throw new RuntimeError(p.data().span(), Messages.t("plot.curve-no-on"));
        Value f = in.eval(p.subject());
        if (!(f instanceof Value.Fn) && !(f instanceof Value.Builtin))
            throw new RuntimeError(p.subject().span(), Messages.t("plot.curve-needs-function", f.describe()),
                    f instanceof Value.ListV || f instanceof Value.Mat ? Messages.t("plot.hint-curve-numbers", p.subject().span().text()) : null);
        double a = FROM, b = TO;
        if (p.from() != null) {
            if (p.from().y() != null || p.to().y() != null)
                throw new RuntimeError(p.from().span().to(p.to().span()), Messages.t("plot.curve-one-number"),
                        Messages.t("plot.hint-curve-range", p.subject().span().text()));
            a = in.number(in.eval(p.from().x()), p.from().x().span(), Messages.t("plot.the-start"));
            b = in.number(in.eval(p.to().x()), p.to().x().span(), Messages.t("plot.the-end"));
            if (!(b > a) || !Double.isFinite(a) || !Double.isFinite(b))
                throw new RuntimeError(p.from().span().to(p.to().span()), Messages.t("plot.curve-order", in.format.number(a), in.format.number(b)));
        }
        String name = p.subject().span().text();
        double[] xs = new double[SAMPLES], ys = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            // The ends exactly, and evenly between.
            xs[i] = i == SAMPLES - 1 ? b : a + (b - a) * i / (SAMPLES - 1);
            Value y = in.callValue(f, List.of(new Args.Given(null, new Value.Num(xs[i]), p.subject().span())), p.subject().span());
            ys[i] = number(in, y, name, xs[i], p);
        }
        String title = Messages.t("plot.curve-title", name, in.format.number(a), in.format.number(b));
        List<Series> curves = List.of(Series.of("", ys).withX(xs));
        LossPlot.Options o = LossPlot.Options.DEFAULT.withTitle(title).withAxes("x", name + "(x)");
        String file = PlotFeatures.file(in, p);
        Path path = PlotFeatures.writable(in, p, file);
        Output.Display display = in.output.display();
        if (display != null) display.image(title, () -> Png.encode(LossPlot.render(curves, o)));
        else {
            in.output.line(title, p.span());
            in.output.plot(new TerminalCanvas(PlotFeatures.LOSS_WIDTH, in.output.terminal().colour()).curve(curves, PlotFeatures.LOSS_ROWS, "x"),
                    () -> nn.viz.SvgWriter.svg(LossPlot.figure(curves, o)), p.span());
        }
        if (file != null) {
            LossPlot.write(curves, o, path);
            in.output.line(Messages.t("plot.wrote", file), p.span());
        }
    }

    private static double number(Interpreter in, Value y, String name, double x, Stmt.Plot p) {
        Value plain = Value.plain(y);
        if (plain instanceof Value.Num n) return n.value();
        if (plain instanceof Value.Mat m && m.value().rows() == 1 && m.value().cols() == 1) return m.value().item();
        throw new RuntimeError(p.subject().span(), Messages.t("plot.curve-not-number", name, in.format.number(x), y.describe()));
    }

    /** The numbers of a list or a 1×n (or n×1) matrix, or null when the value is neither. */
    static double[] numbers(Value v) {
        Value plain = Value.plain(v);
        if (plain instanceof Value.Mat m && (m.value().rows() == 1 || m.value().cols() == 1)) return m.value().data().clone();
        if (!(plain instanceof Value.ListV l) || l.items().isEmpty()) return null;
        double[] out = new double[l.items().size()];
        for (int i = 0; i < out.length; i++) {
            Value item = Value.plain(l.items().get(i));
            if (item instanceof Value.Num n) out[i] = n.value();
            else if (item instanceof Value.Mat m && m.value().rows() == 1 && m.value().cols() == 1) out[i] = m.value().item();
            else return null;
        }
        return out;
    }

}
