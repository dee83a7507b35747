package nn.model;

import nn.i18n.Messages;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nn.graph.Node;
import nn.tensor.Matrix;

/**
 * Gradient descent with momentum, in PyTorch's form: v ← β·v + ∂E/∂w, then w ← w − lr·v
 * (v starts at the first gradient, as PyTorch's buffer does). With weight_decay, ∂E/∂w + wd·w takes
 * the gradient's place (PyTorch's SGD(momentum, weight_decay)).
 */
public final class Momentum implements Optimizer {
    private final LearningRate rate;
    private final double beta, weightDecay;
    // Looked up by parameter identity, never iterated.
    private final Map<Node, double[]> velocity = new IdentityHashMap<>();

    public Momentum(double lr, double beta) { this(lr, beta, Schedule.CONSTANT, 0); }

    public Momentum(double lr, double beta, Schedule schedule, double weightDecay) {
        this.rate = new LearningRate("momentum", lr, schedule);
        if (!(beta >= 0 && beta < 1)) throw new ModelException(Messages.t("model.momentum-beta", Numbers.text(beta)));
        this.beta = beta;
        this.weightDecay = LearningRate.checkDecay("momentum", weightDecay);
    }

    @Override public double lr() { return rate.lr(); }
    @Override public double rate() { return rate.current(); }
    @Override public void startEpoch(int epoch, int epochs) { rate.startEpoch(epoch, epochs); }
    @Override public Schedule schedule() { return rate.schedule(); }
    @Override public double weightDecay() { return weightDecay; }
    public double beta() { return beta; }

    @Override public void step(List<Node> params, StepListener listener) {
        for (Node p : params) {
            if (p.grad() == null) continue;
            Matrix before = listener == StepListener.NONE ? null : p.value().copy();
            double[] w = p.value().data(), g = p.grad().data();
            double[] v = velocity.get(p);
            double lr = rate.current();
            if (v == null) {
                v = g.clone();  // the buffer lives as long as the parameter: one allocation, at the first step
                if (weightDecay != 0) for (int i = 0; i < w.length; i++) v[i] += weightDecay * w[i];
                velocity.put(p, v);
                for (int i = 0; i < w.length; i++) w[i] -= lr * v[i];
            } else if (weightDecay == 0) {
                update(w, g, v, lr);
            } else {
                updateDecayed(w, g, v, lr);
            }
            if (before != null) listener.updated(p, before, p.value());
        }
    }

    /**
     * One pass: each element's velocity and weight are updated together (they used to be two loops over
     * the data). Multiply and add stay separate, as in the formula, so the bits are unchanged; the loop is
     * plain enough for HotSpot's auto-vectoriser.
     */
    private void update(double[] w, double[] g, double[] v, double rate) {
        double b = beta;
        for (int i = 0; i < w.length; i++) {
            double vi = b * v[i] + g[i];
            v[i] = vi;
            w[i] -= rate * vi;
        }
    }

    private void updateDecayed(double[] w, double[] g, double[] v, double rate) {
        double b = beta, wd = weightDecay;
        for (int i = 0; i < w.length; i++) {
            double vi = b * v[i] + (g[i] + wd * w[i]);
            v[i] = vi;
            w[i] -= rate * vi;
        }
    }

    @Override public String describe() {
        return "momentum(lr = " + Numbers.text(rate.lr()) + ", beta = " + Numbers.text(beta)
                + (weightDecay == 0 ? "" : ", weight_decay = " + Numbers.text(weightDecay)) + rate.describeSchedule() + ")";
    }

    @Override public Optimizer copy() {
        Momentum c = new Momentum(rate.lr(), beta, rate.schedule(), weightDecay);
        c.rate.copyCurrentFrom(rate);
        velocity.forEach((p, v) -> c.velocity.put(p, v.clone()));
        return c;
    }
}
