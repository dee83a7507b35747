package nn.bench;

import nn.i18n.Messages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nn.data.Dataset;
import nn.data.Generators;
import nn.data.IdxLoader;
import nn.model.Activation;
import nn.model.Adam;
import nn.model.Loss;
import nn.model.Metrics;
import nn.model.Network;
import nn.model.TrainConfig;
import nn.model.TrainListener;
import nn.model.Trainer;
import nn.tensor.Rng;
import nn.viz.BoundaryPlot;
import nn.viz.ColourScale;
import nn.viz.GifWriter;
import nn.viz.LabelledPoints;
import nn.viz.Panel;
import nn.viz.Picture;
import nn.viz.PictureGrid;
import nn.viz.Plane;
import nn.viz.Png;
import nn.viz.TerminalPictures;

/**
 * Benchmark of the pictures the issue asks to be quick: {@code plot images} of 25 digits (the PNG rendered and
 * encoded, and the terminal text) and an animated GIF of 40 frames of a 2-D boundary (a 2-16-16-3 tanh
 * network learning a 3-arm spiral of 300 points: 40 frames rendered as a train block's watched plot draws them, then encoded;
 * the training between frames is not timed). The digits are the first 25 of samples/data/mnist when run from
 * the project folder, else 25 seeded random pictures of 28 × 28 (the same work). Prints each run and the
 * median of the runs after the first (JIT warm-up). Usage: {@code PlotBench [runs]}.
 */
public final class PlotBench {
    private PlotBench() {}

    public static void main(String[] args) {
        int runs = BenchArgs.count("plots", args, 0, 6);
        List<Picture> digits = digits();
        double[] all = new double[25 * 784];
        for (int i = 0; i < 25; i++) System.arraycopy(digitValues(digits.get(i)), 0, all, i * 784, 784);
        ColourScale grey = ColourScale.greyFor(all);
        double[] png = new double[runs], text = new double[runs], gif = new double[runs], gifCpu = new double[runs];
        int bytes = 0, gifBytes = 0;
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            bytes = Png.encode(PictureGrid.render("first 25 of digits (28x28)", digits, grey)).length;
            long t1 = System.nanoTime();
            TerminalPictures.render("first 25 of digits (28x28)", digits, grey, 80, true);
            long t2 = System.nanoTime();
            png[run] = (t1 - t0) / 1e6;
            text[run] = (t2 - t1) / 1e6;
            double[] g = gif();
            gif[run] = g[0];
            gifCpu[run] = g[2];
            gifBytes = (int) g[1];
            System.out.println(Messages.t(run == 0 ? "bench.plots.first-run" : "bench.plots.run", run + 1, ms(png[run]), ms(text[run]),
                    ms(gif[run]), ms(gifCpu[run])));
        }
        System.out.println(Messages.t("bench.plots.median", runs, ms(median(png)), bytes, ms(median(text)), ms(median(gif)),
                ms(median(gifCpu)), gifBytes));
        System.out.println(Messages.t("bench.plots.clocks", ms(java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()), Runtime.getRuntime().availableProcessors()));
    }

    /** Milliseconds to render and encode 40 frames (training between them excluded), the GIF's size, and the CPU milliseconds. */
    private static double[] gif() {
        Dataset spiral = Generators.spiral(300, 3, 0.2, 7);
        Network net = Network.builder("net", 2, new Rng(1)).dense(16, Activation.TANH).dense(16, Activation.TANH).dense(3, Activation.LINEAR).build();
        Plane plane = Plane.around(spiral.inputs(), 0.1);
        LabelledPoints points = new LabelledPoints(spiral.inputs(), spiral.classIndices());
        List<BufferedImage> frames = new ArrayList<>();
        long rendering = 0, cpu = 0;
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        TrainConfig step = new TrainConfig(Loss.CROSS_ENTROPY, new Adam(0.02), 10, TrainConfig.FULL_BATCH, null);
        for (int f = 0; f < 40; f++) {
            Trainer.train(net, spiral, step, TrainListener.SILENT);
            long t = System.nanoTime(), c = mx.getCurrentThreadCpuTime();
            Panel panel = new Panel("net after epoch " + 10 * (f + 1), pts -> Metrics.predictedClasses(net, Metrics.outputs(net, pts), 3));
            frames.add(GifWriter.indexed(BoundaryPlot.render(List.of(panel), plane, points, BoundaryPlot.Options.DEFAULT.forFrames())));
            rendering += System.nanoTime() - t;
            cpu += mx.getCurrentThreadCpuTime() - c;
        }
        long t = System.nanoTime(), c = mx.getCurrentThreadCpuTime();
        byte[] gif = GifWriter.encode(frames, 100, 1500);
        rendering += System.nanoTime() - t;
        cpu += mx.getCurrentThreadCpuTime() - c;
        return new double[] {rendering / 1e6, gif.length, cpu / 1e6};
    }

    private static List<Picture> digits() {
        Path mnist = Path.of("samples/data/mnist");
        List<Picture> out = new ArrayList<>();
        if (Files.isDirectory(mnist)) {
            Dataset d = IdxLoader.mnist(mnist, 25);
            for (int i = 0; i < 25; i++) {
                double[] row = Arrays.copyOfRange(d.inputs().data(), i * 784, (i + 1) * 784);
                out.add(new Picture(d.classLabel(d.classOf(i)), 28, 28, row));
            }
            return out;
        }
        Rng rng = new Rng(1);
        for (int i = 0; i < 25; i++) {
            double[] row = new double[784];
            for (int k = 0; k < row.length; k++) row[k] = rng.nextDouble();
            out.add(new Picture(Integer.toString(i % 10), 28, 28, row));
        }
        return out;
    }

    /** A figure with one decimal, as the table prints it. */
    private static String ms(double value) { return String.format(Locale.ROOT, "%.1f", value); }

    private static double[] digitValues(Picture p) { return p.values(); }

    private static double median(double[] runs) {
        double[] after = Arrays.copyOfRange(runs, runs.length > 1 ? 1 : 0, runs.length);
        Arrays.sort(after);
        return after.length % 2 == 1 ? after[after.length / 2] : (after[after.length / 2 - 1] + after[after.length / 2]) / 2;
    }
}
