package nn.bench;

import nn.i18n.Messages;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import nn.data.Dataset;
import nn.model.Activation;
import nn.model.DType;
import nn.model.Loss;
import nn.model.Network;
import nn.model.Optimizer;
import nn.model.Adam;
import nn.model.Sgd;
import nn.model.TrainConfig;
import nn.model.TrainListener;
import nn.model.Trainer;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import nn.tensor.parallel.Parallel;

/**
 * Prints the memory a training step allocates: the 784-128-64-10 ReLU network with softmax
 * cross-entropy, batch 64, trained by {@link Trainer#train} (the loop behind {@code train}) for whole
 * epochs of 50 batches, measured by the JVM's per-thread allocation counter
 * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}). One engine thread, so every
 * allocation is the calling thread's. Rows: sgd and adam, float64 and float32.
 *
 * <p>Usage: {@code ./nn bench alloc [epochs, default 20]}.
 */
public final class StepAllocBench {
    private static final int BATCH = 64, BATCHES = 50;

    private StepAllocBench() {}

    public static void main(String[] args) {
        int epochs = BenchArgs.count("alloc", args, 0, 20);
        int original = Parallel.threads();
        Parallel.setThreads(1);
        try {
            Rng rng = new Rng(7);
            int rows = BATCH * BATCHES;
            Matrix pixels = rng.uniform(rows, 784, 0, 1);
            int[] labels = new int[rows];
            for (int i = 0; i < rows; i++) labels[i] = rng.nextInt(10);
            Dataset data = Dataset.classification("random", pixels, labels, 10);
            for (String dtype : new String[] {"float64", "float32"}) {
                for (String opt : new String[] {"sgd", "adam"}) {
                    double bytes = perStep(data, dtype, opt, epochs);
                    System.out.println(Messages.t("bench.alloc.row", BATCH, dtype, String.format(Locale.ROOT, "%-4s", opt),
                            String.format(Locale.ROOT, "%8.1f", bytes / 1000)));
                }
            }
        } finally {
            Parallel.setThreads(original);
        }
    }

    private static double perStep(Dataset data, String dtype, String opt, int epochs) {
        Network net = network(dtype);
        Optimizer o = opt.equals("adam") ? new Adam(0.001) : new Sgd(0.01);
        TrainConfig cfg = new TrainConfig(Loss.CROSS_ENTROPY, o, 1, BATCH, 1L);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        for (int i = 0; i < 3; i++) Trainer.train(net, data, cfg, TrainListener.SILENT);  // warm: JIT, buffers, optimizer state
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < epochs; i++) Trainer.train(net, data, cfg, TrainListener.SILENT);
        long after = threads.getThreadAllocatedBytes(id);
        return (double) (after - before) / ((long) epochs * BATCHES);
    }

    private static Network network(String dtype) {
        return Network.builder("mlp", 784, new Rng(42)).dtype(dtype.equals("float32") ? DType.FLOAT32 : DType.FLOAT64)
                .dense(128, Activation.RELU).dense(64, Activation.RELU).dense(10, Activation.LINEAR).build();
    }
}
