package nn.model;

import nn.i18n.Messages;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nn.graph.Node;
import nn.graph.Ops;
import nn.graph.op.Elu;
import nn.graph.op.Gelu;
import nn.graph.op.LeakyRelu;
import nn.graph.op.Softplus;

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
    SOFTMAX,
    /** z where z &gt; 0, else 0.01·z (PyTorch's default negative slope): relu that never stops learning. */
    LEAKY_RELU,
    /** z where z &gt; 0, else eᶻ − 1 (α = 1). */
    ELU,
    /** ln(1 + eᶻ), a smooth relu. */
    SOFTPLUS,
    /** z·Φ(z), Φ the normal distribution function (the exact form, PyTorch's default). */
    GELU;

    public Node apply(Node z) {
        return switch (this) {
            case STEP -> Ops.step(z);
            case SIGMOID -> Ops.sigmoid(z);
            case TANH -> Ops.tanh(z);
            case RELU -> Ops.relu(z);
            case LINEAR -> z;
            case SOFTMAX -> Ops.softmax(z);
            case LEAKY_RELU -> Ops.apply(new LeakyRelu(LeakyRelu.DEFAULT_SLOPE), z);
            case ELU -> Ops.apply(new Elu(Elu.DEFAULT_ALPHA), z);
            case SOFTPLUS -> Ops.apply(new Softplus(), z);
            case GELU -> Ops.apply(new Gelu(), z);
        };
    }

    /** The word the language uses: "sigmoid". */
    public String word() { return name().toLowerCase(Locale.ROOT); }

    /** The activation named {@code word}, or an error listing the choices. */
    public static Activation parse(String word) {
        for (Activation a : values()) if (a.word().equals(word)) return a;
        throw new ModelException(Messages.t("model.unknown-activation", word,
                Arrays.stream(values()).map(Activation::word).collect(Collectors.joining(", "))));
    }
}
