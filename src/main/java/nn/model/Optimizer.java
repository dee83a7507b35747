package nn.model;

import java.util.List;
import nn.graph.Node;

/**
 * Updates parameters in place from their gradients, as left by {@link nn.graph.Graph#backward}.
 * A parameter whose gradient is null (never reached, or cleared) is skipped, as in PyTorch. An
 * optimizer with state (momentum, adam) keeps it per parameter node for its whole life.
 *
 * <p>Its learning rate follows a {@link Schedule} epoch by epoch in a train block ({@link #startEpoch});
 * weight decay is PyTorch's: for sgd, momentum and adam an L2 term wd·w added to the gradient before the
 * update (the gradient a user reads is left as backward made it); adamw decays the weights themselves,
 * w ← w − rate·wd·w, before Adam's step (decoupled, Loshchilov &amp; Hutter).
 */
public sealed interface Optimizer permits Sgd, Momentum, Adam {
    /** One update of every parameter in {@code params}, each reported to {@code listener}. */
    void step(List<Node> params, StepListener listener);

    default void step(List<Node> params) { step(params, StepListener.NONE); }

    /** The learning rate as given. */
    double lr();

    /** The rate the next update uses: the given one, or the schedule's for the current epoch. */
    double rate();

    /** Sets the rate for epoch {@code epoch} (1-based) of a run of {@code epochs}. */
    void startEpoch(int epoch, int epochs);

    Schedule schedule();

    double weightDecay();

    /** An optimizer in the same state (its own copy of any per-parameter state), as nn grade restores it for each test. */
    Optimizer copy();

    /** How the language writes this optimizer, e.g. {@code sgd(lr = 0.05)}. */
    String describe();
}
