package nn.model;

import nn.i18n.Messages;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nn.graph.Node;
import nn.graph.Ops;

/** The losses a training run can minimise; each maps to one op of the graph. */
public enum Loss {
    /** ½Σ(y − t)², the lecture's squared error (summed, not averaged). */
    SSE,
    /** mean((y − t)²) over all elements. */
    MSE,
    /** Binary cross-entropy of probabilities, mean over elements. */
    BCE,
    /** Softmax cross-entropy of logits (a softmax output layer is folded in), mean over rows. */
    CROSS_ENTROPY;

    public Node apply(Node prediction, Node target) {
        return switch (this) {
            case SSE -> Ops.sse(prediction, target);
            case MSE -> Ops.mse(prediction, target);
            case BCE -> Ops.bce(prediction, target);
            case CROSS_ENTROPY -> Ops.crossEntropy(prediction, target);
        };
    }

    /** The word the language uses: "cross_entropy". */
    public String word() { return name().toLowerCase(Locale.ROOT); }

    public static Loss parse(String word) {
        for (Loss l : values()) if (l.word().equals(word)) return l;
        throw new ModelException(Messages.t("model.unknown-loss", word, Arrays.stream(values()).map(Loss::word).collect(Collectors.joining(", "))));
    }
}
