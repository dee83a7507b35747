package nn.model.logic;

import nn.i18n.Messages;

import java.util.Optional;

/**
 * The outcome of training a single unit with {@link PerceptronRule} or {@link HebbRule}: how many
 * epochs ran, how many examples changed the weights, the final weights and bias, and — when a
 * perceptron did not converge — the separability verdict that explains why.
 */
public record TrainReport(String rule, Outcome outcome, int epochs, int updates, double[] weights, double bias,
                          Optional<Separability.Result> separability) {

    public enum Outcome {
        /** An epoch went by without a single update: every example is classified correctly. */
        CONVERGED,
        /** The epoch budget ran out while examples were still misclassified. */
        NOT_CONVERGED,
        /** A rule without a stopping criterion (Hebb's) ran all its epochs. */
        COMPLETED
    }

    public TrainReport { weights = weights.clone(); }

    @Override public double[] weights() { return weights.clone(); }

    public boolean converged() { return outcome == Outcome.CONVERGED; }

    /**
     * "converged after N epochs (M updates)", "did not converge in N epochs: the data is not linearly
     * separable", or for Hebb's rule "ran N epochs of Hebb's rule (M updates)".
     */
    public String message() {
        return switch (outcome) {
            case CONVERGED -> Messages.t("logic.converged", epochs, updates);
            case NOT_CONVERGED -> separability
                    .map(s -> s.separable()
                            ? Messages.t("logic.not-converged-separable", epochs)
                            : Messages.t("logic.not-converged-not-separable", epochs))
                    .orElseGet(() -> Messages.t("logic.not-converged", epochs));
            case COMPLETED -> Messages.t("logic.ran-epochs", epochs, rule, updates);
        };
    }

    /** The separability statement with its evidence, or "" when none was needed. */
    public String proof() { return separability.map(Separability.Result::statement).orElse(""); }
}
