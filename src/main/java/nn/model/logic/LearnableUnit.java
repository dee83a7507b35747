package nn.model.logic;

/**
 * A single unit whose weights (and bias, if it has one) a learning rule may change in place.
 */
public sealed interface LearnableUnit permits Perceptron, LinearUnit {

    /** A copy of the current weights. */
    double[] weights();

    /** The current bias; 0 for a unit without one. */
    double bias();

    boolean hasBias();

    /** The net input Σ wᵢxᵢ (+ b) for one row. */
    double net(double[] row);

    /** Adds the changes to the weights and the bias (the bias change is ignored without a bias). */
    void adjust(double[] deltaWeights, double deltaBias);

    /** The number of inputs (the length of the weight vector). */
    default int weightCount() { return weights().length; }
}
