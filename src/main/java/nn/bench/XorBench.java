package nn.bench;

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
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
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
            System.out.printf(Locale.ROOT, "run %d: %d epochs in %.1f ms, %.2f µs/epoch, final loss %.6f%s%n",
                    run, epochs, ms, ms * 1000 / epochs, loss, run == 1 ? " (includes JIT warm-up)" : "");
        }
        System.out.printf(Locale.ROOT, "best: %.1f ms, %.2f µs/epoch%n", best, best * 1000 / epochs);
    }
}
