package nn.interp.lib.plot;

import nn.i18n.Messages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nn.data.Dataset;
import nn.lang.ast.Expr;
import nn.lang.ast.Stmt;
import nn.lang.check.Names;
import nn.lang.source.Span;
import nn.model.History;
import nn.model.Metrics;
import nn.model.Network;
import nn.tensor.Matrix;
import nn.viz.BoundaryPlot;
import nn.viz.LabelledPoints;
import nn.viz.LossPlot;
import nn.viz.Panel;
import nn.viz.Plane;
import nn.viz.Png;
import nn.viz.Series;
import nn.viz.TerminalCanvas;
import nn.interp.Interpreter;
import nn.interp.Output;
import nn.interp.RuntimeError;
import nn.interp.TerminalCapabilities;
import nn.interp.Value;
import nn.interp.lib.train.TrainFeatures;
import nn.interp.lib.units.RegionPlots;

/**
 * {@code plot boundary NET on DATA [from (x0, y0) to (x1, y1)] [to "f.png" | "f.svg"]} (a list of networks gives
 * panels side by side) and {@code plot loss HISTORY [to "f.png"]} (a history, a trained network's
 * latest history, or a list of them). Every plot is drawn in the terminal too: in colour on a
 * terminal, in plain characters otherwise (as in the samples' expected output).
 */
public final class PlotFeatures {
    private PlotFeatures() {}

    /** Width in characters of a terminal plot of one panel, and of several side by side. */
    public static final int WIDTH = 40, WIDE = 80, LOSS_WIDTH = 60;
    static final int LOSS_ROWS = 10;
    /** Margin around the data's bounding box, as a fraction of its size. */
    static final double MARGIN = 0.1;

    /** The kinds of plot, as the statement names them. */
    static final List<String> KINDS = List.of("boundary", "loss", "regions", "data", "curve", "image", "images", "mistakes", "weights");

    public static void plot(Interpreter in, Stmt.Plot p) {
        switch (p.kind().text()) {
            case "boundary" -> boundary(in, p);
            case "loss" -> loss(in, p);
            case "regions" -> {
                PlotOptions.of(in, p, List.of());
                RegionPlots.plot(in, p);
            }
            case "data" -> DataPlots.data(in, p);
            case "curve" -> DataPlots.curve(in, p);
            case "image" -> PicturePlots.image(in, p);
            case "images" -> PicturePlots.images(in, p);
            case "mistakes" -> PicturePlots.mistakes(in, p);
            case "weights" -> PicturePlots.weights(in, p);
            default -> {
                String hint = Names.suggest(p.kind().text(), KINDS);
                throw new RuntimeError(p.kind().span(), Messages.t("plot.no-such-plot", p.kind().text()),
                        hint != null ? hint : Messages.t("plot.hint-plots-are", String.join(", ", KINDS)));
            }
        }
    }

    private static void boundary(Interpreter in, Stmt.Plot p) {
        PlotOptions.of(in, p, List.of());
        List<Network> nets = new ArrayList<>();
        Value subject = in.eval(p.subject());
        if (subject instanceof Value.ListV list) for (Value v : list.items()) nets.add(network(v, p.subject().span()));
        else nets.add(network(subject, p.subject().span()));
        if (nets.isEmpty()) throw new RuntimeError(p.subject().span(), Messages.t("plot.no-network-in-list"));
        for (Network n : nets)
            if (n.inputSize() != 2)
                throw new RuntimeError(p.subject().span(), Messages.t("plot.boundary-two-inputs", n.name(), n.inputSize()));
        Dataset ds = null;
        if (p.data() != null) {
            Value d = in.eval(p.data());
            if (!(d instanceof Value.DatasetV dv)) throw new RuntimeError(p.data().span(), Messages.t("plot.on-data-needs-dataset", d.describe()));
            ds = dv.dataset();
            if (ds.features() != 2)
                throw new RuntimeError(p.data().span(), Messages.t("plot.boundary-data-features", ds.name(), ds.features()));
            if (ds.classes() == 0) throw new RuntimeError(p.data().span(), Messages.t("plot.boundary-numeric", ds.name()));
        }
        Plane plane = plane(in, p, ds);
        for (Network n : nets) in.chargeForward(n, 16_384, p.span());
        int classes = ds == null ? 2 : ds.classes();
        List<Panel> panels = new ArrayList<>();
        for (Network n : nets) panels.add(new Panel(n.name(), pts -> Metrics.predictedClasses(n, Metrics.outputs(n, pts), classes)));
        LabelledPoints points = ds == null ? LabelledPoints.none() : new LabelledPoints(ds.inputs(), ds.classIndices());
        String file = file(in, p);
        Path path = writable(in, p, file);
        BoundaryPlot.Options options = axes(ds);
        Output.Display display = in.output.display();
        if (display != null) {
            LabelledPoints shown = points;
            String title = Messages.t("plot.boundary-title", String.join(", ", nets.stream().map(Network::name).toList()));
            display.image(title, () -> Png.encode(BoundaryPlot.render(panels, plane, shown, options)));
        } else {
            TerminalCapabilities terminal = in.output.terminal();
            // Side-by-side panels take WIDE columns; more panels than fit there may use a wider screen.
            int width = nets.size() == 1 ? WIDTH : Math.max(WIDE, Math.min(terminal.width(), TerminalCanvas.columnsFor(nets.size())));
            TerminalCanvas canvas = new TerminalCanvas(width, terminal.colour()).axes(options.xName(), options.yName());
            in.output.plot(canvas.boundary(panels, plane, points),
                    () -> nn.viz.SvgWriter.svg(BoundaryPlot.figure(panels, plane, points, options)), p.span());
        }
        if (file != null) {
            BoundaryPlot.write(panels, plane, points, options, path);
            in.output.line(Messages.t("plot.wrote", file), p.span());
        }
    }

    /** The axes named by the data's feature names (a CSV header), else x1 and x2. */
    public static BoundaryPlot.Options axes(Dataset ds) {
        if (ds == null || ds.featureNames().size() != 2) return BoundaryPlot.Options.DEFAULT;
        return BoundaryPlot.Options.DEFAULT.withAxes(ds.featureNames().get(0), ds.featureNames().get(1));
    }

    private static Network network(Value v, Span at) {
        if (v instanceof Value.NetworkV n) return n.network();
        throw new RuntimeError(at, Messages.t("plot.boundary-subject", v.describe()));
    }

    public static Plane plane(Interpreter in, Stmt.Plot p, Dataset ds) {
        if (p.from() != null) {
            if (p.from().y() == null || p.to().y() == null)
                throw new RuntimeError(p.from().span().to(p.to().span()), Messages.t("plot.plane-corners"), Messages.t("plot.hint-plane-corners"));
            double x0 = in.number(in.eval(p.from().x()), p.from().x().span(), "x0"), y0 = in.number(in.eval(p.from().y()), p.from().y().span(), "y0");
            double x1 = in.number(in.eval(p.to().x()), p.to().x().span(), "x1"), y1 = in.number(in.eval(p.to().y()), p.to().y().span(), "y1");
            return new Plane(x0, y0, x1, y1);
        }
        if (ds == null)
            throw new RuntimeError(p.span(), Messages.t("plot.boundary-needs-window"));
        Matrix xy = ds.inputs();
        return Plane.around(xy, MARGIN);
    }

    private static void loss(Interpreter in, Stmt.Plot p) {
        if (p.data() != null) throw new RuntimeError(p.data().span(), Messages.t("plot.loss-no-data"), Messages.t("plot.hint-loss-no-data"));
        if (p.from() != null) throw new RuntimeError(p.span(), Messages.t("plot.loss-no-region"));
        PlotOptions.of(in, p, List.of());
        Value subject = in.eval(p.subject());
        double[] numbers = DataPlots.numbers(subject);
        if (numbers != null) {
            String source = p.subject().span().text();
            lossCurves(in, p, List.of(Series.of("", numbers)), Messages.t("plot.loss-values-title", source, numbers.length));
            return;
        }
        List<History> histories = new ArrayList<>();
        if (subject instanceof Value.ListV list) for (Value v : list.items()) histories.add(history(v, p.subject().span()));
        else histories.add(history(subject, p.subject().span()));
        List<Series> curves = new ArrayList<>();
        for (History h : histories) {
            if (h.epochs() == 0) throw new RuntimeError(p.subject().span(), Messages.t("plot.history-empty", h.network()));
            boolean one = histories.size() == 1;
            // With validation data the legend tells the two curves apart: training and validation loss.
            curves.add(Series.of(one ? (h.hasValidation() ? Messages.t("plot.legend-training") : "") : h.network(), h.losses()));
            if (h.hasValidation())
                curves.add(Series.of(one ? Messages.t("plot.legend-validation") : Messages.t("plot.legend-network-validation", h.network()), h.valLosses()));
        }
        String title = histories.size() == 1 ? Messages.t("plot.loss-title-of", histories.get(0).loss().word(), histories.get(0).network())
                : Messages.t("plot.loss-title");
        lossCurves(in, p, curves, title);
    }

    /** Loss curves drawn in the terminal (or the notebook), then written when a file is named. */
    private static void lossCurves(Interpreter in, Stmt.Plot p, List<Series> curves, String title) {
        String file = file(in, p);
        Path path = writable(in, p, file);
        Output.Display display = in.output.display();
        if (display != null) {
            display.image(title, () -> Png.encode(LossPlot.render(curves, LossPlot.Options.DEFAULT.withTitle(title))));
        } else {
            TerminalCanvas canvas = new TerminalCanvas(LOSS_WIDTH, in.output.terminal().colour());
            in.output.line(title, p.span());
            in.output.plot(canvas.loss(curves, LOSS_ROWS, false),
                    () -> nn.viz.SvgWriter.svg(LossPlot.figure(curves, LossPlot.Options.DEFAULT.withTitle(title))), p.span());
        }
        if (file != null) {
            LossPlot.write(curves, LossPlot.Options.DEFAULT.withTitle(title), path);
            in.output.line(Messages.t("plot.wrote", file), p.span());
        }
    }

    private static History history(Value v, Span at) {
        return switch (v) {
            case Value.HistoryV h -> h.history();
            case Value.NetworkV n -> {
                History h = TrainFeatures.lastHistory(n.network());
                if (h == null) throw new RuntimeError(at, Messages.t("plot.loss-untrained", n.network().name()));
                yield h;
            }
            default -> throw new RuntimeError(at, Messages.t("plot.loss-subject", v.describe()));
        };
    }

    /** The file's path, checked before anything is drawn: a refused path must not cost a whole plot first. */
    public static Path writable(Interpreter in, Stmt.Plot p, String file) {
        if (file == null) return null;
        // The browser's build has SVG but no PNG or GIF encoder: it says so before anything is drawn.
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        if (nn.platform.Browser.isBrowser() && !lower.endsWith(".svg"))
            throw new RuntimeError(p.file().span(), Messages.t("plot.browser-svg-only", nn.lang.source.Visible.name(file)),
                    Messages.t("plot.browser-svg-only-hint", nn.lang.source.Visible.name(file.substring(0, file.length() - 4) + ".svg")));
        try {
            return in.sandbox.forWriting(file);
        } catch (RuntimeError e) {
            throw e.at(p.file().span());
        }
    }

    /** PNG (pixels, nn's bitmap font) or SVG (the same plot as vector marks), by the file name's extension. */
    public static boolean isPlotFile(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".png") || lower.endsWith(".svg");
    }

    public static String file(Interpreter in, Stmt.Plot p) {
        if (p.file() == null) return null;
        Value f = in.eval(p.file());
        if (!(f instanceof Value.Str s)) throw new RuntimeError(p.file().span(), Messages.t("plot.file-string", f.describe()));
        if (!isPlotFile(s.value()))
            throw new RuntimeError(p.file().span(), Messages.t("plot.file-kind", s.value()));
        return s.value();
    }
}
