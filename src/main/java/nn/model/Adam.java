package nn.model;

import nn.i18n.Messages;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nn.graph.Node;
import nn.tensor.Fdlibm;
import nn.tensor.Matrix;
import nn.tensor.decimal.ShortestDigits;

/**
 * Adam (Kingma &amp; Ba), as PyTorch computes it: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g²,
 * w ← w − lr · m̂ / (√v̂ + ε) with the bias corrections m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ),
 * t counting this parameter's updates. With weight_decay, adam adds wd·w to the gradient first (PyTorch's
 * Adam(weight_decay)); adamw instead shrinks the weights, w ← w − rate·wd·w, then takes Adam's step with
 * the plain gradient (PyTorch's AdamW, whose default weight_decay is 0.01).
 */
public final class Adam implements Optimizer {
    private final LearningRate rate;
    private final double beta1, beta2, eps, weightDecay;
    private final boolean decoupled;

    private static final class State {
        final double[] m, v;
        int t;
        State(int n) { m = new double[n]; v = new double[n]; }
    }

    // Looked up by parameter identity, never iterated.
    private final Map<Node, State> states = new IdentityHashMap<>();

    public Adam(double lr) { this(lr, 0.9, 0.999, 1e-8); }

    public Adam(double lr, double beta1, double beta2, double eps) { this(lr, beta1, beta2, eps, Schedule.CONSTANT, 0, false); }

    /** @param decoupled true for adamw: the decay shrinks the weights instead of joining the gradient */
    public Adam(double lr, double beta1, double beta2, double eps, Schedule schedule, double weightDecay, boolean decoupled) {
        String name = decoupled ? "adamw" : "adam";
        this.rate = new LearningRate(name, lr, schedule);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1))
            throw new ModelException(Messages.t("model.adam-betas", name, ShortestDigits.toString(beta1), ShortestDigits.toString(beta2)));
        if (!(eps > 0)) throw new ModelException(Messages.t("model.adam-eps", name, ShortestDigits.toString(eps)));
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = LearningRate.checkDecay(name, weightDecay);
        this.decoupled = decoupled;
    }

    @Override public double lr() { return rate.lr(); }
    @Override public double rate() { return rate.current(); }
    @Override public void startEpoch(int epoch, int epochs) { rate.startEpoch(epoch, epochs); }
    @Override public Schedule schedule() { return rate.schedule(); }
    @Override public double weightDecay() { return weightDecay; }
    /** True for adamw. */
    public boolean decoupled() { return decoupled; }
    public double beta1() { return beta1; }
    public double beta2() { return beta2; }
    public double eps() { return eps; }

    @Override public void step(List<Node> params, StepListener listener) {
        for (Node p : params) {
            if (p.grad() == null) continue;
            Matrix before = listener == StepListener.NONE ? null : p.value().copy();
            double[] w = p.value().data(), g = p.grad().data();
            State s = states.get(p);  // get and put, not computeIfAbsent: its capturing lambda was an allocation per step
            if (s == null) states.put(p, s = new State(w.length));
            s.t++;
            double c1 = 1 - Fdlibm.pow(beta1, s.t), c2 = 1 - Fdlibm.pow(beta2, s.t);
            if (weightDecay != 0 && decoupled) {
                double shrink = 1 - rate.current() * weightDecay;
                for (int i = 0; i < w.length; i++) w[i] *= shrink;
            }
            if (weightDecay != 0 && !decoupled) updateDecayed(w, g, s.m, s.v, c1, c2);
            else update(w, g, s.m, s.v, c1, c2);
            if (before != null) listener.updated(p, before, p.value());
        }
    }

    /**
     * One pass over the parameter: each element's moments and weight are updated while they are in a
     * register. Multiplications and additions stay separate (no fused multiply-add), in the order of the
     * formulas above, so the bits are those of the textbook loop; HotSpot's auto-vectoriser turns this
     * loop into SIMD instructions as it is (plain multiply, add, divide and square root, each correctly
     * rounded, so the SIMD lanes give the same bits).
     */
    private void update(double[] w, double[] g, double[] m, double[] v, double c1, double c2) {
        double b1 = beta1, b2 = beta2, a1 = 1 - beta1, a2 = 1 - beta2, rate = this.rate.current(), e = eps;
        for (int i = 0; i < w.length; i++) {
            double gi = g[i];
            double mi = b1 * m[i] + a1 * gi;
            double vi = b2 * v[i] + a2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            w[i] -= rate * (mi / c1) / (Math.sqrt(vi / c2) + e);
        }
    }

    /** As {@link #update}, with the L2 term wd·w joining each gradient (PyTorch's Adam(weight_decay)). */
    private void updateDecayed(double[] w, double[] g, double[] m, double[] v, double c1, double c2) {
        double b1 = beta1, b2 = beta2, a1 = 1 - beta1, a2 = 1 - beta2, rate = this.rate.current(), e = eps, wd = weightDecay;
        for (int i = 0; i < w.length; i++) {
            double gi = g[i] + wd * w[i];
            double mi = b1 * m[i] + a1 * gi;
            double vi = b2 * v[i] + a2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            w[i] -= rate * (mi / c1) / (Math.sqrt(vi / c2) + e);
        }
    }

    @Override public Optimizer copy() {
        Adam c = new Adam(rate.lr(), beta1, beta2, eps, rate.schedule(), weightDecay, decoupled);
        c.rate.copyCurrentFrom(rate);
        states.forEach((p, s) -> {
            State t = new State(s.m.length);
            System.arraycopy(s.m, 0, t.m, 0, s.m.length);
            System.arraycopy(s.v, 0, t.v, 0, s.v.length);
            t.t = s.t;
            c.states.put(p, t);
        });
        return c;
    }

    @Override public String describe() {
        return (decoupled ? "adamw" : "adam") + "(lr = " + Numbers.text(rate.lr()) + ", beta1 = " + Numbers.text(beta1)
                + ", beta2 = " + Numbers.text(beta2) + ", eps = " + Numbers.text(eps)
                + (weightDecay == 0 && !decoupled ? "" : ", weight_decay = " + Numbers.text(weightDecay)) + rate.describeSchedule() + ")";
    }
}
