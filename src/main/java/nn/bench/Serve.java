package nn.bench;

import nn.i18n.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nn.data.Dataset;
import nn.graph.Graph;
import nn.graph.Node;
import nn.graph.Ops;
import nn.model.Activation;
import nn.model.Loss;
import nn.model.Network;
import nn.model.Sgd;
import nn.model.TrainConfig;
import nn.model.TrainListener;
import nn.model.Trainer;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;
import nn.tensor.Rng;

/**
 * The nn side of {@code bench/compare.py}: a warm JVM that reads one measurement a line from standard
 * input and answers with one figure a line, so the script can interleave nn and its peers round by
 * round. Requests: {@code gemm N} (GFLOPS of an N×N·N×N product), {@code mlp BATCH WIDTHS}
 * (training samples per second of a ReLU network of the given widths, e.g. 784-128-64-10, softmax
 * cross-entropy, sgd(0.01), through the Trainer the {@code train} block uses; {@code mlp32 …} the same network in float32), {@code xor EPOCHS}
 * (milliseconds for that many full-batch epochs of the 2-2-1 sigmoid XOR network), {@code quit}.
 * Each measurement warms up first, then times repeated work for about {@code seconds} (argument 0,
 * default 0.5) of the calling thread's CPU time, or of wall-clock time when argument 1 is
 * {@code wall}: on a shared machine a thread's CPU time does not count the time other processes
 * held the core (run with one engine thread so that all the work is on the calling thread).
 * Each answer is followed by the process's peak resident memory during that measurement in KiB (the
 * kernel's high-water mark, reset before it through /proc/self/clear_refs; 0 where /proc has none).
 * Bad requests answer {@code error: …}.
 */
public final class Serve {
    private Serve() {}

    public static void main(String[] args) throws IOException {
        double seconds = BenchArgs.number("serve", args, 0, 0.5);
        wall = args.length > 1 && args[1].equals("wall");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] w = line.trim().split("\\s+");
            if (w[0].equals("quit")) break;
            String answer;
            try {
                PeakMemory.reset();
                answer = switch (w[0]) {
                    case "gemm" -> fmt(gemm(Integer.parseInt(w[1]), seconds, Serve::rate));
                    case "mlp" -> fmt(mlp(Integer.parseInt(w[1]), w[2], seconds, Serve::rate));
                    case "gemm32" -> fmt(Float32Bench.gemm(Integer.parseInt(w[1]), seconds, Serve::rate));
                    case "mlp32" -> fmt(Float32Bench.mlp(Integer.parseInt(w[1]), w[2], seconds, Serve::rate));
                    case "xor" -> fmt(xor(Integer.parseInt(w[1]), Serve::clock));
                    default -> "error: " + Messages.t("bench.serve.unknown-request", w[0]);
                };
                if (!answer.startsWith("error")) answer += " " + PeakMemory.kib();
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                answer = "error: " + Messages.t("bench.serve.bad-request", line.trim());
            } catch (RuntimeException e) {
                // nn's own failures say why in the run's language; the kind names a bug.
                answer = "error: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            System.out.println(answer);
            System.out.flush();
        }
    }

    private static boolean wall;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Nanoseconds on the chosen clock: this thread's CPU time, or wall-clock time. */
    private static long clock() { return wall ? System.nanoTime() : THREADS.getCurrentThreadCpuTime(); }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%.6g", v); }

    /** Runs {@code work} until {@code seconds} have passed (at least twice) and returns calls per second. */
    static double rate(Runnable work, double seconds) {
        long start = clock(), limit = (long) (seconds * 1e9);
        int calls = 0;
        long now;
        do {
            work.run();
            calls++;
            now = clock();
        } while (now - start < limit || calls < 2);
        return calls / ((now - start) / 1e9);
    }

    /** GFLOPS of an N×N·N×N product, calls counted by {@code rate} (calls per second of work run for some seconds). */
    static double gemm(int n, double seconds, java.util.function.ToDoubleBiFunction<Runnable, Double> rate) {
        Rng rng = new Rng(1);
        Matrix a = rng.uniform(n, n, -1, 1), b = rng.uniform(n, n, -1, 1);
        double[] sink = new double[1];
        Runnable work = () -> sink[0] += MatrixOps.matmul(a, b).data()[0];
        rate.applyAsDouble(work, seconds / 3);
        return rate.applyAsDouble(work, seconds) * 2.0 * n * n * n / 1e9;
    }

    static double mlp(int batch, String widths, double seconds, java.util.function.ToDoubleBiFunction<Runnable, Double> rate) {
        String[] ws = widths.split("-");
        int inputs = Integer.parseInt(ws[0]), classes = Integer.parseInt(ws[ws.length - 1]);
        int rows = epochRows(batch, ws);
        Rng rng = new Rng(7);
        Matrix pixels = rng.uniform(rows, inputs, 0, 1);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) labels[i] = rng.nextInt(classes);
        Dataset data = Dataset.classification("random", pixels, labels, classes);
        Network.Builder builder = Network.builder("bench", inputs, new Rng(42));
        for (int i = 1; i < ws.length - 1; i++) builder.dense(Integer.parseInt(ws[i]), Activation.RELU);
        Network net = builder.dense(classes, Activation.LINEAR).build();
        TrainConfig cfg = new TrainConfig(Loss.CROSS_ENTROPY, new Sgd(0.01), 1, batch, 1L);
        Runnable epoch = () -> Trainer.train(net, data, cfg, TrainListener.SILENT);
        rate.applyAsDouble(epoch, seconds / 3);
        return rate.applyAsDouble(epoch, seconds) * rows;
    }

    /**
     * Examples per epoch: 32 batches up to 8,192 rows, 4 batches for networks 1,024 or more wide (an
     * epoch of those is already seconds long). bench/peers.py uses the same rule.
     */
    static int epochRows(int batch, String[] widths) {
        int widest = 0;
        for (String w : widths) widest = Math.max(widest, Integer.parseInt(w));
        if (widest >= 1024) return batch * 4;
        return Math.max(batch, Math.min(8192, batch * 32));
    }

    /** Milliseconds for that many XOR epochs on {@code clock} (nanoseconds), the better of two runs. */
    static double xor(int epochs, java.util.function.LongSupplier clock) {
        Node x = Node.constant(Matrix.of(new double[] {0, 0}, new double[] {0, 1}, new double[] {1, 0}, new double[] {1, 1}));
        Node t = Node.constant(Matrix.of(new double[] {0}, new double[] {1}, new double[] {1}, new double[] {0}));
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            Network net = Network.builder("xornet", 2, new Rng(42)).dense(2, Activation.SIGMOID).dense(1, Activation.SIGMOID).build();
            Sgd sgd = new Sgd(0.5);
            long start = clock.getAsLong();
            for (int epoch = 0; epoch < epochs; epoch++) {
                Graph.zeroGrad(net.params());
                Node e = Ops.mse(net.forward(x), t);
                Graph.backward(e);
                sgd.step(net.params());
            }
            best = Math.min(best, (clock.getAsLong() - start) / 1e6);
        }
        return best;
    }
}
