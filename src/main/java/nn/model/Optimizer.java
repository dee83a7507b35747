package nn.model;

import java.util.List;
import nn.graph.Node;

/**
 * Updates parameters in place from their gradients, as left by {@link nn.graph.Graph#backward}.
 * A parameter whose gradient is null (never reached, or cleared) is skipped, as in PyTorch. An
 * optimizer with state (momentum, adam) keeps it per parameter node for its whole life.
 */
public sealed interface Optimizer permits Sgd, Momentum, Adam {
    /** One update of every parameter in {@code params}, each reported to {@code listener}. */
    void step(List<Node> params, StepListener listener);

    default void step(List<Node> params) { step(params, StepListener.NONE); }

    /** An optimizer in the same state (its own copy of any per-parameter state), as nn grade restores it for each test. */
    Optimizer copy();

    /** How the language writes this optimizer, e.g. {@code sgd(lr = 0.05)}. */
    String describe();
}
