package nn.interp.lib.units;

import nn.i18n.Messages;

import java.nio.file.Path;
import java.util.List;
import nn.graph.Node;
import nn.lang.ast.Expr;
import nn.lang.ast.Stmt;
import nn.lang.source.Span;
import nn.model.Activation;
import nn.model.Network;
import nn.model.logic.LinearUnit;
import nn.model.logic.RowModel;
import nn.tensor.Matrix;
import nn.viz.BoundaryPlot;
import nn.viz.Classifier;
import nn.viz.LabelledPoints;
import nn.viz.Panel;
import nn.viz.Plane;
import nn.viz.TerminalCanvas;
import nn.interp.Interpreter;
import nn.interp.Output;
import nn.interp.RuntimeError;
import nn.interp.Value;
import nn.interp.lib.plot.PlotFeatures;

/**
 * {@code plot regions NET [on DATA] [from (x0, y0) to (x1, y1)] [to "file.png"]}: where a unit, gate,
 * region or network of two inputs fires, drawn in the terminal (half-blocks in colour when stdout
 * is a terminal, plain characters otherwise) and, with a file name, as a PNG.
 */
public final class RegionPlots {
    private RegionPlots() {}

    /** Columns of the terminal plot: a square region takes 48 × 24 characters. */
    static final int WIDTH = 48;

    public static void plot(Interpreter in, Stmt.Plot p) {
        draw(in, p);
    }

    private static void draw(Interpreter in, Stmt.Plot p) {
        Value subject = in.eval(p.subject());
        Classifier classifier = classifier(subject, p.subject().span());
        LabelledPoints points = p.data() == null ? LabelledPoints.none() : points(in, in.eval(p.data()), p.data());
        Plane plane = plane(in, p, points);
        String file = null;
        if (p.file() != null) {
            if (!(in.eval(p.file()) instanceof Value.Str s))
                throw new RuntimeError(p.file().span(), Messages.t("units.regions-file-string"));
            if (!PlotFeatures.isPlotFile(s.value()))
                throw new RuntimeError(p.file().span(), Messages.t("units.regions-file-kind", s.value()));
            file = s.value();
        }
        Path path = PlotFeatures.writable(in, p, file);
        String title = p.subject().span().text();
        Panel panel = new Panel(Messages.t("units.regions-panel-title", title), classifier);
        Output.Display display = in.output.display();
        if (display != null) {
            display.image(title, () -> nn.viz.Png.encode(
                    BoundaryPlot.render(List.of(new Panel(title, classifier)), plane, points, BoundaryPlot.Options.DEFAULT)));
        } else {
            boolean colour = in.output.terminal().colour();
            in.output.plot(new TerminalCanvas(WIDTH, colour).boundary(List.of(panel), plane, points), () -> nn.viz.SvgWriter.svg(
                    BoundaryPlot.figure(List.of(new Panel(title, classifier)), plane, points, BoundaryPlot.Options.DEFAULT)), p.span());
        }
        String note = uniform(classifier, plane, title);
        if (note != null) in.output.line(note, p.span());
        if (file != null) {
            BoundaryPlot.write(List.of(new Panel(title, classifier)), plane, points, path);
            in.output.line(Messages.t("units.wrote", file), p.span());
        }
    }

    /**
     * A note when the plot shows only one class: a region too thin to draw (a gate firing only where
     * x + y = 1) should not look like nothing. Samples the terminal's grid and one four times finer.
     */
    private static String uniform(Classifier classifier, Plane plane, String title) {
        int rows = (int) Math.max(1, Math.min(2L * WIDTH, Math.round(WIDTH * plane.height() / plane.width() / 2)));
        int drawn = fires(classifier, plane, WIDTH, rows), fine = fires(classifier, plane, 4 * WIDTH, 4 * rows);
        if (fine == 0) return Messages.t("units.regions-fires-nowhere", title);
        if (drawn == 0) return Messages.t("units.regions-too-thin", title);
        if (fine == 16 * WIDTH * rows) return Messages.t("units.regions-fires-everywhere", title);
        return null;
    }

    /** How many centres of a cols × rows grid over the plane the classifier puts in class 1. */
    private static int fires(Classifier classifier, Plane plane, int cols, int rows) {
        double[] xy = new double[2 * cols * rows];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                xy[2 * (r * cols + c)] = plane.x0() + (c + 0.5) / cols * plane.width();
                xy[2 * (r * cols + c) + 1] = plane.y1() - (r + 0.5) / rows * plane.height();
            }
        int count = 0;
        for (int k : classifier.classify(new Matrix(cols * rows, 2, xy))) count += k == 1 ? 1 : 0;
        return count;
    }

    /** Class 1 where the model fires, 0 elsewhere. */
    static Classifier classifier(Value v, Span at) {
        return switch (v) {
            case Value.UnitV u -> unitClassifier(u.unit(), at);
            case Value.NetworkV n -> networkClassifier(n.network(), at);
            default -> throw new RuntimeError(at, Messages.t("units.regions-subject", v.describe()));
        };
    }

    private static Classifier unitClassifier(RowModel unit, Span at) {
        if (unit instanceof LinearUnit)
            throw new RuntimeError(at, Messages.t("units.regions-linear-unit"), Messages.t("units.hint-regions-what"));
        checkTwoInputs(unit.inputCount(), unit.definite(), at);
        if (unit.outputCount() != 1)
            throw new RuntimeError(at, Messages.t("units.regions-one-output", unit.definite(), unit.outputCount()));
        return points -> {
            Matrix out = unit.apply(points);
            int[] classes = new int[out.rows()];
            for (int i = 0; i < classes.length; i++) classes[i] = out.get(i, 0) >= 0.5 ? 1 : 0;
            return classes;
        };
    }

    /** The network's class where it is drawn, by the one class decision ({@link nn.model.ClassDecision}). */
    private static Classifier networkClassifier(Network net, Span at) {
        checkTwoInputs(net.inputSize(), Messages.t("units.the-network-named", net.name()), at);
        return points -> nn.model.Metrics.predictedClasses(net, net.forward(Node.constant(points)).value(), 2);
    }

    private static void checkTwoInputs(int inputs, String what, Span at) {
        if (inputs != 2)
            throw new RuntimeError(at, Messages.t("units.regions-two-inputs", what, inputs), Messages.t("units.hint-use-truthtable"));
    }

    private static LabelledPoints points(Interpreter in, Value v, Expr source) {
        if (!(v instanceof Value.DatasetV d))
            throw new RuntimeError(source.span(), Messages.t("units.regions-points-dataset", v.describe()));
        if (d.dataset().features() != 2)
            throw new RuntimeError(source.span(), Messages.t("units.regions-points-width",
                    nn.lang.source.Visible.excerpt(source.span().text()), d.dataset().features()));
        UnitData data = UnitData.of(d.dataset(), source.span());
        double[] labels = data.labels01(source.span());
        int[] classes = new int[labels.length];
        for (int i = 0; i < classes.length; i++) classes[i] = (int) labels[i];
        return new LabelledPoints(d.dataset().inputs(), classes);
    }

    /** from/to as written; else around the data; else the unit square with a margin (Boolean inputs). */
    private static Plane plane(Interpreter in, Stmt.Plot p, LabelledPoints points) {
        if (p.from() == null) return points.size() > 0 ? Plane.around(points.xy(), 0.25) : new Plane(-0.5, -0.5, 1.5, 1.5);
        double x0 = in.number(in.eval(p.from().x()), p.from().x().span(), "x0"), y0 = in.number(in.eval(p.from().y()), p.from().y().span(), "y0");
        double x1 = in.number(in.eval(p.to().x()), p.to().x().span(), "x1"), y1 = in.number(in.eval(p.to().y()), p.to().y().span(), "y1");
        if (!(x1 > x0) || !(y1 > y0))
            throw new RuntimeError(p.from().x().span().to(p.to().y().span()), Messages.t("units.regions-window",
                    in.format.number(x0), in.format.number(y0), in.format.number(x1), in.format.number(y1)));
        return new Plane(x0, y0, x1, y1);
    }

}
