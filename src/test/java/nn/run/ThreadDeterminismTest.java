package nn.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nn.tensor.parallel.Parallel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A training run prints the same bits with 1, 2 and 4 worker threads (matrices large enough to split). */
@Timeout(120) // waits on the pool's worker threads
class ThreadDeterminismTest {
    @TempDir Path dir;
    private final int before = Parallel.threads();

    @AfterEach void restore() {
        Parallel.setThreads(before);
        Parallel.assumeDispatchNanos(Double.NaN);
    }

    private static final String SCRIPT = """
            seed 3
            X = randn(256, 64)
            T = sigmoid(X @ randn(64, 1))
            network n = 64 -> dense(128, relu) -> dense(64, tanh) -> dense(1, sigmoid)
            precision 15
            for epoch in 1..5 {
              E = mse(n(X), T)
              backward E
              step n sgd(lr = 0.5)
              print epoch, E
            }
            print sum(n.dense1.weights), sum(n.dense3.weights)
            """;

    private String runWith(int threads) {
        Parallel.setThreads(threads);
        ScriptRunner.Result r = ScriptRunner.run("det.nn", SCRIPT, dir);
        assertEquals("", r.err());
        return r.out();
    }

    @Test void trainingIsBitIdenticalForEveryThreadCount() {
        String one = runWith(1);
        assertEquals(one, runWith(2));
        assertEquals(one, runWith(4));
        // Whether these sizes are split depends on the wake-up latency the pool measures; a free dispatch
        // splits every loop that can be split.
        Parallel.assumeDispatchNanos(0);
        assertEquals(one, runWith(2));
        assertEquals(one, runWith(4));
    }
}
