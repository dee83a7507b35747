package nn.interp.lib.plot;

import nn.i18n.Messages;

import nn.interp.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nn.data.Dataset;
import nn.lang.ast.Stmt;
import nn.lang.source.Span;
import nn.model.Activation;
import nn.model.Dense;
import nn.model.Metrics;
import nn.model.Network;
import nn.tensor.Fdlibm;
import nn.tensor.Matrix;
import nn.viz.ColourScale;
import nn.viz.Picture;
import nn.viz.PictureGrid;
import nn.viz.Png;
import nn.viz.TerminalPictures;

/**
 * Pictures of inputs and weights: {@code plot image X} (one example, matrix or row as a picture),
 * {@code plot images DATA [limit N]} (the first examples in a grid, captioned with their labels),
 * {@code plot mistakes NET on DATA [limit N]} (the examples the network gets wrong, the most confident
 * mistakes first) and {@code plot weights LAYER} (each unit's incoming weights as a picture, on a diverging
 * scale centred at 0). A row of n values is drawn as a square when n is a square number, else it needs
 * {@code shape = (h, w)}.
 */
final class PicturePlots {
    private PicturePlots() {}

    /** How many pictures plot images and plot mistakes show when no limit is given, and the most they show. */
    static final int DEFAULT_LIMIT = 25, MAX_LIMIT = 400;

    static void image(Interpreter in, Stmt.Plot p) {
        PlotOptions o = PlotOptions.of(in, p, List.of("shape"));
        noData(p);
        Value v = in.eval(p.subject());
        Matrix m;
        String caption = "";
        if (v instanceof Value.ListV l && l.items().size() == 2 && Value.plain(l.items().get(0)) instanceof Value.Mat x
                && Value.plain(l.items().get(1)) instanceof Value.Mat t) {
            m = x.value();
            caption = Messages.t("plot.caption-label", in.format.number(Metrics.targetClasses(t.value())[0]));
            if (t.value().cols() == 1 && t.value().item() != Math.rint(t.value().item()))
                caption = Messages.t("plot.caption-target", in.format.number(t.value().item()));
        } else if (Value.plain(v) instanceof Value.Mat x) {
            m = x.value();
        } else {
            throw new RuntimeError(p.subject().span(), Messages.t("plot.image-subject", v.describe()),
                    Messages.t("plot.hint-image-dataset", p.subject().span().text()));
        }
        int[] shape = o.shape();
        boolean row = m.rows() == 1 || m.cols() == 1;
        int n = m.rows() * m.cols();
        int h, w;
        if (shape != null) {
            h = shape[0]; w = shape[1];
            checkShape(o, n, h, w, Messages.t("plot.this-image"));
        } else if (!row) {
            h = m.rows(); w = m.cols();
        } else {
            int side = side(n, p.subject().span(), "plot image " + p.subject().span().text());
            h = side; w = side;
        }
        Picture pic = new Picture(caption, h, w, m.data());
        String title = Messages.t("plot.image-title", p.subject().span().text(), h + "×" + w);
        show(in, p, title, List.of(pic), ColourScale.greyFor(m.data()));
    }

    static void images(Interpreter in, Stmt.Plot p) {
        PlotOptions o = PlotOptions.of(in, p, List.of("limit", "shape"));
        noData(p);
        Dataset ds = dataset(in, in.eval(p.subject()), p.subject().span(), "plot images");
        int limit = Math.min(ds.size(), o.whole("limit", 1, MAX_LIMIT, DEFAULT_LIMIT));
        int[] hw = shapeOf(o, ds.features(), p.subject().span(), "plot images " + p.subject().span().text());
        List<Picture> pics = new ArrayList<>();
        Matrix x = ds.inputs();
        for (int i = 0; i < limit; i++) pics.add(new Picture(label(in, ds, i), hw[0], hw[1], row(x, i)));
        String title = limit == ds.size() ? Messages.t("plot.images-title-all", limit, ds.name(), hw[0] + "×" + hw[1])
                : Messages.t("plot.images-title-first", limit, ds.size(), ds.name(), hw[0] + "×" + hw[1]);
        show(in, p, title, pics, ColourScale.greyFor(slice(x, limit)));
    }

    static void mistakes(Interpreter in, Stmt.Plot p) {
        PlotOptions o = PlotOptions.of(in, p, List.of("limit", "shape"));
        Value subject = in.eval(p.subject());
        if (!(subject instanceof Value.NetworkV nv))
            throw new RuntimeError(p.subject().span(), Messages.t("plot.mistakes-network", subject.describe()));
        if (p.data() == null)
            throw new RuntimeError(p.span(), Messages.t("plot.mistakes-needs-data"), Messages.t("plot.hint-mistakes-data", p.subject().span().text()));
        Network net = nv.network();
        Dataset ds = dataset(in, in.eval(p.data()), p.data().span(), "plot mistakes");
        if (ds.classes() == 0)
            throw new RuntimeError(p.data().span(), Messages.t("plot.mistakes-numeric", ds.name()));
        if (net.inputSize() != ds.features())
            throw new RuntimeError(p.data().span(), Messages.t("plot.mistakes-width", net.name(), net.inputSize(), ds.name(), ds.features()));
        int limit = o.whole("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        int[] hw = shapeOf(o, ds.features(), p.data().span(), "plot mistakes " + p.subject().span().text() + " on " + p.data().span().text());
        in.chargeForward(net, ds.size(), p.span());
        Matrix out = Metrics.outputs(net, ds.inputs());
        int[] predicted = Metrics.predictedClasses(net, out, ds.classes()), truth = ds.classIndices();
        double[] confidence = confidence(net.outputActivation(), out, predicted);
        List<Integer> wrong = new ArrayList<>();
        for (int i = 0; i < truth.length; i++) if (predicted[i] != truth[i]) wrong.add(i);
        if (wrong.isEmpty()) {
            in.output.line(p.file() != null ? Messages.t("plot.no-mistakes-no-file", net.name(), ds.size(), ds.name())
                    : Messages.t("plot.no-mistakes", net.name(), ds.size(), ds.name()), p.span());
            return;
        }
        // The worst first: the mistakes the network is surest of, then by position, so the order is the same every run.
        wrong.sort((a, b) -> confidence[a] != confidence[b] ? Double.compare(confidence[b], confidence[a]) : Integer.compare(a, b));
        int shown = Math.min(limit, wrong.size());
        List<Picture> pics = new ArrayList<>();
        double[] values = new double[shown * ds.features()];
        for (int k = 0; k < shown; k++) {
            int i = wrong.get(k);
            String caption = Messages.t("plot.mistake-caption", ds.classLabel(predicted[i]), ds.classLabel(truth[i]));
            double[] r = row(ds.inputs(), i);
            System.arraycopy(r, 0, values, k * r.length, r.length);
            pics.add(new Picture(caption, hw[0], hw[1], r, true));
        }
        String title = shown < wrong.size()
                ? Messages.t("plot.mistakes-title-some", net.name(), wrong.size(), ds.size(), ds.name(), shown)
                : Messages.t("plot.mistakes-title-all", net.name(), wrong.size(), ds.size(), ds.name());
        show(in, p, title, pics, ColourScale.greyFor(values));
    }

    static void weights(Interpreter in, Stmt.Plot p) {
        PlotOptions o = PlotOptions.of(in, p, List.of("limit", "shape"));
        noData(p);
        Value v = in.eval(p.subject());
        Matrix w;
        String what;
        if (v instanceof Value.LayerV l) {
            Dense d = l.layer();
            w = d.weights().value();
            what = Messages.t("plot.layer-named", d.name());
        } else if (Value.plain(v) instanceof Value.Mat m) {
            w = m.value();
            what = p.subject().span().text();
        } else if (v instanceof Value.NetworkV n) {
            throw new RuntimeError(p.subject().span(), Messages.t("plot.weights-whole-network", n.network().name()),
                    Messages.t("plot.hint-weights-first-layer", p.subject().span().text()));
        } else {
            throw new RuntimeError(p.subject().span(), Messages.t("plot.weights-subject", v.describe()));
        }
        int inputs = w.rows(), units = w.cols();
        int[] hw = shapeOf(o, inputs, p.subject().span(), "plot weights " + p.subject().span().text());
        int shown = Math.min(units, o.whole("limit", 1, MAX_LIMIT, MAX_LIMIT));
        List<Picture> pics = new ArrayList<>();
        for (int j = 0; j < shown; j++) {
            double[] col = new double[inputs];
            for (int i = 0; i < inputs; i++) col[i] = w.get(i, j);
            pics.add(new Picture(Messages.t("plot.unit-caption", j), hw[0], hw[1], col));
        }
        String title = shown < units ? Messages.t("plot.weights-title-some", shown, units, what, hw[0] + "×" + hw[1])
                : Messages.t("plot.weights-title-all", units, what, hw[0] + "×" + hw[1]);
        show(in, p, title, pics, ColourScale.divergingFor(w.data(), 0.99));
    }

    /** The network's probability for the class it picked: softmax of raw scores, or the output itself for probabilities. */
    static double[] confidence(Activation last, Matrix out, int[] predicted) {
        int m = out.rows(), k = out.cols();
        double[] c = new double[m];
        for (int r = 0; r < m; r++) {
            if (k == 1) {
                double v = out.get(r, 0);
                double p1 = last == Activation.SIGMOID || last == Activation.SOFTMAX || last == Activation.STEP ? v
                        : 1 / (1 + Fdlibm.exp(-(v - nn.model.ClassDecision.cut(last))));
                c[r] = predicted[r] == 1 ? p1 : 1 - p1;
            } else if (last == Activation.SOFTMAX || last == Activation.SIGMOID) {
                c[r] = out.get(r, predicted[r]);
            } else {
                double max = Double.NEGATIVE_INFINITY, sum = 0;
                for (int j = 0; j < k; j++) max = Math.max(max, out.get(r, j));
                for (int j = 0; j < k; j++) sum += Fdlibm.exp(out.get(r, j) - max);
                c[r] = Fdlibm.exp(out.get(r, predicted[r]) - max) / sum;
            }
            if (Double.isNaN(c[r])) c[r] = 0;
        }
        return c;
    }

    private static void noData(Stmt.Plot p) {
        if (p.data() != null) throw new RuntimeError(p.data().span(), Messages.t("plot.takes-no-data", p.kind().text()));
        if (p.from() != null) throw new RuntimeError(p.from().span(), Messages.t("plot.takes-no-region", p.kind().text()));
    }

    private static Dataset dataset(Interpreter in, Value v, Span at, String what) {
        if (v instanceof Value.DatasetV d) return d.dataset();
        throw new RuntimeError(at, Messages.t("plot.needs-dataset", what, v.describe()), Messages.t("plot.hint-plot-image", at.text()));
    }

    /** The picture shape of rows of {@code n} values: the shape option, or a square. */
    private static int[] shapeOf(PlotOptions o, int n, Span at, String statement) {
        int[] shape = o.shape();
        if (shape != null) {
            checkShape(o, n, shape[0], shape[1], Messages.t("plot.each-picture"));
            return shape;
        }
        int side = side(n, at, statement);
        return new int[] {side, side};
    }

    private static void checkShape(PlotOptions o, int n, int h, int w, String what) {
        if ((long) h * w != n)
            throw new RuntimeError(o.get("shape").point().span(), Messages.t("plot.shape-size", h + "×" + w, (long) h * w, what, n),
                    Messages.t("plot.hint-shape-size", n));
    }

    private static int side(int n, Span at, String statement) {
        int side = Picture.squareSide(n);
        if (side > 0) return side;
        int h = (int) Math.sqrt(n);
        while (h > 1 && n % h != 0) h--;
        throw new RuntimeError(at, Messages.t("plot.not-square", n), Messages.t("plot.hint-not-square", statement + " shape = (" + h + ", " + n / h + ")"));
    }

    private static String label(Interpreter in, Dataset ds, int i) {
        if (ds.classes() > 0) return ds.classLabel(ds.classOf(i));
        return ds.targets().cols() == 1 ? in.format.number(ds.targets().get(i, 0)) : "";
    }

    private static double[] row(Matrix x, int i) {
        double[] r = new double[x.cols()];
        System.arraycopy(x.data(), i * x.cols(), r, 0, r.length);
        return r;
    }

    private static double[] slice(Matrix x, int rows) {
        double[] r = new double[rows * x.cols()];
        System.arraycopy(x.data(), 0, r, 0, r.length);
        return r;
    }

    /** In the terminal (or the notebook's display), then the file when one is named. */
    private static void show(Interpreter in, Stmt.Plot p, String title, List<Picture> pics, ColourScale scale) {
        String file = PlotFeatures.file(in, p);
        Path path = PlotFeatures.writable(in, p, file);
        Output.Display display = in.output.display();
        if (display != null) display.image(title, () -> Png.encode(PictureGrid.render(title, pics, scale)));
        else {
            TerminalCapabilities t = in.output.terminal();
            in.output.plot(TerminalPictures.render(title, pics, scale, t.width(), t.colour()),
                    () -> nn.viz.SvgWriter.svg(PictureGrid.figure(title, pics, scale)), p.span());
        }
        if (file != null) {
            PictureGrid.write(title, pics, scale, path);
            in.output.line(Messages.t("plot.wrote", file), p.span());
        }
    }
}
