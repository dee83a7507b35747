package nn.interp.lib.train;

import nn.i18n.Messages;

import nn.interp.lib.Args;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nn.lang.ast.Expr;
import nn.lang.ast.Ident;
import nn.lang.ast.Stmt;
import nn.lang.source.Span;
import nn.model.History;
import nn.model.Network;
import nn.model.TrainListener;
import nn.interp.Budget;
import nn.interp.Interpreter;
import nn.interp.TerminalCapabilities;
import nn.interp.Value;

/**
 * What a training run shows and how it is stopped from outside: budgets and Ctrl-C are checked after
 * every batch (an interrupted run ends after the batch in progress, keeping its weights; one that the
 * engine's kernels stop mid-batch drops that batch's update) and either way says so once; every
 * {@code report every K} epochs a plain line "epoch 500: loss 0.2493, accuracy 0.75" goes to stdout;
 * on a terminal a live progress line (epoch, bar, loss, samples/s) is redrawn on stderr with '\r'
 * and erased before anything else prints; the stop condition is evaluated after every epoch with
 * {@code loss}, {@code epoch}, {@code accuracy}, {@code val_loss}, {@code val_accuracy} and {@code lr}
 * bound. Lines show the validation numbers when the run has validation data, and the learning rate
 * when a schedule changes it; the closing line says why a run stopped early and which epoch's weights
 * keep best restored.
 */
final class TrainReporter implements TrainListener {
    private static final long FIRST_DRAW_NANOS = 300_000_000L, REDRAW_NANOS = 100_000_000L;

    private final Interpreter in;
    private final Network net;
    /** −1: not given (a closing line only); 0: silent; K: a line every K epochs. */
    private final int reportEvery;
    private final Expr stopExpr;
    private final Value.Fn stop;
    private final Span span;
    private final TerminalCapabilities terminal;
    private final boolean validation, scheduled;
    private double lastValLoss = Double.NaN;
    private final long start = System.nanoTime();
    private long lastDraw, samples;
    private int drawnWidth;
    private boolean interrupted;

    TrainReporter(Interpreter in, Network net, int reportEvery, Expr stop, Span span, nn.model.TrainConfig cfg) {
        this.validation = cfg.validation() != null;
        this.scheduled = !(cfg.optimizer().schedule() instanceof nn.model.Schedule.Constant);
        this.in = in;
        this.net = net;
        this.reportEvery = reportEvery;
        this.stopExpr = stop;
        this.stop = stop == null ? null : conditionFunction(in, stop);
        this.span = span;
        this.terminal = in.output.terminal();
        if (in.output.training() != null) in.output.training().started(net.name(), cfg.epochs());
    }

    /**
     * The stop condition as a function of (loss, epoch, accuracy) whose scope is the one the train
     * block runs in: defining it as a statement captures that scope, then its temporary name is removed.
     */
    private static Value.Fn conditionFunction(Interpreter in, Expr cond) {
        String name = "#stop";
        List<Ident> params = Stream.of("loss", "epoch", "accuracy", "val_loss", "val_accuracy", "lr").map(p -> new Ident(cond.span(), p)).toList();
        in.exec(new Stmt.Fn(cond.span(), new Ident(cond.span(), name), params, List.of(new Stmt.Return(cond.span(), cond))));
        Value.Fn fn = (Value.Fn) in.globalsOrLocal(name);
        fn.closure().locals().remove(name);
        return fn;
    }

    @Override public boolean afterBatch(Progress p) {
        try {
            in.budget.step(span);
            in.budget.checkTimeAndInterrupt(span);
        } catch (Budget.Interrupted e) {
            interrupted = true;
            return false;
        }
        samples = (long) (p.epoch() - 1) * p.size() + p.seen();
        if (terminal.liveProgress()) draw(p);
        return true;
    }

    @Override public boolean afterEpoch(EpochStats s) {
        lastValLoss = s.valLoss();
        if (in.output.training() != null) in.output.training().epoch(s.epoch(), s.loss(), s.accuracy(), s.valLoss(), s.valAccuracy());
        if (reportEvery > 0 && s.epoch() % reportEvery == 0)
            line(Messages.t("train.epoch-line", s.epoch(), stats(s.loss(), s.accuracy(), s.valLoss(), s.valAccuracy()) + rate(s.rate())));
        if (stop == null) return false;
        try {
            Span at = stopExpr.span();
            Value v = in.callValue(stop, Stream.of(s.loss(), (double) s.epoch(), s.accuracy(), s.valLoss(), s.valAccuracy(), s.rate())
                    .map(x -> new Args.Given(null, new Value.Num(x), at)).toList(), at);
            return in.truth(v, at);
        } catch (Budget.Interrupted e) {
            interrupted = true;
            return true;
        }
    }

    /**
     * The closing line of a run. An interrupt seen after a batch, in the stop condition, or mid-batch
     * by the engine's kernels (the history then ends INTERRUPTED) gets the one message and is cleared,
     * so the statements after the train block (and the next REPL entry) run normally — unless it was the
     * watchdog's, for a budget the run passed: then the run ends with that budget's error.
     */
    void finished(History h) {
        if (interrupted || h.end() == History.End.INTERRUPTED) {
            // The watchdog interrupts the run's thread too, when the run passes its time or memory budget:
            // that ends the run with the budget's error, as it would anywhere else; only Ctrl-C lets it go on.
            if (in.budget.memoryExceeded() != null) throw in.budget.memoryExceeded().at(span);
            if (in.budget.expired()) throw in.budget.timeExceeded(span);
            Thread.interrupted();
            line(Messages.t("train.interrupted", h.endEpoch()));
            return;
        }
        if (reportEvery == 0) return;
        History.Best best = h.best();
        boolean restored = best != null && best.restored();
        switch (h.end()) {
            case COMPLETED -> {
                String stats = stats(h.lastLoss(), h.lastAccuracy(), h.lastValLoss(), h.lastValAccuracy());
                line(restored
                        ? Messages.t("train.trained-restored", net.name(), h.epochs(), stats, best.epoch(), best.monitor().word(),
                                in.format.number(best.value()))
                        : Messages.t("train.trained", net.name(), h.epochs(), stats));
            }
            // The condition, not the rounded loss: "loss 0.002" beside "loss < 0.002" would read as a contradiction.
            case STOPPED -> line(restored ? Messages.t("train.stopped-because-restored", h.endEpoch(), stopExpr.span().text(), best.epoch())
                    : Messages.t("train.stopped-because", h.endEpoch(), stopExpr.span().text()));
            case NO_IMPROVEMENT -> line(restored
                    ? Messages.t("train.no-improvement-restored", h.endEpoch(), best.monitor().word(), best.epoch(), in.format.number(best.value()))
                    : Messages.t("train.no-improvement", h.endEpoch(), best.monitor().word(), best.epoch(), in.format.number(best.value())));
            case DIVERGED, INTERRUPTED -> { }
        }
    }

    private String stats(double loss, double accuracy, double valLoss, double valAccuracy) {
        StringBuilder s = new StringBuilder(Messages.t("train.stat-loss", in.format.number(loss)));
        if (!Double.isNaN(accuracy)) s.append(", ").append(Messages.t("train.stat-accuracy", in.format.number(accuracy)));
        if (validation) {
            s.append(", ").append(Messages.t("train.stat-val-loss", in.format.number(valLoss)));
            if (!Double.isNaN(valAccuracy)) s.append(", ").append(Messages.t("train.stat-val-accuracy", in.format.number(valAccuracy)));
        }
        return s.toString();
    }

    /** ", lr 0.25" when a schedule changes the rate; nothing when it is constant. */
    private String rate(double rate) { return scheduled ? ", " + Messages.t("train.stat-lr", in.format.number(rate)) : ""; }

    private void line(String text) {
        erase();
        in.output.line(text, span);
    }

    private void draw(Progress p) {
        long now = System.nanoTime();
        if (now - start < FIRST_DRAW_NANOS || now - lastDraw < REDRAW_NANOS) return;
        lastDraw = now;
        double done = ((p.epoch() - 1) + (double) p.seen() / p.size()) / p.epochs();
        int filled = (int) Math.round(done * 20);
        double rate = samples / ((now - start) / 1e9);
        String text = Messages.t("train.progress", p.epoch(), p.epochs(), "█".repeat(filled) + "░".repeat(20 - filled),
                String.format(Locale.ROOT, "%3d%%", Math.round(done * 100)), in.format.number(p.batchLoss()),
                (validation && !Double.isNaN(lastValLoss) ? "  " + Messages.t("train.stat-val-loss", in.format.number(lastValLoss)) : "")
                        + (scheduled ? "  " + Messages.t("train.stat-lr", in.format.number(p.rate())) : ""),
                // Thousands separators read as decimals in Spanish, where numbers keep the code's notation.
                String.format(Locale.ROOT, Messages.lang() == nn.i18n.Lang.EN ? "%,.0f" : "%.0f", rate));
        // A line that wraps cannot be redrawn with '\r': cut it to the screen.
        if (text.length() >= terminal.width()) text = text.substring(0, Math.max(0, terminal.width() - 1));
        var err = in.output.stderr();
        in.output.stdout().flush();
        err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
        err.flush();
        drawnWidth = text.length();
    }

    /** Removes the progress line, so the next output starts on a clean line. */
    private void erase() {
        if (drawnWidth == 0) return;
        var err = in.output.stderr();
        err.print("\r" + " ".repeat(drawnWidth) + "\r");
        err.flush();
        drawnWidth = 0;
    }

    /** Erases the progress line whatever happened. */
    void close() { erase(); }
}
