package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;
import java.util.List;

/**
 * A Rosenblatt perceptron: it fires (outputs 1) when Σ wᵢxᵢ + b > 0 and outputs 0 otherwise.
 * Its weights and bias change in place when a learning rule trains it.
 */
public final class Perceptron implements RowModel, LearnableUnit {
    private final double[] weights;
    private double bias;
    private final List<String> inputNames;

    public Perceptron(double[] weights, double bias) {
        if (weights.length == 0) throw new ModelException(Messages.t("logic.perceptron-no-inputs"));
        for (double w : weights) ThresholdUnit.checkFinite(w, Messages.t("logic.finite-weight"));
        ThresholdUnit.checkFinite(bias, Messages.t("logic.finite-bias"));
        this.weights = weights.clone();
        this.bias = bias;
        this.inputNames = RowModel.defaultInputNames(weights.length);
    }

    /** A perceptron with {@code inputs} zero weights and zero bias, the usual starting point for learning. */
    public static Perceptron zeros(int inputs) {
        if (inputs < 1) throw new ModelException(Messages.t("logic.perceptron-inputs", inputs));
        return new Perceptron(new double[inputs], 0.0);
    }

    @Override public double[] weights() { return weights.clone(); }

    @Override public double bias() { return bias; }

    @Override public boolean hasBias() { return true; }

    @Override public void adjust(double[] deltaWeights, double deltaBias) {
        if (deltaWeights.length != weights.length)
            throw new IllegalArgumentException(Messages.t("internal.perceptron-delta", deltaWeights.length, weights.length));
        for (int i = 0; i < weights.length; i++) weights[i] += deltaWeights[i];
        bias += deltaBias;
    }

    /** Σ wᵢxᵢ + b for one row. */
    @Override public double net(double[] row) {
        RowModel.checkRow(this, row);
        return ThresholdUnit.dot(weights, row) + bias;
    }

    /** 1 when Σ wᵢxᵢ + b > 0, else 0. */
    public double fire(double[] row) { return step(net(row)); }

    /** Rosenblatt's step: 1 for a positive net input, 0 for zero or negative. */
    public static double step(double net) { return net > 0 ? 1.0 : 0.0; }

    @Override public List<String> inputNames() { return inputNames; }

    @Override public List<String> outputNames() { return List.of("y"); }

    @Override public double[] evaluate(double[] row) { return new double[] {fire(row)}; }

    @Override public String what() { return Messages.t("logic.what-perceptron"); }

    @Override public String indefinite() { return Messages.t("logic.a-perceptron"); }

    @Override public String describe() {
        return Messages.t("logic.describe-perceptron", Num.weightedSum(weights, inputNames) + Num.plusConstant(bias));
    }

    @Override public String toString() { return describe(); }
}
