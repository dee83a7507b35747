package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;
import java.util.List;

/**
 * A linear unit: its output is its net input, y = Σ wᵢxᵢ, with no threshold and no bias.
 * Hebb's rule trains it; its weights change in place.
 */
public final class LinearUnit implements RowModel, LearnableUnit {
    private final double[] weights;
    private final List<String> inputNames;

    public LinearUnit(double[] weights) {
        if (weights.length == 0) throw new ModelException(Messages.t("logic.linear-unit-no-inputs"));
        for (double w : weights) ThresholdUnit.checkFinite(w, Messages.t("logic.finite-weight"));
        this.weights = weights.clone();
        this.inputNames = RowModel.defaultInputNames(weights.length);
    }

    /** A linear unit with {@code inputs} zero weights. */
    public static LinearUnit zeros(int inputs) {
        if (inputs < 1) throw new ModelException(Messages.t("logic.linear-unit-inputs", inputs));
        return new LinearUnit(new double[inputs]);
    }

    @Override public double[] weights() { return weights.clone(); }

    @Override public double bias() { return 0.0; }

    @Override public boolean hasBias() { return false; }

    @Override public void adjust(double[] deltaWeights, double deltaBias) {
        if (deltaWeights.length != weights.length)
            throw new IllegalArgumentException(Messages.t("internal.linear-unit-delta", deltaWeights.length, weights.length));
        for (int i = 0; i < weights.length; i++) weights[i] += deltaWeights[i];
    }

    @Override public double net(double[] row) {
        RowModel.checkRow(this, row);
        return ThresholdUnit.dot(weights, row);
    }

    @Override public List<String> inputNames() { return inputNames; }

    @Override public List<String> outputNames() { return List.of("y"); }

    @Override public double[] evaluate(double[] row) { return new double[] {net(row)}; }

    @Override public String what() { return Messages.t("logic.what-linear-unit"); }

    @Override public String indefinite() { return Messages.t("logic.a-linear-unit"); }

    @Override public String describe() { return Messages.t("logic.describe-linear-unit", Num.weightedSum(weights, inputNames)); }

    @Override public String toString() { return describe(); }
}
