package nn.model;

import nn.i18n.Messages;

import java.util.Iterator;
import java.util.List;
import nn.data.Batches;
import nn.data.Dataset;
import nn.graph.Graph;
import nn.graph.Node;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import nn.tensor.Workspace;
import nn.tensor.parallel.ComputationInterruptedException;

/**
 * Mini-batch training by backpropagation, the loop behind {@code train NET on DATA { … }}: for every
 * epoch, the data is cut into batches (shuffled or in order), and for every batch the network runs
 * forward, the loss is computed, gradients are cleared and backpropagated ({@link Graph#backward}),
 * and the optimizer updates the weights in place.
 *
 * <p>The run stops early when the loss of a batch is NaN or infinite (before that batch's update, so
 * the weights are those that produced it: {@link History.End#DIVERGED}), when the listener's
 * {@code afterBatch} says so (interruption: {@link History.End#INTERRUPTED}), or when its
 * {@code afterEpoch} says so (a stop condition: {@link History.End#STOPPED}). Losses and accuracies
 * are recorded as epochs finish, so a huge epoch count ended by a stop condition costs only the
 * epochs that ran. Everything it computes is deterministic: the same network, data and config give
 * the same history bits.
 *
 * <p>Each epoch runs at the rate the optimizer's schedule gives it; gradients are clipped by their
 * norm before each update when asked; layers with dropout drop outputs by seeded masks. After an
 * epoch, validation data (when given) is measured in one forward pass, and the watched number (a
 * patience's or keep best's) is compared with its best: a run whose number has not improved for the
 * patience's epochs ends ({@link History.End#NO_IMPROVEMENT}), and with keep best the weights of the
 * best epoch are put back at the end, whatever ended the run.
 */
public final class Trainer {
    private Trainer() {}

    /** Trains in the network's own dtype. */
    public static History train(Network net, Dataset data, TrainConfig cfg, TrainListener listener) {
        return train(net, data, cfg, listener, net.dtype());
    }

    /**
     * Trains computing in {@code dtype}: float64 on the autodiff graph ({@link GraphStep}), float32 on
     * float32 buffers ({@link Float32Step}, which rounds a float64 network's weights to float32 at the
     * start and leaves float32 values in it). A float32 network cannot train in float64.
     *
     * @throws ModelException when the network is float32 and dtype is float64
     */
    public static History train(Network net, Dataset data, TrainConfig cfg, TrainListener listener, DType dtype) {
        validate(net, data, cfg.loss());
        if (cfg.validation() != null) validate(net, cfg.validation(), cfg.loss());
        if (cfg.watched() != null && cfg.watched().accuracy() && data.classes() == 0)
            throw new ModelException(Messages.t("model.watched-needs-classes", cfg.watched().word(), data.name(),
                    cfg.watched().validation() ? "val_loss" : "loss"));
        if (net.dtype() == DType.FLOAT32 && dtype == DType.FLOAT64)
            throw new ModelException(Messages.t("model.float32-network", net.name()));
        if (dtype == DType.FLOAT32)
            for (Dense d : net.layers())
                if (d.activation() == Activation.STEP)
                    throw new ModelException(Messages.t("model.step-float32", d.name(), net.name()));
        Run run = new Run(net, data, cfg);
        net.trainedOn(data.scaling());
        Rng dropout = net.hasDropout() ? new Rng(cfg.dropoutSeed()) : null;
        TrainStep step = dtype == DType.FLOAT32 ? new Float32Step(net, data, cfg, dropout) : new GraphStep(net, cfg, dropout);
        try {
            return loop(net, data, cfg, listener, step, run);
        } finally {
            step.syncWeights();
        }
    }

    private static History loop(Network net, Dataset data, TrainConfig cfg, TrainListener listener, TrainStep step, Run run) {
        int n = data.size();
        int batch = cfg.batchSize() == TrainConfig.FULL_BATCH ? n : Math.min(cfg.batchSize(), n);
        Rng shuffler = cfg.shuffleSeed() == null ? null : new Rng(cfg.shuffleSeed());
        boolean summed = cfg.loss() == Loss.SSE, classes = data.classes() > 0;
        Optimizer opt = cfg.optimizer();
        // Every step asks for the same intermediate matrices; the workspace hands back last step's (see Workspace).
        Workspace workspace = new Workspace();
        for (int epoch = 1; epoch <= cfg.epochs(); epoch++) {
            opt.startEpoch(epoch, cfg.epochs());
            Batches batches = shuffler == null ? Batches.inOrder(data, batch) : Batches.shuffled(data, batch, shuffler);
            if (step.gathersInputs()) batches = batches.withoutInputs();
            double lossSum = 0;
            long correct = 0;
            int seen = 0;
            Iterator<Batches.Batch> it = batches.iterator();
            while (it.hasNext()) {
                // Ctrl-C interrupts this thread. A pending interrupt is held back so the batch can finish
                // (the engine's kernels refuse to start on an interrupted thread) and restored after it;
                // one arriving mid-batch stops the kernels, and that batch's update is dropped.
                boolean pending = Thread.interrupted();
                int size;
                double value;
                workspace.begin();
                try {
                    Batches.Batch b = it.next();  // its matrices, like every intermediate, come from the workspace
                    size = b.size();
                    value = step.run(b);
                    if (classes && Double.isFinite(value)) correct += step.correct(b, data.classes());
                } catch (ComputationInterruptedException e) {
                    return run.history(History.End.INTERRUPTED, epoch);
                } finally {
                    workspace.end();
                    if (pending) Thread.currentThread().interrupt();
                }
                if (!Double.isFinite(value)) {
                    run.record(value, Double.NaN, Double.NaN, Double.NaN, opt.rate());
                    return run.history(History.End.DIVERGED, epoch);
                }
                lossSum += summed ? value : value * size;
                seen += size;
                if (!listener.afterBatch(new TrainListener.Progress(epoch, cfg.epochs(), seen, n, value, opt.rate())))
                    return run.history(History.End.INTERRUPTED, epoch);
            }
            step.syncWeights();  // validation, the stop condition and keep best read the network's weights
            Metrics.Evaluation val;
            try {
                val = cfg.validation() == null ? null : Metrics.evaluateOnce(net, cfg.validation(), cfg.loss());
            } catch (ComputationInterruptedException e) {
                return run.history(History.End.INTERRUPTED, epoch);
            }
            run.record(summed ? lossSum : lossSum / n, classes ? (double) correct / n : Double.NaN,
                    val == null ? Double.NaN : val.loss(), val == null ? Double.NaN : val.accuracy(), opt.rate());
            if (listener.afterEpoch(run.stats(epoch))) return run.history(History.End.STOPPED, epoch);
            if (run.patienceRanOut(epoch)) return run.history(History.End.NO_IMPROVEMENT, epoch);
        }
        return run.history(History.End.COMPLETED, cfg.epochs());
    }

    /**
     * Scales every gradient by max/‖g‖ when the norm of all of them together, ‖g‖ = √(Σ g²), exceeds
     * {@code max}: PyTorch's clip_grad_norm_ (which divides by ‖g‖ + 10⁻⁶), so the direction is kept and
     * one steep batch cannot throw the weights far.
     */
    static void clipGradients(List<Node> params, double max) {
        double sum = 0;
        for (Node p : params) {
            if (p.grad() == null) continue;
            double s = 0;
            for (double g : p.grad().data()) s += g * g;
            sum += s;
        }
        double coef = max / (Math.sqrt(sum) + 1e-6);
        if (!(coef < 1)) return;
        for (Node p : params) {
            if (p.grad() == null) continue;
            double[] g = p.grad().data();
            for (int i = 0; i < g.length; i++) g[i] *= coef;
        }
    }

    /** The numbers a run records, epoch by epoch, and the best epoch of what it watches. */
    private static final class Run {
        final Network net;
        final TrainConfig cfg;
        final List<Node> params;
        // Grown as epochs finish: "epochs 100000000" with a stop condition must not reserve them all up front.
        final DoubleBuffer losses = new DoubleBuffer(), accuracies = new DoubleBuffer(), valLosses = new DoubleBuffer(),
                valAccuracies = new DoubleBuffer(), rates = new DoubleBuffer();
        final Monitor watched;
        int bestEpoch;
        double best = Double.NaN;
        List<Matrix> bestWeights;

        Run(Network net, Dataset data, TrainConfig cfg) {
            this.net = net;
            this.cfg = cfg;
            this.params = net.params();
            this.watched = cfg.watched();
        }

        void record(double loss, double accuracy, double valLoss, double valAccuracy, double rate) {
            losses.add(loss);
            accuracies.add(accuracy);
            valLosses.add(valLoss);
            valAccuracies.add(valAccuracy);
            rates.add(rate);
            if (watched == null || !Double.isFinite(loss)) return;
            double v = switch (watched) {
                case LOSS -> loss;
                case ACCURACY -> accuracy;
                case VAL_LOSS -> valLoss;
                case VAL_ACCURACY -> valAccuracy;
            };
            if (watched.improves(v, best)) {
                best = v;
                bestEpoch = losses.size();
                // A copy of the weights only when something may put them back; cheaper than an epoch.
                if (cfg.keepBest()) bestWeights = net.snapshot();
            }
        }

        TrainListener.EpochStats stats(int epoch) {
            return new TrainListener.EpochStats(epoch, losses.last(), accuracies.last(), valLosses.last(), valAccuracies.last(), rates.last());
        }

        boolean patienceRanOut(int epoch) {
            return cfg.patience() != null && bestEpoch > 0 && epoch - bestEpoch >= cfg.patience().epochs()
                    || cfg.patience() != null && bestEpoch == 0 && epoch >= cfg.patience().epochs();
        }

        History history(History.End end, int endEpoch) {
            History.Best b = null;
            if (watched != null && bestEpoch > 0) {
                boolean restore = bestWeights != null && bestEpoch != losses.size();
                if (restore) net.restore(bestWeights);
                b = new History.Best(watched, bestEpoch, best, restore);
            }
            return new History(net.name(), cfg.loss(), losses.toArray(), accuracies.toArray(), valLosses.toArray(),
                    valAccuracies.toArray(), rates.toArray(), end, endEpoch, b);
        }
    }

    /**
     * Checks, before any work, that the network can learn {@code data} with {@code loss}: input sizes,
     * output columns against target columns, and what each loss needs.
     *
     * @throws ModelException with a sentence that says what to change
     */
    public static void validate(Network net, Dataset data, Loss loss) {
        String name = net.name(), d = data.name();
        if (data.size() == 0) throw new ModelException(Messages.t("model.dataset-empty", d));
        if (net.inputSize() != data.features())
            throw new ModelException(Messages.t("model.inputs-features", name, net.inputSize(), d, data.features()));
        int k = net.outputSize(), tc = data.targets().cols();
        Activation last = net.layers().get(net.layers().size() - 1).activation();
        switch (loss) {
            case CROSS_ENTROPY -> {
                if (k == 1)
                    throw new ModelException(Messages.t("model.cross-entropy-one-output", name));
                if (data.classes() == 0)
                    throw new ModelException(Messages.t("model.cross-entropy-numbers", d));
                if (tc != 1 && tc != k || data.classes() > k)
                    throw new ModelException(Messages.t("model.outputs-classes", name, k, d, data.classes()));
            }
            case SSE, MSE, BCE -> {
                if (tc != k) {
                    boolean indices = tc == 1 && data.classes() > 1;
                    throw new ModelException(indices ? Messages.t("model.outputs-columns-indices", name, k, d, tc)
                            : Messages.t("model.outputs-columns", name, k, d, tc));
                }
                if (loss == Loss.BCE && last != Activation.SIGMOID && last != Activation.SOFTMAX)
                    throw new ModelException(Messages.t("model.bce-needs-probabilities", name, last.word()));
            }
        }
    }
}
