package nn.data;

import nn.i18n.Messages;
import java.util.List;
import nn.tensor.Matrix;

/**
 * A table of examples: {@code inputs} is m×f (one example a row), {@code targets} is m×k.
 *
 * <p>For classification ({@code classes > 0}) the targets take one of two forms: a class-index
 * column (m×1 holding 0 … classes−1) or one-hot rows (m×classes), told apart by
 * {@link #isOneHot()}. For regression {@code classes} is 0 and the targets are any numbers.
 * {@code featureNames} is empty or has one name per input column; {@code classLabels} is empty
 * (the classes are called by their index) or has one label per class. Datasets are values: every
 * method returns a new dataset and the matrices must not be modified.
 *
 * @param name    where the data came from ("points.csv", "spiral"), used in summaries
 * @param scaling the normalisation its inputs went through ({@code normalize}), remembered so that raw
 *                inputs can be scaled the same way and a network trained on it knows; null for raw inputs.
 *                Selecting, renaming and re-encoding targets keep it.
 */
public record Dataset(String name, Matrix inputs, Matrix targets, List<String> featureNames,
                      List<String> classLabels, int classes, Standardization scaling) {

    /** A dataset whose inputs are as loaded (no remembered normalisation). */
    public Dataset(String name, Matrix inputs, Matrix targets, List<String> featureNames, List<String> classLabels, int classes) {
        this(name, inputs, targets, featureNames, classLabels, classes, null);
    }

    public Dataset {
        if (inputs.rows() != targets.rows())
            throw new DataException(name + ": " + inputs.rows() + " input rows but " + targets.rows() + " target rows");
        featureNames = List.copyOf(featureNames);
        classLabels = List.copyOf(classLabels);
        if (!featureNames.isEmpty() && featureNames.size() != inputs.cols())
            throw new DataException(name + ": " + featureNames.size() + " feature names for " + inputs.cols() + " features");
        if (classes < 0) throw new DataException(name + ": the class count cannot be negative");
        if (!classLabels.isEmpty() && classLabels.size() != classes)
            throw new DataException(name + ": " + classLabels.size() + " class labels for " + classes + " classes");
        if (classes > 0 && targets.cols() != 1 && targets.cols() != classes)
            throw new DataException(name + ": targets of a " + classes + "-class dataset need 1 or " + classes
                    + " columns, not " + targets.cols());
        if (classes > 0 && targets.cols() == 1) checkClassIndices(name, targets, classes);
    }

    /** A regression dataset (no classes). */
    public static Dataset regression(String name, Matrix inputs, Matrix targets) {
        return new Dataset(name, inputs, targets, List.of(), List.of(), 0);
    }

    /** A classification dataset whose targets are a class-index column (m×1). */
    public static Dataset classification(String name, Matrix inputs, int[] classIndex, int classes) {
        double[] t = new double[classIndex.length];
        for (int i = 0; i < t.length; i++) t[i] = classIndex[i];
        return new Dataset(name, inputs, new Matrix(t.length, 1, t), List.of(), List.of(), classes);
    }

    private static void checkClassIndices(String name, Matrix targets, int classes) {
        double[] t = targets.data();
        for (int i = 0; i < t.length; i++) {
            double v = t[i];
            if (v != Math.rint(v) || v < 0 || v >= classes)
                throw new DataException(name + ": row " + (i + 1) + " has class " + Format.number(v)
                        + ", outside 0…" + (classes - 1));
        }
    }

    /** Number of examples (rows). */
    public int size() { return inputs.rows(); }

    /** Number of input columns. */
    public int features() { return inputs.cols(); }

    /** True when the targets are one-hot rows rather than a class-index column. */
    public boolean isOneHot() { return classes > 1 && targets.cols() == classes; }

    /** The input and target of example {@code i} (0-based), each a 1-row matrix. */
    public Example row(int i) {
        if (i < 0 || i >= size())
            throw new DataException(Messages.t("data.no-such-row", name, size(), i));
        return new Example(inputs.row(i), targets.row(i));
    }

    /** One example: a 1×f input row and a 1×k target row. */
    public record Example(Matrix input, Matrix target) {}

    /** The class of example {@code i}: its index column, or the position of its largest one-hot entry. */
    public int classOf(int i) {
        if (classes == 0) throw new DataException(Messages.t("data.numeric-targets-class", name));
        if (!isOneHot()) return (int) targets.get(i, 0);
        int best = 0;
        for (int c = 1; c < classes; c++) if (targets.get(i, c) > targets.get(i, best)) best = c;
        return best;
    }

    /** The class of every example, in row order. */
    public int[] classIndices() {
        int[] out = new int[size()];
        for (int i = 0; i < out.length; i++) out[i] = classOf(i);
        return out;
    }

    /** How many examples each class has, indexed by class. */
    public int[] classCounts() {
        int[] counts = new int[classes];
        for (int c : classIndices()) counts[c]++;
        return counts;
    }

    /** The label a user sees for class {@code c}: its given label, or its index. */
    public String classLabel(int c) { return classLabels.isEmpty() ? Integer.toString(c) : classLabels.get(c); }

    /** The same examples with one-hot targets (m×classes); a one-hot dataset is returned as is. */
    public Dataset oneHot() {
        if (classes == 0) throw new DataException(Messages.t("data.numeric-targets-onehot", name));
        if (isOneHot()) return this;
        double[] t = new double[size() * classes];
        for (int i = 0; i < size(); i++) t[i * classes + classOf(i)] = 1.0;
        return new Dataset(name, inputs, new Matrix(size(), classes, t), featureNames, classLabels, classes, scaling);
    }

    /** The same examples with a class-index target column (m×1). */
    public Dataset classIndexTargets() {
        if (classes == 0) throw new DataException(Messages.t("data.numeric-targets-indices", name));
        if (!isOneHot()) return this;
        return classification(name, inputs, classIndices(), classes).withNames(featureNames, classLabels).withScaling(scaling);
    }

    /** The examples at {@code rows} (0-based, in that order, repeats allowed). */
    public Dataset select(int[] rows) {
        return new Dataset(name, gather(inputs, rows), gather(targets, rows), featureNames, classLabels, classes, scaling);
    }

    /** This dataset with other inputs of the same row count (used by normalisation); they are not known to be scaled. */
    public Dataset withInputs(Matrix newInputs) {
        return new Dataset(name, newInputs, targets, newInputs.cols() == features() ? featureNames : List.of(),
                classLabels, classes);
    }

    /** This dataset remembering that its inputs went through {@code s}. */
    public Dataset withScaling(Standardization s) {
        return new Dataset(name, inputs, targets, featureNames, classLabels, classes, s);
    }

    /** This dataset with feature names and class labels (either list may be empty). */
    public Dataset withNames(List<String> newFeatureNames, List<String> newClassLabels) {
        return new Dataset(name, inputs, targets, newFeatureNames, newClassLabels, classes, scaling);
    }

    /** This dataset under another name. */
    public Dataset named(String newName) {
        return new Dataset(newName, inputs, targets, featureNames, classLabels, classes, scaling);
    }

    // Every element is written, so a scratch matrix will do: in a training step it is last step's batch.
    static Matrix gather(Matrix m, int[] rows) {
        int cols = m.cols();
        Matrix g = Matrix.scratch(rows.length, cols);
        double[] src = m.data(), out = g.data();
        for (int i = 0; i < rows.length; i++) System.arraycopy(src, rows[i] * cols, out, i * cols, cols);
        return g;
    }

    /**
     * A few lines a user reads: rows, features, classes and the class balance, for example
     * <pre>
     * spiral: 200 rows, 2 features (x1, x2), 2 classes
     *   class 0: 100 (50.0%)
     *   class 1: 100 (50.0%)
     * </pre>
     */
    public String summary() {
        StringBuilder s = new StringBuilder();
        // The feature names are data, not language: " (x1, x2)" goes into the sentence as it is.
        String names = !featureNames.isEmpty() && featureNames.size() <= 8 ? " (" + Quoted.columns(featureNames) + ")" : "";
        if (classes == 0) return Messages.t("data.summary-numeric", name, size(), features(), names, targets.cols());
        s.append(isOneHot() ? Messages.t("data.summary-one-hot", name, size(), features(), names, classes)
                : Messages.t("data.summary-classes", name, size(), features(), names, classes));
        int[] counts = classCounts();
        // A label column of a million distinct words is data, not a summary: the first classes, then a count.
        int shown = classes <= MOST_CLASSES_LISTED ? classes : MOST_CLASSES_LISTED - 1;
        for (int c = 0; c < shown; c++) {
            double pct = size() == 0 ? 0 : 100.0 * counts[c] / size();
            s.append("\n  ").append(Messages.t("data.summary-class", Quoted.text(classLabel(c)), counts[c],
                    nn.tensor.Decimals.fixed(pct, 1) + "%"));
        }
        if (shown < classes) s.append("\n  ").append(Messages.t("data.summary-more-classes", classes - shown));
        return s.toString();
    }

    private static final int MOST_CLASSES_LISTED = 20;


    @Override public String toString() { return summary(); }
}
