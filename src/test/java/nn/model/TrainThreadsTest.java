package nn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import nn.data.Dataset;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A training run gives the same history and weights, bit for bit, on 1, 2 and 4 threads. The thread
 * count is set through nn.tensor.parallel.Parallel.setThreads, found by reflection: the parallel
 * kernels live on the tensor branch, and until they are merged this test is skipped (a system
 * property cannot change the thread count of kernels that do not exist).
 */
@Timeout(120) // waits on the pool's worker threads
class TrainThreadsTest {
    @Test void historyIsIdenticalOnOneTwoAndFourThreads() throws Exception {
        Method setThreads, threads;
        try {
            Class<?> parallel = Class.forName("nn.tensor.parallel.Parallel");
            setThreads = parallel.getMethod("setThreads", int.class);
            threads = parallel.getMethod("threads");
        } catch (ClassNotFoundException e) {
            Assumptions.abort("nn.tensor.parallel.Parallel is not in this build: nothing runs on several threads yet");
            return;
        }
        int before = (int) threads.invoke(null);
        try {
            Run one = run(setThreads, 1), two = run(setThreads, 2), four = run(setThreads, 4);
            assertArrayEquals(one.h.losses(), two.h.losses());
            assertArrayEquals(one.h.losses(), four.h.losses());
            assertArrayEquals(one.h.accuracies(), four.h.accuracies());
            assertEquals(one.weights, two.weights);
            assertEquals(one.weights, four.weights);
        } finally {
            setThreads.invoke(null, before);
        }
    }

    private record Run(History h, Matrix weights) {}

    private static Run run(Method setThreads, int n) throws Exception {
        setThreads.invoke(null, n);
        Rng rng = new Rng(5);
        Matrix x = rng.uniform(512, 784, 0, 1);
        int[] labels = new int[512];
        for (int i = 0; i < labels.length; i++) labels[i] = rng.nextInt(10);
        Dataset ds = Dataset.classification("random", x, labels, 10);
        Network net = Network.builder("n", 784, new Rng(1)).dense(128, Activation.RELU).dense(10, Activation.LINEAR).build();
        History h = Trainer.train(net, ds, new TrainConfig(Loss.CROSS_ENTROPY, new Adam(0.001), 2, 128, 3L), TrainListener.SILENT);
        return new Run(h, net.layer(0).weights().value().copy());
    }
}
