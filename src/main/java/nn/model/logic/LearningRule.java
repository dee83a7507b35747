package nn.model.logic;

/**
 * A classic learning rule for a single unit, applied example by example: Rosenblatt's perceptron rule
 * or Hebb's rule. Sealed, so code that applies a rule names every rule and a new one is not missed.
 */
public sealed interface LearningRule permits PerceptronRule, HebbRule {
    /** The learning rate η. */
    double lr();
}
