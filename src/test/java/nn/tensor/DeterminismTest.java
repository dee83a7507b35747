package nn.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nn.tensor.parallel.Parallel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every kernel gives the same bits with 1, 2 and 4 threads, on inputs big enough to be split. */
@Timeout(120) // waits on the pool's worker threads
class DeterminismTest {
    private final int originalThreads = Parallel.threads();
    private final Rng rng = new Rng(2024);
    private final Matrix a = rng.uniform(300, 257, -1, 1);
    private final Matrix b = rng.uniform(257, 190, -1, 1);
    private final Matrix row = rng.uniform(1, 257, -1, 1);
    private final Matrix bt = rng.uniform(190, 257, -1, 1);
    private final Matrix tall = rng.uniform(300, 190, -1, 1);
    private final Matrix big = rng.uniform(700, 513, -1e3, 1e3);
    // Elementwise work is split only above ~40 µs of work, so these are large.
    private final Matrix wide = rng.uniform(1200, 900, -1, 1);
    private final Matrix wideLike = rng.uniform(1200, 900, -1, 1);
    private final Matrix wideRow = rng.uniform(1, 900, -1, 1);
    private final Matrix wideCol = rng.uniform(1200, 1, -1, 1);

    @AfterEach void restoreThreads() {
        Parallel.setThreads(originalThreads);
        Parallel.assumeDispatchNanos(Double.NaN);
    }

    private List<Supplier<double[]>> kernels() {
        List<Supplier<double[]>> k = new ArrayList<>();
        k.add(() -> MatrixOps.matmul(a, b).data());
        k.add(() -> MatrixOps.matmulTransA(a, tall).data());
        k.add(() -> MatrixOps.matmulTransB(a, bt).data());
        k.add(() -> MatrixOps.matmul(a, MatrixOps.transpose(row)).data());
        k.add(() -> MatrixOps.add(wide, wideLike).data());
        k.add(() -> MatrixOps.sub(wide, wideRow).data());
        k.add(() -> MatrixOps.mul(wideCol, wide).data());
        k.add(() -> MatrixOps.div(wide, Matrix.scalar(3)).data());
        k.add(() -> MatrixOps.pow(wide, wideRow).data());
        k.add(() -> MatrixOps.maximum(wideRow, wideCol).data());
        k.add(() -> MatrixOps.tanh(a).data());
        k.add(() -> MatrixOps.sigmoid(big).data());
        k.add(() -> MatrixOps.map(wide, x -> x * x - 1).data());
        k.add(() -> MatrixOps.transpose(big).data());
        k.add(() -> new double[] {MatrixOps.sum(big), MatrixOps.mean(big), MatrixOps.max(big), MatrixOps.min(big)});
        k.add(() -> MatrixOps.sumRows(big).data());
        k.add(() -> MatrixOps.sumCols(big).data());
        k.add(() -> MatrixOps.reduceTo(big, 1, 1).data());
        k.add(() -> MatrixOps.argmaxRows(big).data());
        return k;
    }

    @Test void everyKernelGivesTheSameBitsForOneTwoAndFourThreads() {
        List<Supplier<double[]>> kernels = kernels();
        Parallel.setThreads(1);
        List<double[]> reference = kernels.stream().map(Supplier::get).toList();
        // With the pool's own split decisions, then with every loop split as finely as it can be (a free
        // dispatch): whether these sizes are split depends on the wake-up latency the pool measures.
        for (double dispatch : new double[] {Double.NaN, 0}) {
            Parallel.assumeDispatchNanos(dispatch);
            for (int threads : new int[] {2, 4}) {
                Parallel.setThreads(threads);
                for (int i = 0; i < kernels.size(); i++) {
                    int kernel = i;
                    assertArrayEquals(reference.get(i), kernels.get(i).get(),
                            () -> "kernel " + kernel + " with " + threads + " threads, dispatch " + dispatch);
                }
            }
        }
    }
}
