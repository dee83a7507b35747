package nn.model;

import nn.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nn.graph.Node;
import nn.graph.Ops;
import nn.graph.op.Dropout;
import nn.graph.op.DenseLayer;
import nn.tensor.Matrix;
import nn.tensor.Rng;

/**
 * A fully connected layer: act(x @ W + b) for x a row (1×in) or a batch of rows (m×in), with
 * weights W (in×out) and an optional bias b (1×out, added to every row). W and b are parameter
 * nodes, shared with whoever else holds them (a variable, an optimizer), and updated in place.
 *
 * <p>A layer may drop its outputs in training ({@code dense(128, relu) -> dropout(0.2)}): with a
 * {@link #dropout} rate p &gt; 0, {@link #forwardTraining} multiplies them by a fresh {@link Dropout}
 * mask; {@link #forward}, used for everything but training, never drops (as PyTorch's eval mode).
 */
public final class Dense {
    private final String name;
    private final Activation activation;
    private final Node weights;
    private final Node bias;
    private final double dropout;

    /**
     * A layer over existing parameters; {@code bias} may be null for a layer without one.
     *
     * @throws IllegalArgumentException when a node is not a parameter (a bug in the caller)
     * @throws ModelException when the bias does not fit W
     */
    public Dense(String name, Activation activation, Node weights, Node bias) { this(name, activation, weights, bias, 0); }

    /** As above, with a dropout rate in [0, 1) for its outputs in training. */
    public Dense(String name, Activation activation, Node weights, Node bias, double dropout) {
        if (!(dropout >= 0 && dropout < 1))
            throw new ModelException(Messages.t("model.dropout-rate", Numbers.text(dropout)));
        if (!weights.isParam()) throw new IllegalArgumentException(Messages.t("internal.layer-weights-not-parameter", name));
        if (bias != null && !bias.isParam()) throw new IllegalArgumentException(Messages.t("internal.layer-bias-not-parameter", name));
        Matrix w = weights.value();
        if (bias != null && (bias.value().rows() != 1 || bias.value().cols() != w.cols()))
            throw new ModelException(Messages.t("model.bias-shape", name, "1×" + w.cols(), w.shape(), bias.value().shape()));
        this.name = name;
        this.activation = activation;
        this.weights = weights;
        this.bias = bias;
        this.dropout = dropout;
    }

    /** The same layer (the same parameter nodes) dropping its outputs at {@code rate} in training. */
    public Dense withDropout(double rate) { return new Dense(name, activation, weights, bias, rate); }

    /** A layer with freshly initialised weights ({@link Init}) and, if asked, a zero bias. */
    public static Dense initialised(String name, int in, int out, Activation activation, boolean withBias,
                                    String weightsName, String biasName, Rng rng) {
        return initialised(name, in, out, activation, withBias, weightsName, biasName, Init.defaultFor(activation), rng);
    }

    /** As above, with the weights drawn by {@code init}. */
    public static Dense initialised(String name, int in, int out, Activation activation, boolean withBias,
                                    String weightsName, String biasName, Init init, Rng rng) {
        if (in < 1 || out < 1) throw new ModelException(Messages.t("model.layer-empty", name));
        Node w = Node.param(init.weights(in, out, rng), weightsName);
        Node b = withBias ? Node.param(Matrix.zeros(1, out), biasName) : null;
        return new Dense(name, activation, w, b);
    }

    public Node forward(Node x) { return forward(x, n -> {}); }

    /** act(x @ W + b); {@code onNode} sees each node the layer creates, in order (for tracing). */
    public Node forward(Node x, Consumer<Node> onNode) {
        requireInputs(x);
        Node z = Ops.matmul(x, weights);
        onNode.accept(z);
        if (bias != null) {
            z = Ops.add(z, bias);
            onNode.accept(z);
        }
        Node a = activation.apply(z);
        if (a != z) onNode.accept(a);
        return a;
    }

    /**
     * The forward pass of a training step: act(x @ W + b) as one fused node ({@link #forwardFused}),
     * then, with a dropout rate, the outputs times a mask drawn from {@code rng} (null: no dropout).
     */
    public Node forwardTraining(Node x, Rng rng) {
        Node a = forwardFused(x);
        if (dropout == 0 || rng == null) return a;
        Matrix v = a.value();
        return Ops.apply(new Dropout(dropout, Dropout.mask(v.rows(), v.cols(), dropout, rng)), a);
    }

    /**
     * act(x @ W + b) as one {@link DenseLayer} node (two where the activation does not fuse: softmax, step
     * and the smooth relu variants follow as their own op): the same numbers as {@link #forward}, with fewer matrices. For the
     * trainer, which prints no trace of the step.
     */
    public Node forwardFused(Node x) {
        requireInputs(x);
        DenseLayer.Kind kind = switch (activation) {
            case RELU -> DenseLayer.Kind.RELU;
            case SIGMOID -> DenseLayer.Kind.SIGMOID;
            case TANH -> DenseLayer.Kind.TANH;
            case LINEAR, SOFTMAX, STEP, LEAKY_RELU, ELU, SOFTPLUS, GELU -> DenseLayer.Kind.LINEAR;
        };
        DenseLayer op = new DenseLayer(kind, bias != null);
        Node z = bias == null ? Ops.apply(op, x, weights) : Ops.apply(op, x, weights, bias);
        return switch (activation) {
            case RELU, SIGMOID, TANH, LINEAR -> z;
            case SOFTMAX, STEP, LEAKY_RELU, ELU, SOFTPLUS, GELU -> activation.apply(z);
        };
    }

    private void requireInputs(Node x) {
        if (x.value().cols() != inputs())
            throw new ModelException(Messages.t("model.layer-rows", name, inputs(), x.value().shape()));
    }

    public String name() { return name; }
    /** The rate at which training drops this layer's outputs; 0 for none. */
    public double dropout() { return dropout; }
    public Activation activation() { return activation; }
    public int inputs() { return weights.value().rows(); }
    public int units() { return weights.value().cols(); }
    public Node weights() { return weights; }
    /** The bias parameter, or null when the layer has none. */
    public Node bias() { return bias; }
    public boolean hasBias() { return bias != null; }

    /** The layer's parameters: W, then b if present. */
    public List<Node> params() {
        List<Node> ps = new ArrayList<>(2);
        ps.add(weights);
        if (bias != null) ps.add(bias);
        return ps;
    }

    public int parameterCount() { return weights.value().size() + (bias == null ? 0 : bias.value().size()); }

    /** Copies {@code m} into the weights (same shape required), keeping the parameter node. */
    public void setWeights(Matrix m) { weights.assign(m); }

    /** Copies {@code m} into the bias (same shape required). */
    public void setBias(Matrix m) {
        if (bias == null) throw new ModelException(Messages.t("model.layer-no-bias", name));
        bias.assign(m);
    }
}
