package nn.interp.lib.graph;

import nn.i18n.Messages;
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
import nn.model.ModelException;
import nn.model.Optimizer;
import nn.model.Schedule;
import nn.model.Momentum;
import nn.model.Sgd;
import nn.tensor.Matrix;
import nn.interp.lib.Area;
import nn.interp.lib.Args;
import nn.interp.lib.Builtin;
import nn.interp.lib.Impl;
import nn.interp.lib.Param;
import nn.interp.lib.Type;
import nn.interp.lib.Field;
import nn.interp.lib.Holder;

/** The computational graph: trainable parameters, the losses, and the optimizers a step or a train block uses. */
public final class GraphLib {
    private GraphLib() {}

    private static Builtin fn(String name, String doc, String example, Impl impl, Param... params) {
        return new Builtin(name, Area.GRAPH, List.of(params), doc, example, impl);
    }

    /** How a loss builds its node from the prediction (as given, and as a node) and the target. */
    private interface LossOp { Node apply(Value prediction, Node y, Node t); }

    /** A loss of a prediction against a target of its shape; {@code classIndices}: a column of class indices also works. */
    private static Builtin loss(String name, String doc, String example, boolean classIndices, LossOp op) {
        return fn(name, doc, example, (in, a) -> loss(in, a, name, classIndices, op),
                of("prediction", Type.MATRIX), of("target", Type.MATRIX));
    }

    public static final List<Builtin> BUILTINS = List.of(
            fn("param", "a trainable parameter: values computed from it record the graph backward walks",
                    "W = param([[0.5, -0.5]])", (in, a) -> {
                        Matrix m = in.matrixOf(Value.plain(a.value("value")), a.span("value"), Messages.t("graph.param-value"));
                        return GraphFeatures.tracked(in, Node.param(m, null));
                    }, of("value", Type.MATRIX)),
            loss("sse", "½Σ(y − t)², the lecture's squared error", "sse([0.8], [1])  # 0.02", false, (p, y, t) -> Ops.sse(y, t)),
            loss("mse", "the mean of (y − t)²", "mse([1, 3], [1, 1])  # 2", false, (p, y, t) -> Ops.mse(y, t)),
            loss("bce", "binary cross-entropy of probabilities against 0/1 targets, mean over elements", "bce([0.9], [1])  # 0.1054",
                    false, (p, y, t) -> Ops.bce(y, t)),
            loss("cross_entropy", "softmax cross-entropy of scores (a softmax before it is folded in) against one-hot rows "
                    + "or a column of class indices, mean over rows", "cross_entropy([[2, 0]], [[0]])  # 0.1269", true,
                    // A plain matrix softmax made: the loss of its scores, as the graph folds a recorded softmax.
                    (p, y, t) -> p instanceof Value.Mat m && m.logits() != null
                            ? Ops.apply(new CrossEntropy(), Node.constant(m.logits()), t) : Ops.crossEntropy(y, t)),
            fn("sgd", "plain gradient descent: W ← W − lr·∂E/∂W (weight_decay adds wd·W to the gradient, as PyTorch; "
                            + "schedule changes lr epoch by epoch in a train block)", "sgd(lr = 0.5, schedule = step(every = 100, factor = 0.5))",
                    (in, a) -> optimizer(a, () -> new Sgd(a.number("lr"), schedule(a), a.number("weight_decay"))),
                    of("lr", Type.NUMBER), optional("weight_decay", Type.NUMBER, 0), optional("schedule", Type.ANY)),
            fn("momentum", "gradient descent with a velocity that remembers beta of the last step", "momentum(lr = 0.1, beta = 0.9)",
                    (in, a) -> optimizer(a, () -> new Momentum(a.number("lr"), a.number("beta"), schedule(a), a.number("weight_decay"))),
                    of("lr", Type.NUMBER), optional("beta", Type.NUMBER, 0.9), optional("weight_decay", Type.NUMBER, 0),
                    optional("schedule", Type.ANY)),
            fn("adam", "Adam (Kingma and Ba): per-weight steps from running means of the gradient and its square "
                            + "(weight_decay adds wd·W to the gradient, as PyTorch's Adam)", "adam(lr = 0.001, weight_decay = 1e-4)",
                    (in, a) -> optimizer(a, () -> new Adam(a.number("lr"), a.number("beta1"), a.number("beta2"), a.number("eps"),
                            schedule(a), a.number("weight_decay"), false)),
                    optional("lr", Type.NUMBER, 0.001), optional("beta1", Type.NUMBER, 0.9),
                    optional("beta2", Type.NUMBER, 0.999), optional("eps", Type.NUMBER, 1e-8), optional("weight_decay", Type.NUMBER, 0),
                    optional("schedule", Type.ANY)),
            fn("adamw", "Adam with decoupled weight decay (Loshchilov and Hutter): W shrinks by lr·wd·W before each Adam step, as PyTorch's AdamW",
                    "adamw(lr = 0.001, weight_decay = 0.01)",
                    (in, a) -> optimizer(a, () -> new Adam(a.number("lr"), a.number("beta1"), a.number("beta2"), a.number("eps"),
                            schedule(a), a.number("weight_decay"), true)),
                    optional("lr", Type.NUMBER, 0.001), optional("beta1", Type.NUMBER, 0.9),
                    optional("beta2", Type.NUMBER, 0.999), optional("eps", Type.NUMBER, 1e-8), optional("weight_decay", Type.NUMBER, 0.01),
                    optional("schedule", Type.ANY)),
            fn("exponential", "a learning-rate schedule: lr·factor^(epoch − 1), as PyTorch's ExponentialLR",
                    "sgd(lr = 0.1, schedule = exponential(factor = 0.99))",
                    (in, a) -> schedule(a, () -> new Schedule.Exponential(a.number("factor"))), of("factor", Type.NUMBER)),
            fn("cosine", "a learning-rate schedule: from lr down to min along half a cosine over epochs (the run's epochs if left out), "
                            + "as PyTorch's CosineAnnealingLR", "adam(lr = 0.01, schedule = cosine(min = 0.0001))",
                    (in, a) -> schedule(a, () -> new Schedule.Cosine(a.has("epochs") ? a.positive("epochs") : 0, a.number("min"))),
                    optional("epochs", Type.WHOLE), optional("min", Type.NUMBER, 0)));

    /** The step(every = N, factor = f) schedule; the builtin step also is the elementwise step function. */
    public static Value stepSchedule(Args a) {
        return schedule(a, () -> new Schedule.Step(a.positive("every"), a.number("factor", 0.5)));
    }

    private static Schedule schedule(Args a) {
        if (!a.has("schedule")) return Schedule.CONSTANT;
        return switch (a.value("schedule")) {
            case Value.ScheduleV s -> s.schedule();
            case Value.Builtin b when b.name().equals("exponential") || b.name().equals("cosine") || b.name().equals("step") ->
                    throw new RuntimeError(a.span("schedule"), Messages.t("graph.schedule-needs-settings", b.name()),
                            Messages.t("graph.schedule-needs-settings-hint"));
            default -> throw new RuntimeError(a.span("schedule"), Messages.t("graph.not-a-schedule", a.value("schedule").describe()));
        };
    }

    private static Value optimizer(Args a, java.util.function.Supplier<Optimizer> make) {
        try {
            return new Value.OptimizerV(make.get());
        } catch (ModelException e) {
            throw new RuntimeError(a.callSpan(), e.getMessage());
        }
    }

    private static Value schedule(Args a, java.util.function.Supplier<Schedule> make) {
        try {
            return new Value.ScheduleV(make.get());
        } catch (ModelException e) {
            throw new RuntimeError(a.callSpan(), e.getMessage());
        }
    }

    private static Value loss(Interpreter in, Args a, String loss, boolean classIndices, LossOp op) {
        Value prediction = a.value("prediction");
        Node y = GraphFeatures.node(in, prediction, null), t = GraphFeatures.node(in, a.value("target"), null);
        checkTarget(loss, classIndices, y.value(), t.value(), a);
        return GraphFeatures.result(in, op.apply(prediction, y, t));
    }

    /**
     * A loss compares a prediction with a target of the same shape (or one number for every element);
     * cross_entropy also takes a column of class indices. Anything else would broadcast silently.
     */
    private static void checkTarget(String loss, boolean classIndices, Matrix y, Matrix t, Args a) {
        if (t.isScalar() || t.sameShape(y)) return;
        if (classIndices && t.cols() == 1 && t.rows() == y.rows()) return;
        throw new RuntimeError(a.span("target"), Messages.t("graph.target-shape", loss, t.shape(), y.shape()),
                classIndices ? Messages.t("graph.target-shape-class-hint") : null);
    }

    /** The field only parameters (and values computed from them) have; they also have a matrix's fields. */
    public static final List<Field> FIELDS = List.of(
            Field.of("grad", Holder.PARAMETER, "matrix", "∂E/∂W from the latest backward that reached it", (in, v) -> {
                Matrix g = ((Value.Tracked) v).node().grad();
                if (g == null)
                    throw new RuntimeError(Messages.t("graph.no-gradient-yet"), Messages.t("graph.no-gradient-yet-hint"));
                return new Value.Mat(g);
            }));
}
