package nn.bench;

import nn.i18n.Messages;
import java.util.Locale;
import nn.data.Dataset;
import nn.model.Activation;
import nn.model.Adam;
import nn.model.History;
import nn.model.Loss;
import nn.model.Network;
import nn.model.Sgd;
import nn.model.TrainConfig;
import nn.model.TrainListener;
import nn.model.Trainer;
import nn.tensor.Matrix;
import nn.tensor.Rng;

/**
 * Benchmark: training throughput in samples per second of a 784-128-64-10 ReLU network with softmax
 * cross-entropy, mini-batches of 64, in float64 — through {@link Trainer#train}, the loop behind the
 * language's {@code train} block (forward, loss, backward, optimizer step, per-epoch accuracy).
 * The data is {@code rows} random MNIST-shaped examples (pixels uniform in [0, 1), 10 classes).
 * One epoch warms the JIT; then each of {@code runs} timed epochs prints its figure and the bytes
 * the calling thread allocated per training step (forward, backward, update of one batch). PyTorch's
 * figures are measured side by side by {@code ./nn bench compare} (bench/compare.py), never quoted here.
 * Usage: {@code TrainBench [rows] [runs] [sgd|adam]}.
 */
public final class TrainBench {
    private TrainBench() {}

    public static void main(String[] args) {
        int rows = BenchArgs.count("train", args, 0, 8192);
        int runs = BenchArgs.count("train", args, 1, 3);
        boolean adam = args.length > 2 && args[2].equals("adam");
        Dataset data = randomDigits(rows, new Rng(7));
        Network net = Network.builder("bench", 784, new Rng(42))
                .dense(128, Activation.RELU).dense(64, Activation.RELU).dense(10, Activation.LINEAR).build();
        TrainConfig cfg = new TrainConfig(Loss.CROSS_ENTROPY, adam ? new Adam(0.001) : new Sgd(0.01), 1, 64, 1L);
        System.out.println(Messages.t("bench.train.setup", adam ? "adam" : "sgd", rows, nn.tensor.parallel.Parallel.threads()));
        History warm = Trainer.train(net, data, cfg, TrainListener.SILENT);
        double best = 0;
        int steps = (rows + 63) / 64;
        for (int run = 1; run <= runs; run++) {
            long bytes0 = allocatedBytes(), start = System.nanoTime();
            History h = Trainer.train(net, data, cfg, TrainListener.SILENT);
            double seconds = (System.nanoTime() - start) / 1e9, rate = rows / seconds;
            long perStep = (allocatedBytes() - bytes0) / steps;
            best = Math.max(best, rate);
            System.out.println(Messages.t("bench.train.epoch", run, String.format(Locale.ROOT, "%.2f", seconds),
                    Figures.whole(rate), Figures.whole(perStep),
                    String.format(Locale.ROOT, "%.4f", h.lastLoss())));
        }
        System.out.println(Messages.t("bench.train.best", Figures.whole(best),
                String.format(Locale.ROOT, "%.4f", warm.lastLoss())));
    }

    /** Bytes allocated so far by the calling thread (HotSpot's count; -1 where the JVM has none). */
    static long allocatedBytes() {
        if (java.lang.management.ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t)
            return t.getCurrentThreadAllocatedBytes();
        return -1;
    }

    static Dataset randomDigits(int rows, Rng rng) {
        Matrix pixels = rng.uniform(rows, 784, 0, 1);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) labels[i] = rng.nextInt(10);
        return Dataset.classification("random digits", pixels, labels, 10);
    }
}
