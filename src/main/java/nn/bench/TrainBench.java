package nn.bench;

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
 * One epoch warms the JIT; then each of {@code runs} timed epochs prints its figure, and the best
 * is compared with PyTorch 1.13 (Debian's python3-torch, CPU, one thread) on the same kind of
 * machine: about 75,000 samples/s in float32 and 46,000 in float64.
 * Usage: {@code TrainBench [rows] [runs] [sgd|adam]}.
 */
public final class TrainBench {
    private TrainBench() {}

    static final double TORCH_FLOAT32 = 75_000, TORCH_FLOAT64 = 46_000;

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 8192;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean adam = args.length > 2 && args[2].equals("adam");
        Dataset data = randomDigits(rows, new Rng(7));
        Network net = Network.builder("bench", 784, new Rng(42))
                .dense(128, Activation.RELU).dense(64, Activation.RELU).dense(10, Activation.LINEAR).build();
        TrainConfig cfg = new TrainConfig(Loss.CROSS_ENTROPY, adam ? new Adam(0.001) : new Sgd(0.01), 1, 64, 1L);
        System.out.printf(Locale.ROOT, "784-128-64-10 relu, cross_entropy, batch 64, %s, float64, %d rows an epoch, %d engine thread(s)%n",
                adam ? "adam" : "sgd", rows, nn.tensor.parallel.Parallel.threads());
        History warm = Trainer.train(net, data, cfg, TrainListener.SILENT);
        double best = 0;
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            History h = Trainer.train(net, data, cfg, TrainListener.SILENT);
            double seconds = (System.nanoTime() - start) / 1e9, rate = rows / seconds;
            best = Math.max(best, rate);
            System.out.printf(Locale.ROOT, "epoch %d: %.2f s, %,.0f samples/s (loss %.4f)%n", run, seconds, rate, h.lastLoss());
        }
        System.out.printf(Locale.ROOT, "best: %,.0f samples/s = %.2f× PyTorch float32 (75,000), %.2f× PyTorch float64 (46,000); warm-up loss %.4f%n",
                best, best / TORCH_FLOAT32, best / TORCH_FLOAT64, warm.lastLoss());
    }

    static Dataset randomDigits(int rows, Rng rng) {
        Matrix pixels = rng.uniform(rows, 784, 0, 1);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) labels[i] = rng.nextInt(10);
        return Dataset.classification("random digits", pixels, labels, 10);
    }
}
