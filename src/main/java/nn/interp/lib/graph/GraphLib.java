package nn.interp.lib.graph;

import static nn.interp.lib.Param.of;
import static nn.interp.lib.Param.optional;

import java.util.List;
import nn.graph.Node;
import nn.graph.Ops;
import nn.graph.op.CrossEntropy;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;
import nn.model.Adam;
import nn.model.Momentum;
import nn.model.Sgd;
import nn.tensor.Matrix;
import nn.interp.lib.Area;
import nn.interp.lib.Args;
import nn.interp.lib.Builtin;
import nn.interp.lib.Impl;
import nn.interp.lib.Param;
import nn.interp.lib.Type;

/** The computational graph: trainable parameters, the losses, and the optimizers a step or a train block uses. */
public final class GraphLib {
    private GraphLib() {}

    private static Builtin fn(String name, String doc, String example, Impl impl, Param... params) {
        return new Builtin(name, Area.GRAPH, List.of(params), doc, example, impl);
    }

    private static Builtin loss(String name, String doc, String example) {
        return fn(name, doc, example, (in, a) -> loss(in, a, name), of("prediction", Type.MATRIX), of("target", Type.MATRIX));
    }

    public static final List<Builtin> BUILTINS = List.of(
            fn("param", "a trainable parameter: values computed from it record the graph backward walks",
                    "W = param([[0.5, -0.5]])", (in, a) -> {
                        Matrix m = in.matrixOf(Value.plain(a.value("value")), a.span("value"), "param's value");
                        return GraphFeatures.tracked(in, Node.param(m, null));
                    }, of("value", Type.MATRIX)),
            loss("sse", "½Σ(y − t)², the lecture's squared error", "sse([0.8], [1])  # 0.02"),
            loss("mse", "the mean of (y − t)²", "mse([1, 3], [1, 1])  # 2"),
            loss("bce", "binary cross-entropy of probabilities against 0/1 targets, mean over elements", "bce([0.9], [1])  # 0.1054"),
            loss("cross_entropy", "softmax cross-entropy of scores (a softmax before it is folded in) against one-hot rows "
                    + "or a column of class indices, mean over rows", "cross_entropy([[2, 0]], [[0]])  # 0.1269"),
            fn("sgd", "plain gradient descent: W ← W − lr·∂E/∂W", "sgd(lr = 0.1)",
                    (in, a) -> new Value.OptimizerV(new Sgd(a.number("lr"))), of("lr", Type.NUMBER)),
            fn("momentum", "gradient descent with a velocity that remembers beta of the last step", "momentum(lr = 0.1, beta = 0.9)",
                    (in, a) -> new Value.OptimizerV(new Momentum(a.number("lr"), a.number("beta"))),
                    of("lr", Type.NUMBER), optional("beta", Type.NUMBER, 0.9)),
            fn("adam", "Adam (Kingma and Ba): per-weight steps from running means of the gradient and its square", "adam(lr = 0.01)",
                    (in, a) -> new Value.OptimizerV(new Adam(a.number("lr"), a.number("beta1"), a.number("beta2"), a.number("eps"))),
                    optional("lr", Type.NUMBER, 0.001), optional("beta1", Type.NUMBER, 0.9),
                    optional("beta2", Type.NUMBER, 0.999), optional("eps", Type.NUMBER, 1e-8)));

    private static Value loss(Interpreter in, Args a, String loss) {
        Value prediction = a.value("prediction");
        Node y = GraphFeatures.node(in, prediction, null), t = GraphFeatures.node(in, a.value("target"), null);
        checkTarget(loss, y.value(), t.value(), a);
        Node out = switch (loss) {
            case "sse" -> Ops.sse(y, t);
            case "mse" -> Ops.mse(y, t);
            case "bce" -> Ops.bce(y, t);
            // A plain matrix softmax made: the loss of its scores, as the graph folds a recorded softmax.
            default -> prediction instanceof Value.Mat m && m.logits() != null
                    ? Ops.apply(new CrossEntropy(), Node.constant(m.logits()), t) : Ops.crossEntropy(y, t);
        };
        return GraphFeatures.result(in, out);
    }

    /**
     * A loss compares a prediction with a target of the same shape (or one number for every element);
     * cross_entropy also takes a column of class indices. Anything else would broadcast silently.
     */
    private static void checkTarget(String loss, Matrix y, Matrix t, Args a) {
        if (t.isScalar() || t.sameShape(y)) return;
        if (loss.equals("cross_entropy") && t.cols() == 1 && t.rows() == y.rows()) return;
        throw new RuntimeError(a.span("target"), loss + "'s target is a " + t.shape() + " matrix but the prediction is "
                + y.shape() + ": they must have the same shape",
                loss.equals("cross_entropy") ? "give one-hot rows like the prediction, or a column of class indices" : null);
    }
}
