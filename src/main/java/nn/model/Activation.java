package nn.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nn.graph.Node;
import nn.graph.Ops;

/** A layer's activation function, applied to its pre-activation z = x @ W + b. */
public enum Activation {
    /** 1 where z ≥ 0, else 0; its gradient is 0, so layers below it do not learn by backpropagation. */
    STEP,
    SIGMOID,
    TANH,
    /** max(z, 0). */
    RELU,
    /** z unchanged (no op is recorded). */
    LINEAR,
    /** Row-wise softmax: each row of outputs sums to 1. */
    SOFTMAX;

    public Node apply(Node z) {
        return switch (this) {
            case STEP -> Ops.step(z);
            case SIGMOID -> Ops.sigmoid(z);
            case TANH -> Ops.tanh(z);
            case RELU -> Ops.relu(z);
            case LINEAR -> z;
            case SOFTMAX -> Ops.softmax(z);
        };
    }

    /** The word the language uses: "sigmoid". */
    public String word() { return name().toLowerCase(Locale.ROOT); }

    /** The activation named {@code word}, or an error listing the choices. */
    public static Activation parse(String word) {
        for (Activation a : values()) if (a.word().equals(word)) return a;
        throw new ModelException("unknown activation '" + word + "'; expected one of "
                + Arrays.stream(values()).map(Activation::word).collect(Collectors.joining(", ")));
    }
}
