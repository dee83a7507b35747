package nn.bench;

import java.util.function.ToDoubleBiFunction;
import nn.data.Dataset;
import nn.model.Activation;
import nn.model.DType;
import nn.model.Loss;
import nn.model.Network;
import nn.model.Sgd;
import nn.model.TrainConfig;
import nn.model.TrainListener;
import nn.model.Trainer;
import nn.tensor.Rng;
import nn.tensor.kernel.MatMul32;

/** The float32 rows of {@link Serve}: {@code gemm32 N} and {@code mlp32 BATCH WIDTHS}, measured as their float64 twins. */
final class Float32Bench {
    private Float32Bench() {}

    /** GFLOPS of an N×N·N×N float32 product. */
    static double gemm(int n, double seconds, ToDoubleBiFunction<Runnable, Double> rate) {
        MatMul32.awaitCompiledKernel();
        Rng rng = new Rng(1);
        float[] a = floats(rng, n * n), b = floats(rng, n * n), c = new float[n * n];
        Runnable work = () -> MatMul32.mult(a, b, c, n, n, n);
        rate.applyAsDouble(work, seconds / 3);
        return rate.applyAsDouble(work, seconds) * 2.0 * n * n * n / 1e9;
    }

    private static float[] floats(Rng rng, int size) {
        float[] f = new float[size];
        for (int i = 0; i < size; i++) f[i] = (float) (rng.nextDouble() * 2 - 1);
        return f;
    }

    /** Training samples per second of a float32 ReLU network, as {@link Serve}'s mlp request in float64. */
    static double mlp(int batch, String widths, double seconds, ToDoubleBiFunction<Runnable, Double> rate) {
        MatMul32.awaitCompiledKernel();
        String[] ws = widths.split("-");
        int inputs = Integer.parseInt(ws[0]), classes = Integer.parseInt(ws[ws.length - 1]);
        int rows = Math.max(batch, Math.min(8192, batch * 32));
        Rng rng = new Rng(7);
        Dataset data = Dataset.classification("random", rng.uniform(rows, inputs, 0, 1), labels(rng, rows, classes), classes);
        Network.Builder builder = Network.builder("bench", inputs, new Rng(42)).dtype(DType.FLOAT32);
        for (int i = 1; i < ws.length - 1; i++) builder.dense(Integer.parseInt(ws[i]), Activation.RELU);
        Network net = builder.dense(classes, Activation.LINEAR).build();
        TrainConfig cfg = new TrainConfig(Loss.CROSS_ENTROPY, new Sgd(0.01), 1, batch, 1L);
        Runnable epoch = () -> Trainer.train(net, data, cfg, TrainListener.SILENT);
        rate.applyAsDouble(epoch, seconds / 3);
        return rate.applyAsDouble(epoch, seconds) * rows;
    }

    private static int[] labels(Rng rng, int rows, int classes) {
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) labels[i] = rng.nextInt(classes);
        return labels;
    }
}
