package nn.model;

import nn.i18n.Messages;

import nn.data.Batches;
import nn.graph.op.Bce;
import nn.tensor.Matrix;
import nn.tensor.kernel.MatMul32;

/**
 * A float32 training step: the network's weights, activations, gradients and optimizer state as
 * float32 arrays that live for the whole run (nothing is allocated per step but the batch copy, which
 * the trainer's workspace reuses). Forward is {@link Float32Layers}; backward forms each layer's
 * slope in place (relu as a mask), then the weight gradient aᵀ·δ, the bias gradient (column sums) and
 * the gradient for the layer below δ·Wᵀ with {@link MatMul32}; the optimizer updates each parameter in
 * one pass ({@link Float32Update}). The loss and its sums are computed in float64 from the float32
 * outputs, so the reported loss carries no extra rounding; its gradient is stored in float32.
 *
 * <p>The weights are read from the network when the run starts (rounded to float32, which changes
 * nothing for a float32 network) and written back, widened exactly, when it ends.
 */
final class Float32Step implements TrainStep {
    private final Network net;
    private final Loss loss;
    private final Float32Layers f;
    private final Float32Update update;
    private final float[][] gw, gb;
    private float[] g = new float[0], h = new float[0];
    private int rows;

    Float32Step(Network net, TrainConfig cfg) {
        this.net = net;
        this.loss = cfg.loss();
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
        Matrix x = batch.inputs(), t = batch.targets();
        rows = x.rows();
        f.load(x);
        int widest = 0;
        for (int wd : f.width) widest = Math.max(widest, wd);
        if (g.length < rows * widest) {
            g = new float[rows * widest];
            h = new float[rows * widest];
        }
        boolean ce = loss == Loss.CROSS_ENTROPY;
        f.forward(rows, ce);
        double value = lossAndGradient(t, ce);
        if (!Double.isFinite(value)) return value;
        backward(ce);
        update.step(gw, gb);
        return value;
    }

    /** The loss of the last layer's outputs against t, leaving ∂loss/∂outputs in g (rows × k). */
    private double lossAndGradient(Matrix t, boolean ce) {
        int k = f.width[f.count];
        float[] y = f.a[f.count];
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
            for (int c = 0; c < k; c++) sum += StrictMath.exp(z[off + c] - max);
            double logSum = max + StrictMath.log(sum);
            if (indices) {
                double v = td[r];
                if (v != Math.rint(v) || v < 0 || v >= k)
                    throw new ModelException(Messages.t("model.cross-entropy-target", Numbers.text(v), r + 1, k - 1));
                int cls = (int) v;
                total -= z[off + cls] - logSum;
                for (int c = 0; c < k; c++) g[off + c] = (float) (scale * (StrictMath.exp(z[off + c] - logSum) - (c == cls ? 1 : 0)));
            } else {
                double mass = 0;
                for (int c = 0; c < k; c++) {
                    double tc = td[off + c];
                    mass += tc;
                    if (tc != 0) total -= tc * (z[off + c] - logSum);
                }
                for (int c = 0; c < k; c++) g[off + c] = (float) (scale * (StrictMath.exp(z[off + c] - logSum) * mass - td[off + c]));
            }
        }
        return total / rows;
    }

    private void backward(boolean ce) {
        for (int l = f.count - 1; l >= 0; l--) {
            int in = f.width[l], out = f.width[l + 1];
            boolean folded = ce && l == f.count - 1 && f.act[l] == Activation.SOFTMAX;
            if (!folded) slope(f.act[l], f.a[l + 1], out);
            MatMul32.multTransA(f.a[l], g, gw[l], in, rows, out);
            if (gb[l] != null) columnSums(g, out, gb[l]);
            if (l > 0) {
                MatMul32.multTransB(g, f.w[l], h, rows, out, in);
                float[] swap = g;
                g = h;
                h = swap;
            }
        }
    }

    /** ∂loss/∂z from ∂loss/∂act(z) in g, in place, using the layer's output s. */
    private void slope(Activation act, float[] s, int cols) {
        int n = rows * cols;
        switch (act) {
            case LINEAR -> { }
            case RELU -> { for (int i = 0; i < n; i++) if (!(s[i] > 0)) g[i] = 0f; }
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
            case STEP -> throw new AssertionError("a float32 network has no step layer");
        }
    }

    // Sums in float64, rows in order, rounded once.
    private void columnSums(float[] d, int cols, float[] out) {
        for (int c = 0; c < cols; c++) {
            double s = 0;
            for (int r = 0; r < rows; r++) s += d[r * cols + c];
            out[c] = (float) s;
        }
    }

    @Override public int correct(Batches.Batch batch, int classes) {
        int k = f.width[f.count];
        // Cross-entropy left a softmax layer's logits; classes are read from its probabilities, as in float64.
        if (loss == Loss.CROSS_ENTROPY && f.act[f.count - 1] == Activation.SOFTMAX)
            for (int r = 0; r < rows; r++) Float32Layers.softmaxRow(f.a[f.count], r * k, k);
        Matrix out = Matrix.scratch(rows, k);
        f.output(rows, out);
        return Metrics.correct(net, out, batch.targets(), classes);
    }

    @Override public void syncWeights() { f.writeBack(net); }
}
