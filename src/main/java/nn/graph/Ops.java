package nn.graph;

import nn.i18n.Messages;
import java.util.List;
import nn.graph.op.*;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/**
 * The operations the interpreter calls on nodes. Each checks shapes (a {@link nn.tensor.ShapeException}
 * names both shapes), computes the value, and records a node only when an input requires a gradient;
 * otherwise it returns a new constant, so arithmetic on plain numbers builds no graph.
 *
 * <p>{@link #apply} takes any op, so a new op needs no method here: {@code Ops.apply(new Abs(), x)}.
 * The named methods below are shorthands for the model's layers and losses, and the few that decide
 * between ops ({@link #maximum}, {@link #pow}, {@link #crossEntropy}).
 */
public final class Ops {
    private Ops() {}

    /** Applies {@code op} to {@code inputs}: a recorded node if any input requires a gradient, else a constant. */
    public static Node apply(Op op, Node... inputs) {
        if (inputs.length != op.arity())
            throw new IllegalArgumentException(Messages.t("internal.op-arity", op.name(), op.arity(), inputs.length));
        Matrix[] values = new Matrix[inputs.length];
        boolean record = false;
        for (int i = 0; i < inputs.length; i++) {
            values[i] = inputs[i].value();
            record |= inputs[i].requiresGrad();
        }
        Matrix out = op.forward(values);
        return record ? Node.recorded(op, out, List.of(inputs)) : Node.constant(out);
    }

    public static Node constant(double v) { return Node.constant(Matrix.scalar(v)); }

    public static Node add(Node a, Node b) { return apply(new Add(), a, b); }
    public static Node sub(Node a, Node b) { return apply(new Sub(), a, b); }
    public static Node mul(Node a, Node b) { return apply(new Mul(), a, b); }
    public static Node div(Node a, Node b) { return apply(new Div(), a, b); }
    public static Node matmul(Node a, Node b) { return apply(new MatMul(), a, b); }
    public static Node transpose(Node a) { return apply(new Transpose(), a); }
    public static Node neg(Node a) { return apply(new Neg(), a); }
    public static Node exp(Node a) { return apply(new Exp(), a); }
    public static Node log(Node a) { return apply(new Log(), a); }
    /** The sum of all elements, 1×1. */
    public static Node sum(Node a) { return apply(new Sum(), a); }
    /** The mean of all elements, 1×1. */
    public static Node mean(Node a) { return apply(new Mean(), a); }
    public static Node relu(Node a) { return apply(new Relu(), a); }
    public static Node sigmoid(Node a) { return apply(new Sigmoid(), a); }
    public static Node tanh(Node a) { return apply(new Tanh(), a); }
    /** 1 where a ≥ 0, else 0; its gradient is 0 (see {@link Step}). */
    public static Node step(Node a) { return apply(new Step(), a); }
    /** Row-wise softmax. */
    public static Node softmax(Node a) { return apply(new Softmax(), a); }

    /** a ^ p for a fixed number p. */
    public static Node pow(Node a, double p) { return apply(new Pow(p), a); }

    /**
     * a ^ b as the language writes it. When a needs a gradient, b must be a single number that does
     * not depend on a parameter; on constants any broadcastable exponent works.
     */
    public static Node pow(Node a, Node b) {
        if (b.requiresGrad())
            throw new GraphException(Messages.t("graph.exponent-depends-on-parameter"));
        if (!a.requiresGrad()) return Node.constant(MatrixOps.pow(a.value(), b.value()));
        if (!b.value().isScalar())
            throw new GraphException(Messages.t("graph.exponent-not-a-number", b.value().shape()));
        return pow(a, b.value().item());
    }

    /**
     * max(a, b) elementwise. With b the constant 0 this is relu (gradient 0 at exactly 0); otherwise the
     * gradient goes to the larger input, split evenly on ties.
     */
    public static Node maximum(Node a, Node b) {
        if (isConstantZero(b)) return relu(a);
        if (isConstantZero(a)) return relu(b);
        return apply(new Maximum(), a, b);
    }

    private static boolean isConstantZero(Node n) {
        return !n.requiresGrad() && n.value().isScalar() && n.value().item() == 0.0;
    }

    /** ½Σ(y − t)², the lecture's squared error. */
    public static Node sse(Node y, Node t) { return apply(new Sse(), y, t); }
    /** mean((y − t)²). */
    public static Node mse(Node y, Node t) { return apply(new Mse(), y, t); }
    /** Binary cross-entropy of probabilities p against targets t, mean over elements. */
    public static Node bce(Node p, Node t) { return apply(new Bce(), p, t); }

    /**
     * Softmax cross-entropy of logits z against targets t (one-hot rows or a column of class
     * indices), mean over rows. When z is itself the recorded output of {@link #softmax} — a network
     * with a softmax output layer — the softmax is folded into the loss (its input is used as the
     * logits), so {@code cross_entropy(net(x), t)} is both correct and numerically stable.
     */
    public static Node crossEntropy(Node z, Node t) {
        Node logits = z.op() instanceof Softmax ? z.inputs().get(0) : z;
        return apply(new CrossEntropy(), logits, t);
    }
}
