package nn.model;

import nn.i18n.Messages;

import nn.data.Dataset;
import nn.graph.Node;
import nn.tensor.Matrix;

/**
 * How well a network does on data: the class it predicts for each row, accuracy, the confusion
 * matrix, and the loss over a whole dataset. Forward passes run in chunks of {@value #CHUNK} rows, so
 * memory stays bounded on large datasets.
 *
 * <p>The predicted class of an output row is {@link ClassDecision}'s.
 */
public final class Metrics {
    private Metrics() {}

    static final int CHUNK = 4096;

    /** The class each row of the network's {@code outputs} predicts (see {@link ClassDecision}). */
    public static int[] predictedClasses(Network net, Matrix outputs, int classes) {
        return ClassDecision.classes(net.outputActivation(), outputs, classes);
    }

    /** The class of each target row: a class-index column as is, one-hot rows by their largest entry. */
    public static int[] targetClasses(Matrix targets) {
        // Targets are class numbers or one-hot rows: the nearest class, or the largest entry.
        return ClassDecision.classes(Activation.LINEAR, targets, Integer.MAX_VALUE);
    }

    /** How many rows of {@code outputs} predict the class their target row holds. */
    public static int correct(Network net, Matrix outputs, Matrix targets, int classes) {
        int[] p = predictedClasses(net, outputs, classes), t = targetClasses(targets);
        int n = 0;
        for (int i = 0; i < p.length; i++) if (p[i] == t[i]) n++;
        return n;
    }

    /** The network's outputs for every row of {@code inputs}, computed a chunk at a time. */
    public static Matrix outputs(Network net, Matrix inputs) {
        int m = inputs.rows(), f = inputs.cols();
        if (m <= CHUNK) return net.forward(Node.constant(inputs)).value();
        double[] out = null;
        int k = net.outputSize();
        for (int start = 0; start < m; start += CHUNK) {
            int n = Math.min(CHUNK, m - start);
            double[] part = new double[n * f];
            System.arraycopy(inputs.data(), start * f, part, 0, n * f);
            Matrix y = net.forward(Node.constant(new Matrix(n, f, part))).value();
            if (out == null) out = new double[m * k];
            System.arraycopy(y.data(), 0, out, start * k, n * k);
        }
        return new Matrix(m, k, out);
    }

    /** The predicted class of every example of {@code data}. */
    public static int[] predict(Network net, Dataset data) {
        return predictedClasses(net, outputs(net, data.inputs()), data.classes());
    }

    /** The fraction of examples whose predicted class is their target's. */
    public static double accuracy(Network net, Dataset data) {
        requireClasses(data, Messages.t("model.what-accuracy"));
        if (data.size() == 0) return Double.NaN;
        return (double) correct(net, outputs(net, data.inputs()), data.targets(), data.classes()) / data.size();
    }

    /**
     * Counts of (actual class, predicted class): entry (i, j) is how many examples of class i the
     * network puts in class j. The matrix is k×k with k the data's class count, or more when the
     * network predicts a class the data does not have.
     */
    public static Matrix confusion(Network net, Dataset data) {
        requireClasses(data, Messages.t("model.what-confusion-matrix"));
        int[] p = predict(net, data), t = data.classIndices();
        int k = data.classes();
        for (int c : p) k = Math.max(k, c + 1);
        double[] counts = new double[k * k];
        for (int i = 0; i < p.length; i++) counts[t[i] * k + p[i]]++;
        return new Matrix(k, k, counts);
    }

    /** A dataset's loss (as the trainer reports an epoch's: summed for SSE, else the mean) and accuracy. */
    public record Evaluation(double loss, double accuracy) {}

    public static Evaluation evaluate(Network net, Dataset data, Loss loss) {
        Trainer.validate(net, data, loss);
        Matrix y = outputs(net, data.inputs());
        // A softmax output layer is folded into cross_entropy, as in training: the loss reads its scores.
        boolean folded = loss == Loss.CROSS_ENTROPY && net.outputActivation() == Activation.SOFTMAX;
        double value = lossOf(loss, folded ? scores(net, data.inputs()) : y, data.targets());
        double acc = data.classes() == 0 ? Double.NaN : (double) correct(net, y, data.targets(), data.classes()) / data.size();
        return new Evaluation(value, acc);
    }

    /**
     * As {@link #evaluate}, in exactly one forward pass over {@code data} (a chunk at a time): the loss
     * reads the recorded output node, so a softmax output is folded into cross_entropy without a second
     * pass for its scores. What validation costs a training run per epoch.
     */
    public static Evaluation evaluateOnce(Network net, Dataset data, Loss loss) {
        Matrix x = data.inputs(), t = data.targets();
        int m = x.rows();
        boolean classes = data.classes() > 0;
        double total = 0;
        long correct = 0;
        for (int start = 0; start < m; start += CHUNK) {
            int n = Math.min(CHUNK, m - start);
            Matrix targets = rows(t, start, n);
            Node y = net.forward(Node.constant(rows(x, start, n)));
            double l = loss.apply(y, Node.constant(targets)).value().item();
            total += loss == Loss.SSE ? l : l * n;
            if (classes) correct += correct(net, y.value(), targets, data.classes());
        }
        return new Evaluation(loss == Loss.SSE ? total : total / m, classes ? (double) correct / m : Double.NaN);
    }

    /** The output layer's inputs to its softmax (z = h @ W + b) for every row, a chunk at a time. */
    private static Matrix scores(Network net, Matrix inputs) {
        int m = inputs.rows(), f = inputs.cols(), k = net.outputSize();
        double[] out = new double[m * k];
        for (int start = 0; start < m; start += CHUNK) {
            int n = Math.min(CHUNK, m - start);
            Node y = net.forward(Node.constant(rows(inputs, start, n)));
            Matrix z = y.op() instanceof nn.graph.op.Softmax ? y.inputs().get(0).value() : y.value();
            System.arraycopy(z.data(), 0, out, start * k, n * k);
        }
        return new Matrix(m, k, out);
    }

    /** The loss of outputs {@code y} against {@code targets}, computed in chunks and combined as {@link #evaluate} describes. */
    private static double lossOf(Loss loss, Matrix y, Matrix targets) {
        int m = y.rows();
        double total = 0;
        for (int start = 0; start < m; start += CHUNK) {
            int n = Math.min(CHUNK, m - start);
            double l = loss.apply(Node.constant(rows(y, start, n)), Node.constant(rows(targets, start, n))).value().item();
            total += loss == Loss.SSE ? l : l * n;
        }
        return loss == Loss.SSE ? total : total / m;
    }

    private static Matrix rows(Matrix m, int start, int n) {
        if (start == 0 && n == m.rows()) return m;
        double[] d = new double[n * m.cols()];
        System.arraycopy(m.data(), start * m.cols(), d, 0, d.length);
        return new Matrix(n, m.cols(), d);
    }

    /**
     * The loss a plain evaluation uses when none is named: cross_entropy for several outputs and
     * classes, bce for one sigmoid output and two classes, mse otherwise.
     */
    public static Loss defaultLoss(Network net, Dataset data) {
        Activation last = net.outputActivation();
        if (data.classes() > 0 && net.outputSize() > 1) return Loss.CROSS_ENTROPY;
        if (data.classes() > 0 && data.classes() <= 2 && last == Activation.SIGMOID) return Loss.BCE;
        return Loss.MSE;
    }

    private static void requireClasses(Dataset data, String what) {
        if (data.classes() == 0)
            throw new ModelException(Messages.t("model.numeric-no-classes", data.name(), what));
    }
}
