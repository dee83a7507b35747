package nn.model;

import nn.graph.Node;
import nn.tensor.Matrix;

/** Told about each parameter an optimizer updates, so a trace can print {@code W2: old → new}. */
@FunctionalInterface
public interface StepListener {
    /** Nothing is reported (and the optimizer does not copy old values). */
    StepListener NONE = (param, before, after) -> {};

    /** {@code before} is a copy of the value before the update; {@code after} is the parameter's value now. */
    void updated(Node param, Matrix before, Matrix after);
}
