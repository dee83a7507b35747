package nn.model;

import java.util.Iterator;
import java.util.List;
import nn.data.Batches;
import nn.data.Dataset;
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
        if (net.dtype() == DType.FLOAT32 && dtype == DType.FLOAT64)
            throw new ModelException("the network " + net.name() + " is float32, so it trains in float32; declare it without"
                    + " dtype float32 to train it in float64");
        if (dtype == DType.FLOAT32)
            for (Dense d : net.layers())
                if (d.activation() == Activation.STEP)
                    throw new ModelException("layer '" + d.name() + "' of " + net.name() + " is a step (threshold) layer,"
                            + " which cannot train in float32: its firing depends on exact sums");
        TrainStep step = dtype == DType.FLOAT32 ? new Float32Step(net, cfg) : new GraphStep(net, cfg);
        try {
            return loop(net, data, cfg, listener, step);
        } finally {
            step.syncWeights();
        }
    }

    private static History loop(Network net, Dataset data, TrainConfig cfg, TrainListener listener, TrainStep step) {
        int n = data.size();
        int batch = cfg.batchSize() == TrainConfig.FULL_BATCH ? n : Math.min(cfg.batchSize(), n);
        Rng shuffler = cfg.shuffleSeed() == null ? null : new Rng(cfg.shuffleSeed());
        boolean summed = cfg.loss() == Loss.SSE, classes = data.classes() > 0;
        // Grown as epochs finish: "epochs 100000000" with a stop condition must not reserve them all up front.
        DoubleBuffer losses = new DoubleBuffer(), accuracies = new DoubleBuffer();
        // Every step asks for the same intermediate matrices; the workspace hands back last step's (see Workspace).
        Workspace workspace = new Workspace();
        for (int epoch = 1; epoch <= cfg.epochs(); epoch++) {
            Batches batches = shuffler == null ? Batches.inOrder(data, batch) : Batches.shuffled(data, batch, shuffler);
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
                    return history(net, cfg, losses, accuracies, History.End.INTERRUPTED, epoch);
                } finally {
                    workspace.end();
                    if (pending) Thread.currentThread().interrupt();
                }
                if (!Double.isFinite(value)) {
                    losses.add(value);
                    accuracies.add(Double.NaN);
                    return history(net, cfg, losses, accuracies, History.End.DIVERGED, epoch);
                }
                lossSum += summed ? value : value * size;
                seen += size;
                if (!listener.afterBatch(new TrainListener.Progress(epoch, cfg.epochs(), seen, n, value)))
                    return history(net, cfg, losses, accuracies, History.End.INTERRUPTED, epoch);
            }
            losses.add(summed ? lossSum : lossSum / n);
            accuracies.add(classes ? (double) correct / n : Double.NaN);
            step.syncWeights();
            if (listener.afterEpoch(new TrainListener.EpochStats(epoch, losses.last(), accuracies.last())))
                return history(net, cfg, losses, accuracies, History.End.STOPPED, epoch);
        }
        return history(net, cfg, losses, accuracies, History.End.COMPLETED, cfg.epochs());
    }

    private static History history(Network net, TrainConfig cfg, DoubleBuffer losses, DoubleBuffer accuracies,
                                   History.End end, int endEpoch) {
        return new History(net.name(), cfg.loss(), losses.toArray(), accuracies.toArray(), end, endEpoch);
    }

    /**
     * Checks, before any work, that the network can learn {@code data} with {@code loss}: input sizes,
     * output columns against target columns, and what each loss needs.
     *
     * @throws ModelException with a sentence that says what to change
     */
    public static void validate(Network net, Dataset data, Loss loss) {
        String name = net.name(), d = data.name();
        if (data.size() == 0) throw new ModelException("the dataset " + d + " has no examples");
        if (net.inputSize() != data.features())
            throw new ModelException("the network " + name + " takes " + count(net.inputSize(), "input")
                    + " but " + d + " has " + count(data.features(), "feature"));
        int k = net.outputSize(), tc = data.targets().cols();
        Activation last = net.layers().get(net.layers().size() - 1).activation();
        switch (loss) {
            case CROSS_ENTROPY -> {
                if (k == 1)
                    throw new ModelException("cross_entropy needs one output per class, but " + name
                            + " has 1 output; for two classes and one sigmoid output use loss bce");
                if (data.classes() == 0)
                    throw new ModelException("cross_entropy needs class targets, but " + d + "'s targets are numbers");
                if (tc != 1 && tc != k || data.classes() > k)
                    throw new ModelException("the network " + name + " gives " + count(k, "output") + " but " + d
                            + " has " + count(data.classes(), "class"));
            }
            case SSE, MSE, BCE -> {
                if (tc != k) {
                    boolean indices = tc == 1 && data.classes() > 1;
                    throw new ModelException("the network " + name + " gives " + count(k, "output")
                            + " per example but " + d + "'s targets have " + count(tc, "column")
                            + (indices ? "; use loss cross_entropy with class indices, or one-hot targets: onehot(" + d + ")" : ""));
                }
                if (loss == Loss.BCE && last != Activation.SIGMOID && last != Activation.SOFTMAX)
                    throw new ModelException("bce needs probabilities, but the last layer of " + name + " is "
                            + last.word() + "; give it a sigmoid activation");
            }
        }
    }

    private static String count(int n, String noun) {
        String many = noun.endsWith("s") ? noun + "es" : noun + "s";
        return n + " " + (n == 1 ? noun : many);
    }
}
