package nn.interp.lib.train;

import nn.i18n.Messages;

import nn.interp.*;
import nn.interp.lib.plot.PlotFeatures;
import nn.interp.lib.plot.PlotOptions;
import nn.platform.Browser;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nn.data.Dataset;
import nn.lang.ast.Stmt;
import nn.model.History;
import nn.model.Metrics;
import nn.model.Network;
import nn.model.TrainListener;
import nn.viz.BoundaryPlot;
import nn.viz.Classifier;
import nn.viz.GifWriter;
import nn.viz.LabelledPoints;
import nn.viz.Panel;
import nn.viz.Plane;
import nn.viz.Png;
import nn.viz.TerminalCanvas;

/**
 * Training you can watch: {@code plot boundary NET on DATA every N epochs [to "training.gif"]} inside a train
 * block. The boundary is drawn before the first epoch, after every N-th and after the last; the frames become
 * an animated GIF (each shown {@value #FRAME_MS} ms, the last held {@value #HOLD_MS} ms, looping). On a
 * terminal that redraws lines (colour on standard output, a live progress line on standard error) the
 * picture is redrawn in place as the network learns, at most ten times a second; printed anywhere else
 * (a pipe, a file, a test) only the final picture is printed, after training, so the output stays the
 * same from run to run. A notebook shows the final picture.
 */
final class WatchedPlots implements TrainListener {
    static final int FRAME_MS = 100, HOLD_MS = 1500, MAX_FRAMES = 500;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final Interpreter in;
    private final TrainReporter reporter;
    private final List<Watch> watches;

    private WatchedPlots(Interpreter in, TrainReporter reporter, List<Watch> watches) {
        this.in = in;
        this.reporter = reporter;
        this.watches = watches;
    }

    /** One watched plot: what it draws, how often, where the frames go, and what the screen shows now. */
    private static final class Watch {
        Stmt.Plot plot;
        Network net;
        Plane plane;
        LabelledPoints points;
        BoundaryPlot.Options options;
        int every, classes, lastFrame = -1;
        String file;
        Path path;
        final List<BufferedImage> frames = new ArrayList<>();
        int drawnLines;
        long outputAfterDraw = -1, lastDraw;
        String lastText;
    }

    /** Checks every watched plot before the first epoch runs, and draws the first frame (epoch 0). */
    static WatchedPlots of(Interpreter in, int epochs, List<Stmt.Plot> plots, TrainReporter reporter) {
        List<Watch> watches = new ArrayList<>();
        for (Stmt.Plot p : plots) watches.add(watch(in, p, epochs));
        WatchedPlots w = new WatchedPlots(in, reporter, watches);
        for (Watch watch : watches) w.frame(watch, 0, false);
        return w;
    }

    private static Watch watch(Interpreter in, Stmt.Plot p, int epochs) {
        if (!p.kind().text().equals("boundary"))
            throw new RuntimeError(p.kind().span(), Messages.t("train.watch-boundary-only", p.kind().text()), Messages.t("train.hint-watch-boundary"));
        if (p.every() == null)
            throw new RuntimeError(p.span(), Messages.t("train.watch-how-often"),
                    Messages.t("train.hint-watch-every", p.kind().text() + " " + p.subject().span().text()));
        PlotOptions.of(in, withoutEvery(p), List.of());
        Watch w = new Watch();
        w.plot = p;
        Value subject = in.eval(p.subject());
        if (!(subject instanceof Value.NetworkV nv))
            throw new RuntimeError(p.subject().span(), Messages.t("train.watch-network", subject.describe()));
        w.net = nv.network();
        if (w.net.inputSize() != 2)
            throw new RuntimeError(p.subject().span(), Messages.t("train.watch-two-inputs", w.net.name(), w.net.inputSize()));
        Dataset ds = null;
        if (p.data() != null) {
            if (!(in.eval(p.data()) instanceof Value.DatasetV dv)) throw new RuntimeError(p.data().span(), Messages.t("train.watch-needs-dataset"));
            ds = dv.dataset();
            if (ds.features() != 2 || ds.classes() == 0)
                throw new RuntimeError(p.data().span(), ds.classes() == 0
                        ? Messages.t("train.watch-data-numeric", ds.name(), ds.features())
                        : Messages.t("train.watch-data-features", ds.name(), ds.features()));
        }
        w.plane = PlotFeatures.plane(in, p, ds);
        w.points = ds == null ? LabelledPoints.none() : new LabelledPoints(ds.inputs(), ds.classIndices());
        w.classes = ds == null ? 2 : ds.classes();
        w.options = PlotFeatures.axes(ds).forFrames();
        double every = in.number(in.eval(p.every()), p.every().span(), "every");
        if (every != Math.rint(every) || every < 1 || every > Integer.MAX_VALUE)
            throw new RuntimeError(p.every().span(), Messages.t("train.watch-every-whole", in.format.number(every)));
        w.every = (int) every;
        if (p.file() != null) {
            if (!(in.eval(p.file()) instanceof Value.Str s))
                throw new RuntimeError(p.file().span(), Messages.t("train.watch-file-string"));
            if (!s.value().toLowerCase(Locale.ROOT).endsWith(".gif"))
                throw new RuntimeError(p.file().span(), Messages.t("train.watch-gif", s.value()), Messages.t("train.hint-watch-gif", s.value()));
            long frames = epochs / w.every + 2;
            if (frames > MAX_FRAMES)
                throw new RuntimeError(p.every().span(), Messages.t("train.watch-too-many-frames", w.every, epochs, frames, MAX_FRAMES),
                        Messages.t("train.hint-watch-less-often", epochs / (MAX_FRAMES - 2) + 1));
            w.file = s.value();
            w.path = PlotFeatures.writable(in, p, w.file);
        }
        return w;
    }

    private static Stmt.Plot withoutEvery(Stmt.Plot p) {
        return new Stmt.Plot(p.span(), p.kind(), p.subject(), p.data(), p.from(), p.to(), p.options(), null, p.file());
    }

    @Override public boolean afterBatch(Progress p) { return reporter.afterBatch(p); }

    @Override public boolean afterEpoch(EpochStats s) {
        boolean stop = reporter.afterEpoch(s);
        for (Watch w : watches) if (s.epoch() % w.every == 0) frame(w, s.epoch(), false);
        return stop;
    }

    /** After training: the last frame (if the last epoch was not one), the GIF, and the final picture. */
    void finish(History h) {
        for (Watch w : watches) {
            if (w.lastFrame != h.endEpoch() && h.epochs() > 0) frame(w, h.endEpoch(), true);
            else if (w.lastText != null && live()) draw(w, w.lastText, true);
            Output.Display display = in.output.display();
            String title = title(w, w.lastFrame);
            if (display != null) {
                Panel panel = panel(w, title);
                display.image(title, () -> Png.encode(BoundaryPlot.render(List.of(panel), w.plane, w.points, w.options)));
            } else if (!live()) {
                in.output.drawing(text(w, title), w.plot.span());
            }
            // The browser's build refuses .gif names before training starts (it has no GIF encoder to compile).
            if (w.file != null && !Browser.isBrowser()) {
                GifWriter.write(w.frames, FRAME_MS, HOLD_MS, w.path);
                in.output.line(Messages.t("train.watch-wrote", w.file, w.frames.size(), w.every),
                        w.plot.span());
            }
        }
    }

    private boolean live() {
        TerminalCapabilities t = in.output.terminal();
        return in.output.display() == null && t.liveProgress() && t.colour();
    }

    private void frame(Watch w, int epoch, boolean last) {
        w.lastFrame = epoch;
        String title = title(w, epoch);
        // The browser's build refuses files before training starts, and has no GIF encoder to compile.
        if (w.file != null && !Browser.isBrowser()) {
            in.chargeForward(w.net, 16_384, w.plot.span());
            w.frames.add(GifWriter.indexed(BoundaryPlot.render(List.of(panel(w, title)), w.plane, w.points, w.options)));
        }
        if (live()) {
            long now = System.nanoTime();
            if (!last && epoch != 0 && now - w.lastDraw < REDRAW_NANOS) return;
            w.lastDraw = now;
            draw(w, text(w, title), last);
        }
    }

    private static String title(Watch w, int epoch) { return Messages.t("train.watch-title", w.net.name(), epoch); }

    private Panel panel(Watch w, String title) {
        Network net = w.net;
        int classes = w.classes;
        Classifier c = pts -> Metrics.predictedClasses(net, Metrics.outputs(net, pts), classes);
        return new Panel(title, c);
    }

    private String text(Watch w, String title) {
        return new TerminalCanvas(PlotFeatures.WIDTH, in.output.terminal().colour()).axes(w.options.xName(), w.options.yName()).boundary(List.of(panel(w, title)), w.plane, w.points);
    }

    /**
     * Draws over the previous picture when nothing else was printed since (the cursor moves up its lines);
     * after other output (a report line) the picture starts afresh below it.
     */
    private void draw(Watch w, String text, boolean last) {
        w.lastText = text;
        reporter.close();
        StringBuilder out = new StringBuilder();
        if (w.drawnLines > 0 && in.budget.outputSoFar() == w.outputAfterDraw) out.append("\u001b[").append(w.drawnLines).append("A\r");
        out.append(text.replace("\n", "\u001b[K\n"));
        in.output.drawing(out.toString(), w.plot.span());
        w.drawnLines = (int) text.chars().filter(ch -> ch == '\n').count();
        w.outputAfterDraw = in.budget.outputSoFar();
    }
}
