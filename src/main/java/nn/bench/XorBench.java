package nn.bench;

import nn.i18n.Messages;
import java.util.Locale;
import nn.graph.Graph;
import nn.graph.Node;
import nn.graph.Ops;
import nn.model.Activation;
import nn.model.Network;
import nn.model.Sgd;
import nn.tensor.Matrix;
import nn.tensor.Rng;

/**
 * Benchmark: a 2-2-1 sigmoid network learns XOR with MSE, full batch of 4, sgd(lr = 0.5), 10,000
 * epochs of forward + backward + step — the same graph, ops and optimizer the language uses.
 * Prints each run's total milliseconds and microseconds per epoch; the first run includes JIT
 * warm-up. Usage: {@code XorBench [epochs] [runs]}.
 */
public final class XorBench {
    private XorBench() {}

    public static void main(String[] args) {
        int epochs = BenchArgs.count("xor", args, 0, 10_000);
        int runs = BenchArgs.count("xor", args, 1, 5);
        Node x = Node.constant(Matrix.of(new double[] {0, 0}, new double[] {0, 1}, new double[] {1, 0}, new double[] {1, 1}));
        Node t = Node.constant(Matrix.of(new double[] {0}, new double[] {1}, new double[] {1}, new double[] {0}));
        double best = Double.MAX_VALUE;
        for (int run = 1; run <= runs; run++) {
            Network net = Network.builder("xornet", 2, new Rng(42)).dense(2, Activation.SIGMOID).dense(1, Activation.SIGMOID).build();
            Sgd sgd = new Sgd(0.5);
            long start = System.nanoTime();
            double loss = 0;
            for (int epoch = 0; epoch < epochs; epoch++) {
                Graph.zeroGrad(net.params());
                Node e = Ops.mse(net.forward(x), t);
                Graph.backward(e);
                sgd.step(net.params());
                loss = e.value().item();
            }
            double ms = (System.nanoTime() - start) / 1e6;
            best = Math.min(best, ms);
            System.out.println(Messages.t(run == 1 ? "bench.xor.first-run" : "bench.xor.run", run, epochs,
                    String.format(Locale.ROOT, "%.1f", ms), String.format(Locale.ROOT, "%.2f", ms * 1000 / epochs),
                    String.format(Locale.ROOT, "%.6f", loss)));
        }
        System.out.println(Messages.t("bench.xor.best", String.format(Locale.ROOT, "%.1f", best),
                String.format(Locale.ROOT, "%.2f", best * 1000 / epochs)));
    }
}
