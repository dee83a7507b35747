package nn.graph;

import nn.i18n.Messages;
import java.util.List;
import nn.graph.op.Op;
import nn.tensor.Matrix;

/**
 * A value in the computational graph: a matrix, the op that produced it from its inputs, and — after
 * {@link Graph#backward} — the gradient ∂root/∂this.
 *
 * <p>Three kinds exist. A <b>constant</b> ({@link #constant}) is a leaf that needs no gradient. A
 * <b>parameter</b> ({@link #param}) is a trainable leaf: its gradient accumulates across backward
 * calls until {@link Graph#zeroGrad} clears it, and optimizers update its value in place. A
 * <b>recorded</b> node comes from an op in {@link Ops} applied to at least one node that requires a
 * gradient; ops on constants only give constants, so plain arithmetic does not grow a graph.
 *
 * <p>{@code grad} is null until backward reaches the node (and again after zeroGrad). The label is
 * the name a trace prints (a variable name like "h", a parameter's name); unnamed nodes have none.
 */
public final class Node {
    private Matrix value;
    private Matrix grad;
    private final boolean requiresGrad;
    private final boolean param;
    private final Op op;
    private final List<Node> inputs;
    private String label;

    private Node(Matrix value, boolean requiresGrad, boolean param, Op op, List<Node> inputs, String label) {
        this.value = value;
        this.requiresGrad = requiresGrad;
        this.param = param;
        this.op = op;
        this.inputs = inputs;
        this.label = label;
    }

    /** A leaf that needs no gradient; {@code value} is used as is (not copied). */
    public static Node constant(Matrix value) { return new Node(value, false, false, null, List.of(), null); }

    /** A trainable leaf named {@code name}; the value is copied, because optimizers update it in place. */
    public static Node param(Matrix value, String name) { return new Node(value.copy(), true, true, null, List.of(), name); }

    /** A node produced by {@code op}; only {@link Ops} creates these, after checking that an input requires grad. */
    static Node recorded(Op op, Matrix value, List<Node> inputs) { return new Node(value, true, false, op, inputs, null); }

    /** The current value. A parameter's value is updated in place by optimizers: copy it to keep an old one. */
    public Matrix value() { return value; }
    /** ∂root/∂this from the latest backward (accumulated for parameters); null when none. */
    public Matrix grad() { return grad; }
    public boolean requiresGrad() { return requiresGrad; }
    /** True for a trainable leaf made by {@link #param}. */
    public boolean isParam() { return param; }
    /** True for a node made by an op (it has inputs); false for constants and parameters. */
    public boolean isRecorded() { return op != null; }
    /** The op that produced this node, or null for a leaf. */
    public Op op() { return op; }
    /** The op's inputs in order; empty for a leaf. */
    public List<Node> inputs() { return inputs; }
    /** The name a trace prints, or null. */
    public String label() { return label; }
    public void setLabel(String label) { this.label = label; }

    /**
     * Replaces a parameter's value by copying {@code m} into it (shapes must match), so the graph,
     * optimizer state and layers that hold this node see the new value.
     */
    public void assign(Matrix m) {
        if (!param) throw new GraphException(Messages.t("graph.assign-not-parameter"));
        if (!m.sameShape(value))
            throw new GraphException(label == null ? Messages.t("graph.assign-shape-to-parameter", m.shape(), value.shape())
                    : Messages.t("graph.assign-shape", m.shape(), label, value.shape()));
        System.arraycopy(m.data(), 0, value.data(), 0, m.size());
    }

    /**
     * Puts back a value and gradient saved earlier (nn grade starts every test from the state the
     * submission's script left). A parameter's value is copied into its own matrix, which layers and
     * optimizers hold; a recorded node's value is replaced, as {@link Graph#recompute} does.
     */
    public void restore(Matrix savedValue, Matrix savedGrad) {
        if (param) System.arraycopy(savedValue.data(), 0, value.data(), 0, value.size());
        else value = savedValue;
        grad = savedGrad;
    }

    void setValue(Matrix value) { this.value = value; }
    void setGrad(Matrix grad) { this.grad = grad; }

    @Override public String toString() {
        String kind = param ? "param" : op == null ? "constant" : op.name();
        return "Node(" + (label == null ? "" : label + ": ") + kind + " " + value.shape() + ")";
    }
}
