package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;
import java.util.List;

/**
 * A McCulloch–Pitts threshold unit: it fires (outputs 1) when Σ wᵢxᵢ ≥ T and outputs 0 otherwise.
 * Immutable; the weights are copied in and out.
 */
public final class ThresholdUnit implements RowModel {
    private final double[] weights;
    private final double threshold;
    private final List<String> inputNames;

    public ThresholdUnit(double[] weights, double threshold) {
        this(weights, threshold, RowModel.defaultInputNames(weights.length));
    }

    /** A unit whose inputs have the given names (used when describing it). */
    public ThresholdUnit(double[] weights, double threshold, List<String> inputNames) {
        if (weights.length == 0) throw new ModelException(Messages.t("logic.threshold-unit-no-weights"));
        if (inputNames.size() != weights.length)
            throw new IllegalArgumentException(Messages.t("internal.threshold-unit-names", weights.length, inputNames.size()));
        for (double w : weights) checkFinite(w, Messages.t("logic.finite-weight"));
        checkFinite(threshold, Messages.t("logic.finite-threshold"));
        this.weights = weights.clone();
        this.threshold = threshold;
        this.inputNames = List.copyOf(inputNames);
    }

    public double[] weights() { return weights.clone(); }

    public double threshold() { return threshold; }

    /** Σ wᵢxᵢ for one row. */
    public double net(double[] row) {
        RowModel.checkRow(this, row);
        return dot(weights, row);
    }

    /** 1 when Σ wᵢxᵢ ≥ T, else 0. */
    public double fire(double[] row) { return net(row) >= threshold ? 1.0 : 0.0; }

    /** The same unit with other input names. */
    public ThresholdUnit withInputNames(List<String> names) { return new ThresholdUnit(weights, threshold, names); }

    @Override public List<String> inputNames() { return inputNames; }

    @Override public List<String> outputNames() { return List.of("y"); }

    @Override public double[] evaluate(double[] row) { return new double[] {fire(row)}; }

    @Override public String what() { return Messages.t("logic.what-threshold-unit"); }

    @Override public String indefinite() { return Messages.t("logic.a-threshold-unit"); }

    @Override public String describe() {
        return Messages.t("logic.describe-threshold-unit", Num.weightedSum(weights, inputNames), Num.format(threshold));
    }

    @Override public String toString() { return describe(); }

    static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) s += w[i] * x[i];
        return s;
    }

    static void checkFinite(double v, String what) {
        if (!Double.isFinite(v)) throw new ModelException(Messages.t("logic.must-be-finite", what, Num.format(v)));
    }
}
