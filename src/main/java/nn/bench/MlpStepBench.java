package nn.bench;

import nn.i18n.Messages;
import java.util.Locale;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;
import nn.tensor.Rng;
import nn.tensor.parallel.Parallel;

/**
 * Prints training samples per second for a 784-128-64-10 ReLU MLP with softmax cross-entropy,
 * batch 64, float64, plain SGD, written with {@link MatrixOps} calls only: the ceiling for the same
 * network run by the interpreter, which adds its own overhead. With 1 and 2 threads.
 *
 * <p>Usage: {@code java -cp target/classes nn.bench.MlpStepBench [seconds per round, default 0.5]}.
 */
public final class MlpStepBench {
    private static final int BATCH = 64;

    private final Matrix x, y, lr = Matrix.scalar(0.01), invBatch = Matrix.scalar(1.0 / BATCH);
    private Matrix w1, b1, w2, b2, w3, b3;

    private MlpStepBench(Rng rng) {
        x = rng.uniform(BATCH, 784, 0, 1);
        y = Matrix.zeros(BATCH, 10);
        for (int i = 0; i < BATCH; i++) y.data()[i * 10 + rng.nextInt(10)] = 1;
        w1 = rng.normal(784, 128, 0, 0.05);
        w2 = rng.normal(128, 64, 0, 0.1);
        w3 = rng.normal(64, 10, 0, 0.1);
        b1 = Matrix.zeros(1, 128);
        b2 = Matrix.zeros(1, 64);
        b3 = Matrix.zeros(1, 10);
    }

    /** One forward pass, backward pass and SGD update. */
    private void step() {
        Matrix z1 = MatrixOps.add(MatrixOps.matmul(x, w1), b1), h1 = relu(z1);
        Matrix z2 = MatrixOps.add(MatrixOps.matmul(h1, w2), b2), h2 = relu(z2);
        Matrix e = MatrixOps.exp(MatrixOps.add(MatrixOps.matmul(h2, w3), b3));
        Matrix probabilities = MatrixOps.div(e, MatrixOps.sumCols(e));
        Matrix d3 = MatrixOps.mul(MatrixOps.sub(probabilities, y), invBatch);
        Matrix d2 = MatrixOps.mul(MatrixOps.matmulTransB(d3, w3), reluSlope(z2));
        Matrix d1 = MatrixOps.mul(MatrixOps.matmulTransB(d2, w2), reluSlope(z1));
        w3 = descend(w3, MatrixOps.matmulTransA(h2, d3));
        b3 = descend(b3, MatrixOps.sumRows(d3));
        w2 = descend(w2, MatrixOps.matmulTransA(h1, d2));
        b2 = descend(b2, MatrixOps.sumRows(d2));
        w1 = descend(w1, MatrixOps.matmulTransA(x, d1));
        b1 = descend(b1, MatrixOps.sumRows(d1));
    }

    private static Matrix relu(Matrix z) { return MatrixOps.map(z, v -> v > 0 ? v : 0); }
    private static Matrix reluSlope(Matrix z) { return MatrixOps.map(z, v -> v > 0 ? 1 : 0); }
    private Matrix descend(Matrix w, Matrix gradient) { return MatrixOps.sub(w, MatrixOps.mul(gradient, lr)); }

    public static void main(String[] args) {
        double seconds = BenchArgs.number("mlpstep", args, 0, 0.5);
        int original = Parallel.threads();
        MlpStepBench bench = new MlpStepBench(new Rng(1));
        for (int threads : new int[] {1, 2}) {
            Parallel.setThreads(threads);
            bench.rate(seconds);
            double best = 0;
            for (int round = 0; round < 5; round++) best = Math.max(best, bench.rate(seconds));
            System.out.println(Messages.t("bench.mlpstep.row", threads, String.format(Locale.ROOT, "%8.0f", best),
                    String.format(Locale.ROOT, "%.0f", BATCH / best * 1e6), BATCH));
        }
        Parallel.setThreads(original);
    }

    /** Samples per second over one round. */
    private double rate(double seconds) {
        long start = System.nanoTime(), deadline = start + (long) (seconds * 1e9);
        long steps = 0;
        do {
            step();
            steps++;
        } while (System.nanoTime() < deadline);
        return steps * BATCH / ((System.nanoTime() - start) / 1e9);
    }
}
