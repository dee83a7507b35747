package nn.model;

import nn.i18n.Messages;

import nn.data.Batches;
import nn.data.Dataset;
import nn.graph.op.Bce;
import nn.graph.op.Elu;
import nn.graph.op.Gelu;
import nn.graph.op.LeakyRelu;
import nn.graph.op.ReluBits;
import nn.graph.op.Softplus;
import nn.tensor.Fdlibm;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import nn.tensor.kernel.MatMul32;

/**
 * A float32 training step: the network's weights, activations, gradients and optimizer state as
 * float32 arrays that live for the whole run (nothing is allocated per step but the batch's rows and
 * targets, which the trainer's workspace reuses). Each batch's inputs are copied by its rows from a
 * float32 copy of the dataset's inputs ({@link Float32Inputs}): no float64 copy of the batch is made. Forward is {@link Float32Layers}; backward forms each layer's
 * slope in place (relu as a mask), then the weight gradient aᵀ·δ, the bias gradient (column sums) and
 * the gradient for the layer below δ·Wᵀ with {@link MatMul32}; the optimizer updates each parameter in
 * one pass ({@link Float32Update}). The loss and its sums are computed in float64 from the float32
 * outputs, so the reported loss carries no extra rounding; its gradient is stored in float32.
 *
 * <p>The knobs of a train block work as in float64: dropout masks are drawn from the same generator
 * in the same order (so both runs drop the same units), the gradients are clipped by their joint norm
 * (summed in float64, parameters in the network's order), and the optimizer applies weight decay and
 * the schedule's rate of the epoch ({@link Float32Update}).
 *
 * <p>The weights are read from the network when the run starts (rounded to float32, which changes
 * nothing for a float32 network) and written back, widened exactly, when it ends.
 */
final class Float32Step implements TrainStep {
    private final Network net;
    /** The dataset's inputs in float32 ({@link Float32Inputs}), read by each batch's rows, and their width. */
    private final float[] inputs;
    private final int features;
    private final Loss loss;
    private final double clipNorm;
    private final Rng dropout;
    private final Float32Layers f;
    private final Float32Update update;
    private final float[][] gw, gb;
    private float[] g = new float[0], h = new float[0];
    private double[] sums = new double[0];
    private int rows;

    /** {@code dropout}: the generator of the dropout masks (null when no layer drops outputs). */
    Float32Step(Network net, Dataset data, TrainConfig cfg, Rng dropout) {
        this.net = net;
        this.inputs = Float32Inputs.of(data.inputs());
        this.features = data.features();
        this.loss = cfg.loss();
        this.clipNorm = cfg.clipNorm();
        this.dropout = dropout;
        this.f = new Float32Layers(net);
        gw = new float[f.count][];
        gb = new float[f.count][];
        for (int l = 0; l < f.count; l++) {
            gw[l] = new float[f.w[l].length];
            gb[l] = f.b[l] == null ? null : new float[f.b[l].length];
        }
        update = new Float32Update(cfg.optimizer(), f.w, f.b);
    }

    @Override public double run(Batches.Batch batch) {
        Matrix t = batch.targets();
        rows = batch.size();
        f.load(inputs, features, batch.rows());
        // g and h hold gradients of layer outputs (h: of the layers' inputs above the first), never of the batch's inputs.
        int widest = 0;
        for (int l = 1; l <= f.count; l++) widest = Math.max(widest, f.width[l]);
        if (g.length < rows * widest) {
            g = new float[rows * widest];
            h = new float[rows * widest];
        }
        // Cross-entropy takes a softmax last layer's logits, unless that layer drops (as in float64).
        boolean folded = loss == Loss.CROSS_ENTROPY && f.act[f.count - 1] == Activation.SOFTMAX
                && !(dropout != null && f.dropout[f.count - 1] > 0);
        f.forward(rows, folded, dropout);
        double value = lossAndGradient(t);
        if (!Double.isFinite(value)) return value;
        backward(folded);
        if (clipNorm > 0) clip();
        update.step(gw, gb);
        return value;
    }

    /** The loss of the network's prediction against t, leaving ∂loss/∂prediction in g (rows × k). */
    private double lossAndGradient(Matrix t) {
        int k = f.width[f.count];
        float[] y = f.prediction();
        double[] td = t.data();
        int n = rows * k;
        switch (loss) {
            case CROSS_ENTROPY -> { return crossEntropy(y, t, k); }
            case MSE -> {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    double d = y[i] - td[i];
                    s += d * d;
                    g[i] = (float) (2.0 * d / n);
                }
                return s / n;
            }
            case SSE -> {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    double d = y[i] - td[i];
                    s += d * d;
                    g[i] = (float) d;
                }
                return 0.5 * s;
            }
            case BCE -> {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += Bce.logLikelihood(y[i], td[i]);
                    g[i] = (float) (Bce.slope(y[i], td[i]) / n);
                }
                return -s / n;
            }
        }
        throw new AssertionError(loss);
    }

    // As the float64 op: mean over rows of −Σ t·log softmax(z), with (softmax(z)·Σt − t)/m as the gradient.
    private double crossEntropy(float[] z, Matrix t, int k) {
        double[] td = t.data();
        boolean indices = t.cols() != k;
        double total = 0, scale = 1.0 / rows;
        for (int r = 0; r < rows; r++) {
            int off = r * k;
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int c = 0; c < k; c++) max = Math.max(max, z[off + c]);
            for (int c = 0; c < k; c++) sum += Fdlibm.exp(z[off + c] - max);
            double logSum = max + Fdlibm.log(sum);
            if (indices) {
                double v = td[r];
                if (v != Math.rint(v) || v < 0 || v >= k)
                    throw new ModelException(Messages.t("model.cross-entropy-target", Numbers.text(v), r + 1, k - 1));
                int cls = (int) v;
                total -= z[off + cls] - logSum;
                for (int c = 0; c < k; c++) g[off + c] = (float) (scale * (Fdlibm.exp(z[off + c] - logSum) - (c == cls ? 1 : 0)));
            } else {
                double mass = 0;
                for (int c = 0; c < k; c++) {
                    double tc = td[off + c];
                    mass += tc;
                    if (tc != 0) total -= tc * (z[off + c] - logSum);
                }
                for (int c = 0; c < k; c++) g[off + c] = (float) (scale * (Fdlibm.exp(z[off + c] - logSum) * mass - td[off + c]));
            }
        }
        return total / rows;
    }

    /** g holds ∂loss/∂prediction; leaves each layer's gradients in gw and gb. {@code folded}: g is already ∂loss/∂logits. */
    private void backward(boolean folded) {
        for (int l = f.count - 1; l >= 0; l--) {
            int in = f.width[l], out = f.width[l + 1];
            if (f.droppedNow[l]) times(g, f.mask[l + 1], rows * out);
            if (!(folded && l == f.count - 1)) slope(f.act[l], f.a[l + 1], f.pre[l + 1], out);
            MatMul32.multTransA(f.input(l), g, gw[l], in, rows, out);
            if (gb[l] != null) columnSums(g, out, gb[l]);
            if (l > 0) {
                MatMul32.multTransB(g, f.w[l], h, rows, out, in);
                float[] swap = g;
                g = h;
                h = swap;
            }
        }
    }

    private static void times(float[] g, float[] mask, int n) {
        for (int i = 0; i < n; i++) g[i] *= mask[i];
    }

    /** Scales every gradient by max/(‖g‖ + 10⁻⁶) when that is below 1, as {@link Trainer#clipGradients}. */
    private void clip() {
        double sum = 0;
        for (int l = 0; l < f.count; l++) {
            sum += squares(gw[l]);
            if (gb[l] != null) sum += squares(gb[l]);
        }
        double coef = clipNorm / (Math.sqrt(sum) + 1e-6);
        if (!(coef < 1)) return;
        for (int l = 0; l < f.count; l++) {
            scale(gw[l], coef);
            if (gb[l] != null) scale(gb[l], coef);
        }
    }

    private static double squares(float[] g) {
        double s = 0;
        for (float v : g) s += (double) v * v;
        return s;
    }

    private static void scale(float[] g, double coef) {
        for (int i = 0; i < g.length; i++) g[i] = (float) (g[i] * coef);
    }

    /**
     * ∂loss/∂z from ∂loss/∂act(z) in g, in place, using the layer's output s (and its pre-activation z
     * where the slope needs it: gelu, softplus). The slopes are the float64 ops', evaluated in float64 and rounded once.
     */
    private void slope(Activation act, float[] s, float[] z, int cols) {
        int n = rows * cols;
        switch (act) {
            case LINEAR -> { }
            case RELU -> { for (int i = 0; i < n; i++) g[i] = ReluBits.masked(g[i], s[i]); }
            case LEAKY_RELU -> { for (int i = 0; i < n; i++) if (!(s[i] > 0)) g[i] = (float) (LeakyRelu.DEFAULT_SLOPE * g[i]); }
            case ELU -> { for (int i = 0; i < n; i++) if (!(s[i] > 0)) g[i] = (float) (g[i] * (s[i] + Elu.DEFAULT_ALPHA)); }
            case SOFTPLUS -> { for (int i = 0; i < n; i++) if (!(z[i] > Softplus.THRESHOLD)) g[i] = (float) (g[i] * -Fdlibm.expm1(-s[i])); }
            case GELU -> { for (int i = 0; i < n; i++) g[i] = (float) (g[i] * Gelu.slope(z[i])); }
            case SIGMOID -> { for (int i = 0; i < n; i++) g[i] = g[i] * s[i] * (1f - s[i]); }
            case TANH -> { for (int i = 0; i < n; i++) g[i] = g[i] * (1f - s[i] * s[i]); }
            case SOFTMAX -> {
                for (int r = 0; r < rows; r++) {
                    int off = r * cols;
                    double dot = 0;
                    for (int c = 0; c < cols; c++) dot += (double) g[off + c] * s[off + c];
                    for (int c = 0; c < cols; c++) g[off + c] = (float) (s[off + c] * (g[off + c] - dot));
                }
            }
            case STEP -> throw new AssertionError(Messages.t("internal.float32-step-layer"));
        }
    }

    // Sums in float64, rows in order, rounded once; row by row into one running sum per column, a loop
    // HotSpot vectorises (column by column it strode through memory a row apart).
    private void columnSums(float[] d, int cols, float[] out) {
        if (sums.length < cols) sums = new double[cols];
        double[] s = sums;
        java.util.Arrays.fill(s, 0, cols, 0.0);
        for (int off = 0; off < rows * cols; off += cols) for (int c = 0; c < cols; c++) s[c] += d[off + c];
        for (int c = 0; c < cols; c++) out[c] = (float) s[c];
    }

    @Override public int correct(Batches.Batch batch, int classes) {
        int k = f.width[f.count];
        // Cross-entropy left a softmax layer's logits; classes are read from its probabilities, as in float64.
        if (loss == Loss.CROSS_ENTROPY && f.act[f.count - 1] == Activation.SOFTMAX && !f.droppedNow[f.count - 1])
            for (int r = 0; r < rows; r++) Float32Layers.softmaxRow(f.a[f.count], r * k, k);
        Matrix out = Matrix.scratch(rows, k);
        f.output(rows, out);
        return Metrics.correct(net, out, batch.targets(), classes);
    }

    @Override public void syncWeights() { f.writeBack(net); }

    @Override public boolean gathersInputs() { return true; }
}
