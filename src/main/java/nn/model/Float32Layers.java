package nn.model;

import nn.i18n.Messages;

import java.util.List;
import nn.graph.GraphException;
import nn.graph.Node;
import nn.graph.Ops;
import nn.graph.op.Elu;
import nn.graph.op.Gelu;
import nn.graph.op.LeakyRelu;
import nn.graph.op.Op;
import nn.graph.op.Precedence;
import nn.graph.op.ReluBits;
import nn.graph.op.Softplus;
import nn.tensor.Fdlibm;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import nn.tensor.kernel.MatMul32;

/**
 * A network's layers in float32: the weights as {@code float[]}, a buffer of activations per layer, and
 * the forward pass — each layer's product by {@link MatMul32}, then bias and activation in float32,
 * element by element in place. The float32 trainer ({@link Float32Step}) runs its steps on one; a call
 * of a float32 network ({@code net(x)}, predictions, accuracy) runs on a fresh one.
 *
 * <p>Rounding: inputs are rounded to float32 as they are copied in; every product, bias sum and
 * activation is rounded to float32; sigmoid, tanh, softmax and the smooth relus (leaky_relu, elu,
 * softplus, gelu) are evaluated in float64 and rounded once, so they are as accurate as float32 can
 * hold. Results widen exactly to float64 on the way out.
 *
 * <p>In a training pass ({@link #forward(int, boolean, Rng)} with a generator) a layer with a dropout
 * rate multiplies its outputs by a mask drawn as {@link nn.graph.op.Dropout#mask} draws it — the same
 * draws in the same order as the float64 step, so both runs drop the same units — and the next layer
 * reads the masked outputs ({@link #input}); the unmasked ones stay in {@code a} for the backward pass.
 */
final class Float32Layers {
    final int count;
    /** width[0] is the input size, width[l + 1] the units of layer l. */
    final int[] width;
    final Activation[] act;
    final float[][] w, b;
    /** Each layer's dropout rate in training (0: none). */
    final double[] dropout;
    /** a[0] is the input batch, a[l + 1] the output of layer l: rows × width, sized for {@link #capacity} rows. */
    float[][] a;
    /**
     * pre[l + 1]: layer l's pre-activation z, kept for the layers whose slope needs it (gelu, softplus);
     * mask[l + 1] and dropped[l + 1]: layer l's dropout mask (0 or 1/(1 − p)) and masked outputs; null where unused.
     */
    float[][] pre, mask, dropped;
    /** Whether the last pass dropped layer l's outputs (a training pass of a layer with a rate). */
    final boolean[] droppedNow;
    int capacity;

    Float32Layers(Network net) {
        List<Dense> layers = net.layers();
        count = layers.size();
        width = new int[count + 1];
        act = new Activation[count];
        w = new float[count][];
        b = new float[count][];
        dropout = new double[count];
        droppedNow = new boolean[count];
        width[0] = net.inputSize();
        for (int l = 0; l < count; l++) {
            Dense d = layers.get(l);
            width[l + 1] = d.units();
            act[l] = d.activation();
            w[l] = floats(d.weights().value().data(), d.name(), true);
            b[l] = d.hasBias() ? floats(d.bias().value().data(), d.name(), false) : null;
            dropout[l] = d.dropout();
        }
        a = new float[count + 1][];
        pre = new float[count + 1][];
        mask = new float[count + 1][];
        dropped = new float[count + 1][];
    }

    private static float[] floats(double[] d, String layer, boolean weights) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) f[i] = toFloat32(d[i], layer, weights);
        return f;
    }

    /**
     * {@code v} rounded to float32; a finite number beyond float32's range (±3.4e38) is refused rather than
     * silently becoming infinite. NaN and infinities stay what they are: float32 holds them.
     */
    static float toFloat32(double v, String layer, boolean weight) {
        float f = (float) v;
        if (Float.isInfinite(f) && Double.isFinite(v))
            throw new ModelException(Messages.t("model.float32-out-of-range", layer,
                    Messages.t(weight ? "model.float32-a-weight" : "model.float32-a-bias"), nn.tensor.Decimals.number(v)),
                    Messages.t("model.float32-out-of-range-hint"));
        return f;
    }

    /** Makes the activation buffers hold at least {@code rows} rows. */
    void ensureRows(int rows) {
        if (rows <= capacity) return;
        for (int l = 0; l <= count; l++) a[l] = new float[rows * width[l]];
        for (int l = 0; l < count; l++) {
            int n = rows * width[l + 1];
            if (act[l] == Activation.GELU || act[l] == Activation.SOFTPLUS) pre[l + 1] = new float[n];
            if (dropout[l] > 0) {
                mask[l + 1] = new float[n];
                dropped[l + 1] = new float[n];
            }
        }
        capacity = rows;
    }

    /** What layer l reads: the input batch, or the outputs of the layer below as the last pass left them (masked when it dropped). */
    float[] input(int l) { return l > 0 && droppedNow[l - 1] ? dropped[l] : a[l]; }

    /** The network's prediction after the last pass: the last layer's outputs, masked when it dropped. */
    float[] prediction() { return input(count); }

    /** Copies the rows of x (rounded to float32) into the input buffer. */
    void load(Matrix x) {
        ensureRows(x.rows());
        double[] d = x.data();
        float[] in = a[0];
        for (int i = 0; i < d.length; i++) in[i] = (float) d[i];
    }

    /** Copies the given rows (a training batch's, by their indices) of a float32 table of {@code cols} columns into the input buffer. */
    void load(float[] table, int cols, int[] rows) {
        ensureRows(rows.length);
        float[] in = a[0];
        for (int i = 0; i < rows.length; i++) System.arraycopy(table, rows[i] * cols, in, i * cols, cols);
    }

    /**
     * Runs every layer on the first {@code rows} rows of the input buffer. With {@code logits}, a
     * softmax last layer stops before its softmax (cross-entropy takes the logits, as in float64).
     */
    void forward(int rows, boolean logits) { forward(rows, logits, null); }

    /**
     * As above; with {@code rng} (a training pass), layers with a dropout rate drop outputs by masks
     * from it. A softmax last layer that drops keeps its softmax (the loss then sees the masked
     * probabilities, as the float64 step's loss sees its dropout node).
     */
    void forward(int rows, boolean logits, Rng rng) {
        for (int l = 0; l < count; l++) {
            int in = width[l], out = width[l + 1];
            float[] z = a[l + 1];
            MatMul32.mult(input(l), w[l], z, rows, in, out);
            boolean last = l == count - 1, drops = rng != null && dropout[l] > 0;
            Activation f = last && logits && !drops && act[l] == Activation.SOFTMAX ? Activation.LINEAR : act[l];
            finish(z, b[l], rows, out, f, pre[l + 1]);
            droppedNow[l] = drops;
            if (drops) drop(rows * out, dropout[l], rng, z, mask[l + 1], dropped[l + 1]);
        }
    }

    // The draws of Dropout.mask, in its order: element i is dropped when the i-th draw is below the rate.
    private static void drop(int n, double rate, Rng rng, float[] y, float[] m, float[] out) {
        float keep = (float) (1.0 / (1.0 - rate));
        for (int i = 0; i < n; i++) {
            m[i] = rng.nextDouble() < rate ? 0f : keep;
            out[i] = y[i] * m[i];
        }
    }

    /** Bias and activation in place on the product z; {@code pre}, when given, receives z before the activation. */
    private static void finish(float[] z, float[] bias, int rows, int cols, Activation f, float[] pre) {
        int n = rows * cols;
        if (f == Activation.RELU) {  // the common case in one pass, while each row is in a register
            for (int off = 0; off < n; off += cols) {
                if (bias != null) for (int c = 0; c < cols; c++) z[off + c] = ReluBits.of(z[off + c] + bias[c]);
                else for (int i = off; i < off + cols; i++) z[i] = ReluBits.of(z[i]);
            }
            return;
        }
        if (bias != null)
            for (int off = 0; off < n; off += cols) for (int c = 0; c < cols; c++) z[off + c] += bias[c];
        if (pre != null && (f == Activation.GELU || f == Activation.SOFTPLUS)) System.arraycopy(z, 0, pre, 0, n);
        switch (f) {
            case LINEAR -> { }
            case RELU -> throw new AssertionError();  // above
            case SIGMOID -> { for (int i = 0; i < n; i++) z[i] = (float) (1.0 / (1.0 + Fdlibm.exp(-z[i]))); }
            case TANH -> { for (int i = 0; i < n; i++) z[i] = (float) Fdlibm.tanh(z[i]); }
            case SOFTMAX -> { for (int r = 0; r < rows; r++) softmaxRow(z, r * cols, cols); }
            case LEAKY_RELU -> { for (int i = 0; i < n; i++) z[i] = z[i] > 0 ? z[i] : (float) (LeakyRelu.DEFAULT_SLOPE * z[i]); }
            case ELU -> { for (int i = 0; i < n; i++) z[i] = z[i] > 0 ? z[i] : (float) (Elu.DEFAULT_ALPHA * Fdlibm.expm1(z[i])); }
            case SOFTPLUS -> { for (int i = 0; i < n; i++) z[i] = z[i] > Softplus.THRESHOLD ? z[i] : (float) Fdlibm.log1p(Fdlibm.exp(z[i])); }
            case GELU -> { for (int i = 0; i < n; i++) z[i] = (float) (z[i] * Gelu.cdf(z[i])); }
            case STEP -> throw new AssertionError(Messages.t("internal.float32-step-layer"));  // refused by roundWeights
        }
    }

    /** Softmax of one row in place, the row maximum subtracted, sums in float64. */
    static void softmaxRow(float[] z, int off, int k) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int c = 0; c < k; c++) max = Math.max(max, z[off + c]);
        for (int c = 0; c < k; c++) sum += Fdlibm.exp(z[off + c] - max);
        for (int c = 0; c < k; c++) z[off + c] = (float) (Fdlibm.exp(z[off + c] - max) / sum);
    }

    /** The output of the last layer for the first {@code rows} rows, widened to float64, into {@code out}. */
    void output(int rows, Matrix out) {
        float[] y = prediction();
        double[] o = out.data();
        for (int i = 0; i < rows * width[count]; i++) o[i] = y[i];
    }

    /** Copies the float32 weights back into the network's parameters (exactly: float64 holds every float32). */
    void writeBack(Network net) {
        for (int l = 0; l < count; l++) {
            Dense d = net.layers().get(l);
            widen(w[l], d.weights().value().data());
            if (b[l] != null) widen(b[l], d.bias().value().data());
        }
    }

    private static void widen(float[] f, double[] d) {
        for (int i = 0; i < f.length; i++) d[i] = f[i];
    }

    /** Rounds a new float32 network's weights to float32 in place; refuses step layers. */
    static void roundWeights(Network net) {
        for (Dense d : net.layers()) {
            if (d.activation() == Activation.STEP)
                throw new ModelException(Messages.t("model.step-stays-float64", d.name()));
            for (Node p : d.params()) {
                double[] v = p.value().data();
                for (double x : v) toFloat32(x, d.name(), p == d.weights());  // all checked before any is changed
                for (int i = 0; i < v.length; i++) v[i] = (float) v[i];
            }
        }
    }

    /** A float32 network applied to x, as a graph node: its value is the float32 forward pass; backward refuses. */
    static Node call(Network net, Node x) {
        List<Node> params = net.params();
        Node[] inputs = new Node[params.size() + 1];
        inputs[0] = x;
        for (int i = 0; i < params.size(); i++) inputs[i + 1] = params.get(i);
        return Ops.apply(new Call(net), inputs);
    }

    /** The op of a float32 network's call: its inputs are x and the parameters, so recompute sees new weights. */
    record Call(Network net) implements Op {
        @Override public String name() { return net.name(); }
        @Override public int arity() { return net.params().size() + 1; }
        @Override public int precedence() { return Precedence.ATOM; }
        @Override public int operandPrecedence(int i) { return Precedence.ANY; }

        @Override public Matrix forward(Matrix... in) {
            Float32Layers f = new Float32Layers(net);  // reads the parameters as they are now
            f.load(in[0]);
            f.forward(in[0].rows(), false);
            Matrix out = Matrix.zeros(in[0].rows(), net.outputSize());
            f.output(in[0].rows(), out);
            return out;
        }

        @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) { throw backwardError(net.name() + "(…)"); }

        @Override public boolean refusesBackward() { return true; }

        @Override public GraphException backwardError(String formula) {
            return new GraphException(Messages.t("model.float32-backward", net.name()));
        }

        @Override public String formula(List<String> l) { return net.name() + "(" + l.get(0) + ")"; }
        @Override public String gradFormula(int i, List<String> l, String g) { return "none"; }
    }
}
