package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;
import java.util.List;

import nn.tensor.Matrix;

/**
 * Something that maps a row of inputs to a row of outputs: a single unit or a network of
 * threshold units. Callable on one row ({@code double[]}) or on a batch (the rows of a matrix,
 * giving one output row per input row).
 */
public sealed interface RowModel permits ThresholdUnit, Perceptron, LinearUnit, ThresholdNetwork {

    /** The input names, in order ("x1", "x2", … unless the model names them). */
    List<String> inputNames();

    /** The output names, in order (one per output column). */
    List<String> outputNames();

    default int inputCount() { return inputNames().size(); }

    default int outputCount() { return outputNames().size(); }

    /** The outputs for one input row of length {@link #inputCount()}. */
    double[] evaluate(double[] row);

    /** The outputs for every row of {@code batch}: an m×{@link #outputCount()} matrix. */
    default Matrix apply(Matrix batch) {
        if (batch.cols() != inputCount())
            throw new ModelException(Messages.t("logic.takes-rows-of", what(), inputCount(), batch.shape()));
        int m = batch.rows(), k = outputCount(), n = batch.cols();
        double[] out = new double[m * k];
        double[] row = new double[n];
        for (int r = 0; r < m; r++) {
            System.arraycopy(batch.data(), r * n, row, 0, n);
            System.arraycopy(evaluate(row), 0, out, r * k, k);
        }
        return new Matrix(m, k, out);
    }

    /**
     * A short noun phrase for messages, in the current language: "threshold unit", "perceptron",
     * "network xor" (in Spanish with its article, "la unidad de umbral", since Spanish sentences need it).
     */
    String what();

    /** The phrase with its indefinite article: "a threshold unit", "una unidad de umbral". */
    String indefinite();

    /** The phrase with its definite article: "the threshold unit", "la unidad de umbral". */
    default String definite() { return Messages.t("logic.definite", what()); }

    /** A readable, multi-line-if-needed account of what the model computes and how. */
    String describe();

    /** Default input names x1..xn. */
    static List<String> defaultInputNames(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) names[i] = "x" + (i + 1);
        return List.of(names);
    }

    /** Checks a row's length against the model's input count, with a message in the language's words. */
    static void checkRow(RowModel model, double[] row) {
        if (row.length != model.inputCount())
            throw new ModelException(Messages.t("logic.takes-inputs", model.what(), model.inputCount(), row.length));
    }
}
