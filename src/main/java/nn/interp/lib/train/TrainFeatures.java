package nn.interp.lib.train;

import nn.i18n.Messages;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import nn.data.Dataset;
import nn.data.Split;
import nn.lang.ast.Expr;
import nn.lang.ast.TrainSpec;
import nn.lang.check.Names;
import nn.lang.source.Span;
import nn.model.Adam;
import nn.model.DType;
import nn.model.History;
import nn.model.Loss;
import nn.model.ModelException;
import nn.model.Monitor;
import nn.model.Network;
import nn.model.Optimizer;
import nn.model.TrainConfig;
import nn.model.Trainer;
import nn.tensor.Decimals;
import nn.tensor.Fdlibm;
import nn.tensor.Matrix;
import nn.interp.Format;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;
import nn.interp.lib.networks.NetworkFeatures;
import nn.interp.lib.units.LogicFeatures;

/**
 * {@code train NET on DATA { loss …; optimizer …; epochs N; batch B | batch full; shuffle seed S |
 * shuffle off; report every K; stop when COND }}: reads the block, runs {@link Trainer}, and returns
 * the history. The metrics builtins are in {@code lib/MetricsLib}; reporting in {@link TrainReporter}.
 */
public final class TrainFeatures {
    private TrainFeatures() {}

    /** Examples per update when the block gives no batch size (as Keras). */
    static final int DEFAULT_BATCH = 32;

    // The last history of each network, for `plot loss net`; weak, so forgotten networks are not kept alive.
    private static final Map<Network, History> LAST = Collections.synchronizedMap(new WeakHashMap<>());
    // How the train statement wrote each network's data ("train_set"), for hints about normalisation.
    private static final Map<Network, String> DATA_TEXT = Collections.synchronizedMap(new WeakHashMap<>());

    public static Value train(Interpreter in, Expr.Train t) {
        if (t.spec() instanceof TrainSpec.Rule) return LogicFeatures.trainWithRule(in, t);
        TrainSpec.Block block = (TrainSpec.Block) t.spec();
        Value target = in.eval(t.network());
        if (!(target instanceof Value.NetworkV nv))
            throw new RuntimeError(t.network().span(), Messages.t("train.block-needs-network", target.describe()),
                    target instanceof Value.UnitV ? Messages.t("train.hint-train-unit-with-rule", t.network().name()) : null);
        Value data = in.eval(t.data());
        if (!(data instanceof Value.DatasetV dv))
            throw new RuntimeError(t.data().span(), Messages.t("train.needs-dataset", data.describe()), Messages.t("train.hint-make-dataset"));
        Network net = nv.network();
        Dataset ds = dv.dataset();
        Options o = options(in, block, t.span());
        Dataset validation = o.validation;
        if (o.split != null) {
            Split.Parts parts = validationSplit(in, ds, o);
            ds = parts.first();
            validation = parts.second();
        }
        TrainConfig cfg;
        try {
            cfg = new TrainConfig(o.loss, o.optimizer, o.epochs, o.batch, o.shuffleSeed, validation, o.patience, o.keepBest,
                    o.clip, net.hasDropout() ? in.rng.nextLong() : 0);
        } catch (ModelException e) {
            throw new RuntimeError(o.keepBestSpan != null && o.patience == null ? o.keepBestSpan : o.patienceSpan != null ? o.patienceSpan : t.span(),
                    e.getMessage());
        }
        Trainer.validate(net, ds, o.loss);
        if (validation != null) validateValidation(net, validation, o, t.span());
        if (o.stop != null) stopCondition(o.stop, validation != null, ds);
        DType dtype = runDtype(net, o);
        int batch = o.batch == TrainConfig.FULL_BATCH ? ds.size() : Math.min(o.batch, ds.size());
        long units = ds.features();
        for (var layer : net.layers()) units += 2L * layer.units();
        in.allocate(batch, units, t.span());
        // Validation runs forward a chunk of up to 4,096 rows at a time (Metrics.evaluateOnce).
        if (validation != null) in.allocate(Math.min(validation.size(), 4096), units, t.span());

        TrainReporter reporter = new TrainReporter(in, net, o.reportEvery, o.stop, t.span(), cfg);
        WatchedPlots watched = o.watches.isEmpty() ? null : WatchedPlots.of(in, o.epochs, o.watches, reporter);
        History h;
        try {
            h = Trainer.train(net, ds, cfg, watched != null ? watched : reporter, dtype);
        } catch (ModelException e) {
            throw new RuntimeError(o.patienceSpan != null ? o.patienceSpan : o.dtypeAt != null ? o.dtypeAt : t.span(), e.getMessage(), e.hint());
        } finally {
            reporter.close();
        }
        LAST.put(net, h);
        DATA_TEXT.put(net, t.data().span().text());
        in.updates++;
        reporter.finished(h);
        if (watched != null) watched.finish(h);
        if (h.end() == History.End.DIVERGED)
            throw new RuntimeError(t.span(), Messages.t("train.diverged", h.endEpoch(), in.format.number(h.lastLoss())), smallerRate(in, o.optimizer));
        return new Value.HistoryV(h);
    }

    /**
     * A stop condition that reads a number the run never measures would never fire: val_loss and
     * val_accuracy without validation data, accuracy and val_accuracy on numeric targets (all nan). Refused
     * before training, as early stopping on such a number is.
     */
    private static void stopCondition(Expr condition, boolean validated, Dataset data) {
        List<Expr.Name> names = new java.util.ArrayList<>();
        namesIn(condition, names);
        for (Expr.Name n : names) {
            boolean validation = n.name().equals("val_loss") || n.name().equals("val_accuracy");
            boolean accuracy = n.name().equals("accuracy") || n.name().equals("val_accuracy");
            if (validation && !validated)
                throw new RuntimeError(n.span(), Messages.t("model.monitor-needs-validation", n.name()),
                        Messages.t("train.hint-stop-never-fires", n.name()));
            if (accuracy && data.classes() == 0)
                throw new RuntimeError(n.span(), Messages.t("model.watched-needs-classes", n.name(), data.name(),
                        validation ? "val_loss" : "loss"), Messages.t("train.hint-stop-never-fires", n.name()));
        }
    }

    /** The names read in {@code e}, in order. */
    private static void namesIn(Expr e, List<Expr.Name> out) {
        if (e == null) return;
        switch (e) {
            case Expr.Name n -> out.add(n);
            case Expr.Num n -> { }
            case Expr.Str n -> { }
            case Expr.Bool n -> { }
            case Expr.FString f -> f.parts().forEach(part -> { if (part instanceof Expr.FHole h) namesIn(h.value(), out); });
            case Expr.Slice sl -> { namesIn(sl.start(), out); namesIn(sl.stop(), out); namesIn(sl.step(), out); }
            case Expr.MatrixLit m -> m.elements().forEach(x -> namesIn(x, out));
            case Expr.DatasetLit d -> d.examples().forEach(x -> { namesIn(x.input(), out); namesIn(x.target(), out); });
            case Expr.Unary u -> namesIn(u.operand(), out);
            case Expr.Binary b -> { namesIn(b.left(), out); namesIn(b.right(), out); }
            case Expr.Approx a -> { namesIn(a.left(), out); namesIn(a.right(), out); namesIn(a.tolerance(), out); }
            case Expr.Logical l -> { namesIn(l.left(), out); namesIn(l.right(), out); }
            case Expr.Not n -> namesIn(n.operand(), out);
            case Expr.Call c -> { namesIn(c.callee(), out); c.args().forEach(a -> namesIn(a.value(), out)); }
            case Expr.Index i -> { namesIn(i.target(), out); namesIn(i.row(), out); namesIn(i.col(), out); }
            case Expr.Member m -> namesIn(m.target(), out);
            case Expr.TruthTable t -> namesIn(t.arg(), out);
            case Expr.Train t -> { }
        }
    }

    /** The validation data must fit the network as the training data does; an error points at the validate line. */
    private static void validateValidation(Network net, Dataset validation, Options o, Span at) {
        try {
            Trainer.validate(net, validation, o.loss);
        } catch (ModelException e) {
            throw new RuntimeError(o.validateSpan == null ? at : o.validateSpan, Messages.t("train.validation-does-not-fit", e.getMessage()));
        }
    }

    /**
     * validate split F: the same seeded shuffle as split(data, 1 − F, seed = S) — the examples it puts
     * last, round(F × size) of them, are held out for validation, and the rest train.
     */
    private static Split.Parts validationSplit(Interpreter in, Dataset ds, Options o) {
        double f = o.split;
        int m = ds.size(), held = (int) Math.round(f * m);
        if (!(f > 0 && f < 1))
            throw new RuntimeError(o.splitSpan, Messages.t("train.split-fraction", in.format.number(f)), Messages.t("train.hint-split-fraction"));
        if (held == 0 || held == m)
            throw new RuntimeError(o.splitSpan, held == 0
                    ? Messages.t("train.split-nothing-to-validate", in.format.number(f), ds.name(), m)
                    : Messages.t("train.split-nothing-to-train", in.format.number(f), ds.name(), m),
                    Messages.t("train.hint-split-too-small"));
        Split.Parts parts = Split.split(ds, 1 - f, o.splitSeed);
        String name = ds.name();
        return new Split.Parts(parts.first().named(Messages.t("train.training-part", name)), parts.second().named(Messages.t("train.validation-part", name)));
    }

    /** The block's dtype, else the network's; refuses what cannot be (a float32 network in float64, a step layer in float32). */
    private static DType runDtype(Network net, Options o) {
        if (o.dtype == null) return net.dtype();
        if (net.dtype() == DType.FLOAT32 && o.dtype == DType.FLOAT64)
            throw new RuntimeError(o.dtypeAt, Messages.t("train.float32-network", net.name()), Messages.t("train.hint-float32-network"));
        if (o.dtype == DType.FLOAT32)
            for (var layer : net.layers())
                if (layer.activation() == nn.model.Activation.STEP)
                    throw new RuntimeError(o.dtypeAt, Messages.t("train.step-float32", layer.name(), net.name()), Messages.t("train.hint-leave-out-float32"));
        return o.dtype;
    }

    private static String smallerRate(Interpreter in, Optimizer opt) {
        double lr = opt.lr();
        if (!(lr > 0) || !Double.isFinite(lr)) return null;
        return Messages.t("train.hint-smaller-rate", in.format.number(lr), in.format.number(muchSmaller(lr)));
    }

    /**
     * A round rate two orders of magnitude below {@code lr} (100 → 1, 10 → 0.1, 0.5 → 0.001): a
     * rate 10 times smaller often still diverges, and a round number reads as a suggestion, not a formula.
     */
    static double muchSmaller(double lr) {
        // 1 / 10^k (10^k is exact) is the double nearest 10^-k, so 0.001 prints as 0.001.
        int exponent = (int) StrictMath.floor(Fdlibm.log10(lr)) - 2;
        return exponent >= 0 ? Fdlibm.pow(10, exponent) : 1 / Fdlibm.pow(10, -exponent);
    }

    /** The text of the data expression the network was last trained on ("train_set"), or null. */
    public static String lastDataText(Network net) { return DATA_TEXT.get(net); }

    /** The network's latest training history, or null if it has not been trained in this run. */
    public static History lastHistory(Network net) { return LAST.get(net); }

    /** The settings a block gives; see the class comment for the defaults. */
    private static final class Options {
        Loss loss;
        Optimizer optimizer;
        int epochs, batch = DEFAULT_BATCH, reportEvery = -1;
        Long shuffleSeed;
        boolean shuffleGiven, keepBest;
        Expr stop;
        final List<nn.lang.ast.Stmt.Plot> watches = new java.util.ArrayList<>();
        Dataset validation;
        Double split;
        long splitSeed;
        TrainConfig.Patience patience;
        double clip;
        Span validateSpan, splitSpan, patienceSpan, keepBestSpan;
        DType dtype;
        Span dtypeAt;
    }

    private static Options options(Interpreter in, TrainSpec.Block block, Span at) {
        Options o = new Options();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TrainSpec.Option opt : block.options()) {
            String word = switch (opt) {
                case TrainSpec.Loss l -> "loss";
                case TrainSpec.Optimizer op -> "optimizer";
                case TrainSpec.Epochs e -> "epochs";
                case TrainSpec.Batch b -> "batch";
                case TrainSpec.Shuffle s -> "shuffle";
                case TrainSpec.Report r -> "report";
                case TrainSpec.Stop s -> "stop";
                case TrainSpec.Watch w -> null; // several plots may be watched
                case TrainSpec.Patience p -> "stop when … stops improving";
                case TrainSpec.ValidateOn v -> "validate";
                case TrainSpec.ValidateSplit v -> "validate";
                case TrainSpec.KeepBest k -> "keep best";
                case TrainSpec.Clip c -> "clip";
                case TrainSpec.Dtype d -> "dtype";
            };
            if (word != null && !seen.add(word)) throw new RuntimeError(opt.span(), Messages.t("train.option-twice", word), Messages.t("train.option-twice-hint", word));
            switch (opt) {
                case TrainSpec.Loss l -> o.loss = loss(l);
                case TrainSpec.Optimizer op -> {
                    Value v = in.eval(op.optimizer());
                    if (!(v instanceof Value.OptimizerV ov))
                        throw new RuntimeError(op.optimizer().span(), Messages.t("train.optimizer-kind", v.describe()));
                    o.optimizer = ov.optimizer();
                }
                case TrainSpec.Epochs e -> o.epochs = whole(in, e.count(), "epochs", 1);
                case TrainSpec.Batch b -> o.batch = b.size() == null ? TrainConfig.FULL_BATCH : whole(in, b.size(), Messages.t("train.the-batch-size"), 1);
                case TrainSpec.Shuffle s -> {
                    o.shuffleGiven = true;
                    o.shuffleSeed = s.seed() == null ? null : (long) whole(in, s.seed(), Messages.t("train.the-shuffle-seed"), Integer.MIN_VALUE);
                }
                case TrainSpec.Report r -> o.reportEvery = whole(in, r.every(), "report every", 0);
                case TrainSpec.Stop s -> o.stop = s.condition();
                case TrainSpec.Watch w -> o.watches.add(w.plot());
                case TrainSpec.Patience p -> {
                    o.patienceSpan = p.span();
                    o.patience = new TrainConfig.Patience(monitor(p), whole(in, p.epochs(), Messages.t("train.the-patience"), 1));
                    String unit = p.unit().text();
                    if (!unit.equals("epochs") && !unit.equals("epoch"))
                        throw new RuntimeError(p.unit().span(), Messages.t("train.patience-unit", unit),
                                Messages.t("train.hint-patience-unit", p.monitor().text()));
                }
                case TrainSpec.ValidateOn v -> {
                    o.validateSpan = v.span();
                    Value d = in.eval(v.data());
                    if (!(d instanceof Value.DatasetV vd))
                        throw new RuntimeError(v.data().span(), Messages.t("train.validate-on-dataset", d.describe()),
                                Messages.t("train.hint-validate-on"));
                    o.validation = vd.dataset();
                }
                case TrainSpec.ValidateSplit v -> {
                    o.validateSpan = o.splitSpan = v.span();
                    o.split = in.number(in.eval(v.fraction()), v.fraction().span(), Messages.t("train.the-validation-fraction"));
                    o.splitSeed = v.seed() == null ? in.rng.nextLong() : whole(in, v.seed(), Messages.t("train.the-split-seed"), Integer.MIN_VALUE);
                }
                case TrainSpec.KeepBest k -> {
                    o.keepBest = true;
                    o.keepBestSpan = k.span();
                }
                case TrainSpec.Clip c -> {
                    double norm = in.number(in.eval(c.norm()), c.norm().span(), Messages.t("train.the-clipping-norm"));
                    if (!(norm > 0) || Double.isInfinite(norm))
                        throw new RuntimeError(c.norm().span(), Messages.t("train.clip-positive", in.format.number(norm)),
                                Messages.t("train.hint-clip"));
                    o.clip = norm;
                }
                case TrainSpec.Dtype d -> {
                    o.dtype = NetworkFeatures.dtypeOf(d.dtype());
                    o.dtypeAt = d.dtype().span();
                }
            }
        }
        if (o.loss == null) throw new RuntimeError(at, Messages.t("train.no-loss"), Messages.t("train.hint-no-loss"));
        if (o.optimizer == null) throw new RuntimeError(at, Messages.t("train.no-optimizer"), Messages.t("train.hint-no-optimizer"));
        if (o.epochs == 0) throw new RuntimeError(at, Messages.t("train.no-epochs"), Messages.t("train.hint-no-epochs"));
        // Shuffled by default, as Keras and PyTorch users expect, from the run's seeded generator.
        if (!o.shuffleGiven) o.shuffleSeed = in.rng.nextLong();
        return o;
    }

    private static Monitor monitor(TrainSpec.Patience p) {
        Monitor m = Monitor.parse(p.monitor().text());
        if (m == null)
            throw new RuntimeError(p.monitor().span(), Messages.t("train.patience-monitor", Monitor.words(), p.monitor().text()),
                    Names.suggest(p.monitor().text(), java.util.Arrays.stream(Monitor.values()).map(Monitor::word).toList()));
        return m;
    }

    private static Loss loss(TrainSpec.Loss l) {
        try {
            return Loss.parse(l.name().text());
        } catch (ModelException e) {
            throw new RuntimeError(l.span(), e.getMessage(), Names.suggest(l.name().text(), List.of("sse", "mse", "bce", "cross_entropy")));
        }
    }

    private static int whole(Interpreter in, Expr e, String what, int min) {
        double d = in.number(in.eval(e), e.span(), what);
        if (d != Math.rint(d) || d < min || d > Integer.MAX_VALUE)
            throw new RuntimeError(e.span(), Messages.t("train.whole-number", what, min, Integer.MAX_VALUE, in.format.number(d)),
                    d > Integer.MAX_VALUE && what.equals("epochs") ? Messages.t("train.hint-train-until") : null);
        return (int) d;
    }

    /** How a history prints: "history of xornet: 5000 epochs of sse, loss 0.2512 → 0.0009, accuracy 0.5 → 1". */
    public static String describe(Format f, History h) {
        StringBuilder s = new StringBuilder(Messages.t("train.history-head", h.network(), h.epochs(), h.loss().word()));
        if (h.epochs() > 0) {
            double[] l = h.losses(), a = h.accuracies();
            boolean stopped = h.end() == History.End.STOPPED;
            s.append(", ").append(Messages.t("train.stat-loss", f.number(l[0]) + " → " + last(f, l[l.length - 1], stopped)));
            if (h.hasAccuracy()) s.append(", ").append(Messages.t("train.stat-accuracy", f.number(a[0]) + " → " + last(f, a[a.length - 1], stopped)));
            if (h.hasValidation()) {
                double[] vl = h.valLosses(), va = h.valAccuracies();
                s.append(", ").append(Messages.t("train.stat-val-loss", f.number(vl[0]) + " → " + last(f, vl[vl.length - 1], stopped)));
                if (h.hasAccuracy())
                    s.append(", ").append(Messages.t("train.stat-val-accuracy", f.number(va[0]) + " → " + last(f, va[va.length - 1], stopped)));
            }
        }
        switch (h.end()) {
            case COMPLETED -> { }
            case STOPPED -> s.append(' ').append(Messages.t("train.history-stopped"));
            case NO_IMPROVEMENT -> s.append(' ').append(h.best() == null ? Messages.t("train.history-no-improvement")
                    : Messages.t("train.history-not-improved", h.best().monitor().word(), h.best().epoch()));
            case DIVERGED -> s.append(' ').append(Messages.t("train.history-diverged", h.endEpoch()));
            case INTERRUPTED -> s.append(' ').append(Messages.t("train.history-interrupted", h.endEpoch()));
        }
        if (h.best() != null && h.best().restored()) s.append(Messages.t("train.history-restored", h.best().epoch()));
        return s.toString();
    }

    /**
     * The value a run ended on. After a stop condition a rounded, round-looking value would read as the
     * condition's threshold ("loss < 0.002" then "→ 0.002"), so it gets the decimals that show it is not
     * (0.001998); values that are not round (0.0022) or exactly round (1) print as usual.
     */
    static String last(Format f, double v, boolean stopped) {
        String shown = f.number(v);
        int p = f.precision();
        if (!stopped || p == 0 || !shown.equals(Decimals.number(v, p - 1))) return shown;
        for (int d = p + 1; d <= p + 6; d++) {
            String wider = Decimals.number(v, d);
            if (!wider.equals(shown)) return wider;
        }
        return shown;
    }

}
