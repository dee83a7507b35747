package nn.model;

import nn.tensor.Fdlibm;

/**
 * The optimizers in float32, for {@link Float32Step}: the formulas of {@link Sgd}, {@link Momentum} and
 * {@link Adam} with float32 state arrays that live for the run, each parameter updated in one pass
 * (moments and weight together while they are in registers). The loops are plain float arithmetic —
 * multiply, add, divide, square root, each correctly rounded — which HotSpot's auto-vectoriser turns
 * into SIMD instructions with the same bits.
 *
 * <p>Each step uses the optimizer's current rate (a schedule's rate for the epoch, which the trainer
 * sets) and its weight decay: the L2 term wd·w joins the gradient for sgd, momentum and adam, and
 * adamw shrinks the weights by 1 − rate·wd before its step, as the float64 optimizers do.
 */
final class Float32Update {
    private final Optimizer optimizer;
    private final float[][] w, b;
    private final float[][] s1w, s1b, s2w, s2b;  // momentum's velocity or adam's m; adam's v
    private int t;

    Float32Update(Optimizer optimizer, float[][] w, float[][] b) {
        this.optimizer = optimizer;
        this.w = w;
        this.b = b;
        boolean moments = !(optimizer instanceof Sgd), second = optimizer instanceof Adam;
        s1w = moments ? like(w) : null;
        s1b = moments ? like(b) : null;
        s2w = second ? like(w) : null;
        s2b = second ? like(b) : null;
    }

    private static float[][] like(float[][] p) {
        float[][] s = new float[p.length][];
        for (int i = 0; i < p.length; i++) s[i] = p[i] == null ? null : new float[p[i].length];
        return s;
    }

    void step(float[][] gw, float[][] gb) {
        t++;
        for (int l = 0; l < w.length; l++) {
            update(w[l], gw[l], s1w == null ? null : s1w[l], s2w == null ? null : s2w[l]);
            if (b[l] != null) update(b[l], gb[l], s1b == null ? null : s1b[l], s2b == null ? null : s2b[l]);
        }
    }

    private void update(float[] p, float[] g, float[] s1, float[] s2) {
        float lr = (float) optimizer.rate(), wd = (float) optimizer.weightDecay();
        switch (optimizer) {
            case Sgd s -> {
                if (wd == 0) for (int i = 0; i < p.length; i++) p[i] -= lr * g[i];
                else for (int i = 0; i < p.length; i++) p[i] -= lr * (g[i] + wd * p[i]);
            }
            case Momentum m -> {
                float beta = (float) m.beta();
                if (t == 1) {
                    // v starts at the first gradient (with its decay term), as in PyTorch and the float64 Momentum
                    for (int i = 0; i < p.length; i++) {
                        float v = wd == 0 ? g[i] : g[i] + wd * p[i];
                        s1[i] = v;
                        p[i] -= lr * v;
                    }
                } else {
                    for (int i = 0; i < p.length; i++) {
                        float v = beta * s1[i] + (wd == 0 ? g[i] : g[i] + wd * p[i]);
                        s1[i] = v;
                        p[i] -= lr * v;
                    }
                }
            }
            case Adam a -> {
                float b1 = (float) a.beta1(), b2 = (float) a.beta2(), a1 = (float) (1 - a.beta1()), a2 = (float) (1 - a.beta2());
                float eps = (float) a.eps();
                float c1 = (float) (1 - Fdlibm.pow(a.beta1(), t)), c2 = (float) (1 - Fdlibm.pow(a.beta2(), t));
                boolean decoupled = a.decoupled();
                if (wd != 0 && decoupled) {
                    // In float64, rounded once: a float32 factor would be off by up to 6e-8 the same way every step.
                    double shrink = 1 - optimizer.rate() * optimizer.weightDecay();
                    for (int i = 0; i < p.length; i++) p[i] = (float) (p[i] * shrink);
                }
                float l2 = decoupled ? 0f : wd;
                for (int i = 0; i < p.length; i++) {
                    float gi = l2 == 0 ? g[i] : g[i] + l2 * p[i];
                    float mi = b1 * s1[i] + a1 * gi;
                    float vi = b2 * s2[i] + a2 * gi * gi;
                    s1[i] = mi;
                    s2[i] = vi;
                    p[i] -= lr * (mi / c1) / ((float) Math.sqrt(vi / c2) + eps);
                }
            }
        }
    }
}
