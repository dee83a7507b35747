package nn.bench;

import nn.i18n.Messages;
import java.util.Locale;
import nn.data.Dataset;
import nn.model.Activation;
import nn.model.Adam;
import nn.model.Loss;
import nn.model.Network;
import nn.model.TrainConfig;
import nn.model.TrainListener;
import nn.model.Trainer;
import nn.tensor.Rng;

/**
 * Benchmark: what validation costs a training run. A 784-128-64-10 ReLU network trains one epoch of
 * {@code rows} random MNIST-shaped examples (adam, batch 64) with and without {@code validate on} a set
 * of {@code rows / 4}, interleaved {@code runs} times; beside them, one plain forward pass over the
 * validation set. The figure of interest is the extra time an epoch takes with validation against
 * that forward pass: validation is one forward pass, so the two should match. Usage:
 * {@code ValidationBench [rows] [runs]}.
 */
public final class ValidationBench {
    private ValidationBench() {}

    public static void main(String[] args) {
        int rows = BenchArgs.count("validation", args, 0, 8192);
        int runs = BenchArgs.count("validation", args, 1, 5);
        Dataset train = TrainBench.randomDigits(rows, new Rng(7)), val = TrainBench.randomDigits(rows / 4, new Rng(8));
        Network net = Network.builder("bench", 784, new Rng(42))
                .dense(128, Activation.RELU).dense(64, Activation.RELU).dense(10, Activation.LINEAR).build();
        TrainConfig plain = new TrainConfig(Loss.CROSS_ENTROPY, new Adam(0.001), 1, 64, 1L);
        TrainConfig validated = new TrainConfig(Loss.CROSS_ENTROPY, new Adam(0.001), 1, 64, 1L, val, null, false, 0, 0);
        System.out.println(Messages.t("bench.validation.setup", rows, val.size(), nn.tensor.parallel.Parallel.threads()));
        Trainer.train(net, train, validated, TrainListener.SILENT);  // warms the JIT on both paths
        double bestPlain = Double.MAX_VALUE, bestValidated = Double.MAX_VALUE, bestForward = Double.MAX_VALUE;
        for (int run = 1; run <= runs; run++) {
            double p = seconds(() -> Trainer.train(net, train, plain, TrainListener.SILENT));
            double v = seconds(() -> Trainer.train(net, train, validated, TrainListener.SILENT));
            double f = seconds(() -> nn.model.Metrics.evaluateOnce(net, val, Loss.CROSS_ENTROPY));
            bestPlain = Math.min(bestPlain, p);
            bestValidated = Math.min(bestValidated, v);
            bestForward = Math.min(bestForward, f);
            System.out.println(Messages.t("bench.validation.run", run, s(p), s(v), s(v - p), s(f)));
        }
        System.out.println(Messages.t("bench.validation.best", s(bestPlain), s(bestValidated), s(bestValidated - bestPlain), s(bestForward)));
    }

    /** Seconds with three decimals, as the table prints them. */
    private static String s(double seconds) { return String.format(Locale.ROOT, "%.3f", seconds); }

    private static double seconds(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
