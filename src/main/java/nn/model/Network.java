package nn.model;

import nn.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nn.graph.Node;
import nn.tensor.Rng;

/**
 * An ordered stack of named {@link Dense} layers with a fixed input size. Calling it on a row (1×n) or
 * a batch of rows (m×n) runs the layers in order; every parameter is a graph node, so the result can be
 * differentiated with {@link nn.graph.Graph#backward}.
 */
public final class Network {
    private final String name;
    private final int inputSize;
    private final List<Dense> layers;
    // The normalisation of the data it was last trained on (null: raw data), so raw inputs can be caught.
    private nn.data.Standardization inputScaling;
    private final DType dtype;

    /** A float64 network; see {@link #Network(String, int, List, DType)}. */
    public Network(String name, int inputSize, List<Dense> layers) { this(name, inputSize, layers, DType.FLOAT64); }

    /**
     * A network that stores and computes in {@code dtype}. A float32 network rounds its weights to
     * float32 here, in place (the interpreter refuses a shared parameter that this would change, and a
     * weight beyond float32's range is refused here), and from then on computes in float32
     * ({@link Float32Layers}); the parameters keep float64 numbers that are exactly float32 values.
     *
     * @throws ModelException when a layer's inputs differ from the size before it, two layers share a
     *     name, or a float32 network has a step layer (a threshold unit, which needs exact float64 sums)
     */
    public Network(String name, int inputSize, List<Dense> layers, DType dtype) {
        if (inputSize < 1) throw new ModelException(Messages.t("model.network-no-inputs", name));
        if (layers.isEmpty()) throw new ModelException(Messages.t("model.network-no-layers", name));
        int size = inputSize;
        List<String> names = new ArrayList<>();
        for (Dense d : layers) {
            if (d.inputs() != size)
                throw new ModelException(names.isEmpty() ? Messages.t("model.layer-inputs-network", d.name(), d.inputs(), size)
                        : Messages.t("model.layer-inputs-previous", d.name(), d.inputs(), size));
            if (names.contains(d.name())) throw new ModelException(Messages.t("model.layer-name-twice", d.name()));
            names.add(d.name());
            size = d.units();
        }
        this.name = name;
        this.inputSize = inputSize;
        this.layers = List.copyOf(layers);
        this.dtype = dtype;
        if (dtype == DType.FLOAT32) Float32Layers.roundWeights(this);
    }

    /** The number format this network stores and computes in. */
    public DType dtype() { return dtype; }

    /** Starts a network whose new layers get default names (dense1, W1, b1, …) and weights from {@code rng}. */
    public static Builder builder(String name, int inputSize, Rng rng) { return new Builder(name, inputSize, rng); }

    public Node forward(Node x) { return forward(x, n -> {}); }

    /** Runs every layer in order; {@code onNode} sees each node created (for tracing). */
    public Node forward(Node x, Consumer<Node> onNode) {
        requireInputs(x);
        if (dtype == DType.FLOAT32) return Float32Layers.call(this, x);
        Node h = x;
        for (Dense d : layers) h = d.forward(h, onNode);
        return h;
    }

    /** The forward pass of a training step: layers with a dropout rate drop outputs by masks from {@code rng}. */
    public Node forwardTraining(Node x, Rng rng) {
        requireInputs(x);
        Node h = x;
        for (Dense d : layers) h = d.forwardTraining(h, rng);
        return h;
    }

    /** True when some layer drops outputs in training. */
    public boolean hasDropout() {
        for (Dense d : layers) if (d.dropout() > 0) return true;
        return false;
    }

    /** Copies of every parameter's values, layer by layer (for {@link #restore}). */
    public List<nn.tensor.Matrix> snapshot() {
        List<nn.tensor.Matrix> out = new ArrayList<>();
        for (Node p : params()) out.add(p.value().copy());
        return out;
    }

    /** Puts back values taken by {@link #snapshot}, into the same parameter nodes. */
    public void restore(List<nn.tensor.Matrix> values) {
        List<Node> ps = params();
        for (int i = 0; i < ps.size(); i++) ps.get(i).assign(values.get(i));
    }

    /** The normalisation of the inputs it was last trained on, or null when they were raw. */
    public nn.data.Standardization inputScaling() { return inputScaling; }

    /** Remembers how the inputs it is trained on were normalised (null: raw). */
    public void trainedOn(nn.data.Standardization scaling) { this.inputScaling = scaling; }

    /** The same numbers as {@link #forward}, one fused node per layer ({@link Dense#forwardFused}): the trainer's pass. */
    public Node forwardFused(Node x) {
        requireInputs(x);
        if (dtype == DType.FLOAT32) return Float32Layers.call(this, x);
        Node h = x;
        for (Dense d : layers) h = d.forwardFused(h);
        return h;
    }

    private void requireInputs(Node x) {
        if (x.value().cols() != inputSize)
            throw new ModelException(Messages.t("model.network-rows", name, inputSize, x.value().shape()));
    }

    public String name() { return name; }
    public int inputSize() { return inputSize; }
    public int outputSize() { return layers.get(layers.size() - 1).units(); }

    /** The activation of the last layer: what the outputs are (probabilities, scores, 0/1 firings). */
    public Activation outputActivation() { return layers.get(layers.size() - 1).activation(); }
    public List<Dense> layers() { return layers; }

    /** The layer at {@code index}, counting from 0. */
    public Dense layer(int index) {
        if (index < 0 || index >= layers.size())
            throw new ModelException(Messages.t("model.layer-index", name, layers.size() - 1, index));
        return layers.get(index);
    }

    public Dense layer(String layerName) {
        for (Dense d : layers) if (d.name().equals(layerName)) return d;
        throw new ModelException(Messages.t("model.no-such-layer", name, layerName, String.join(", ", layers.stream().map(Dense::name).toList())));
    }

    /** Every parameter, layer by layer, weights before bias. */
    public List<Node> params() {
        List<Node> ps = new ArrayList<>();
        for (Dense d : layers) ps.addAll(d.params());
        return ps;
    }

    public int parameterCount() { return layers.stream().mapToInt(Dense::parameterCount).sum(); }

    /** A Keras-like summary: one line per layer with units, activation, parameter shapes and counts. */
    public String describe() { return NetworkSummary.of(this); }

    @Override public String toString() { return describe(); }

    /** Adds layers one after another; each new layer's input size is the previous layer's output. */
    public static final class Builder {
        private final String name;
        private final int inputSize;
        private final Rng rng;
        private final List<Dense> layers = new ArrayList<>();
        private DType dtype = DType.FLOAT64;

        private Builder(String name, int inputSize, Rng rng) {
            this.name = name;
            this.inputSize = inputSize;
            this.rng = rng;
        }

        /** The input size the next layer must take. */
        public int nextInputs() { return layers.isEmpty() ? inputSize : layers.get(layers.size() - 1).units(); }

        /** The 1-based number of the next layer, used in default names (dense2, W2, b2). */
        public int nextNumber() { return layers.size() + 1; }

        public Builder dense(int units, Activation activation) { return dense(units, activation, true); }

        /** A freshly initialised layer named dense{k} with parameters W{k} and b{k}. */
        public Builder dense(int units, Activation activation, boolean withBias) {
            return dense(units, activation, withBias, Init.defaultFor(activation));
        }

        /** As above, with the weights drawn by {@code init}. */
        public Builder dense(int units, Activation activation, boolean withBias, Init init) {
            int k = nextNumber();
            return add(Dense.initialised("dense" + k, nextInputs(), units, activation, withBias, "W" + k, "b" + k, init, rng));
        }

        /** Makes the last layer drop its outputs at {@code rate} in training. */
        public Builder dropout(double rate) {
            if (layers.isEmpty()) throw new ModelException(Messages.t("model.dropout-first"));
            int last = layers.size() - 1;
            if (layers.get(last).dropout() > 0) throw new ModelException(Messages.t("model.dropout-twice", layers.get(last).name()));
            layers.set(last, layers.get(last).withDropout(rate));
            return this;
        }

        /** Adds a layer built elsewhere (e.g. over given weights). */
        public Builder add(Dense layer) {
            layers.add(layer);
            return this;
        }

        /** The number format of the network {@link #build} makes (float64 unless set). */
        public Builder dtype(DType d) {
            dtype = d;
            return this;
        }

        public Network build() { return new Network(name, inputSize, layers, dtype); }
    }
}
