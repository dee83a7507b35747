package nn.model;

import java.util.List;
import nn.graph.Node;
import nn.tensor.Matrix;

/** Plain gradient descent: w ← w − rate · (∂E/∂w + wd·w), the decay term only when weight_decay is given. */
public final class Sgd implements Optimizer {
    private final LearningRate rate;
    private final double weightDecay;

    public Sgd(double lr) { this(lr, Schedule.CONSTANT, 0); }

    public Sgd(double lr, Schedule schedule, double weightDecay) {
        this.rate = new LearningRate("sgd", lr, schedule);
        this.weightDecay = LearningRate.checkDecay("sgd", weightDecay);
    }

    @Override public void step(List<Node> params, StepListener listener) {
        double lr = rate.current(), wd = weightDecay;
        for (Node p : params) {
            if (p.grad() == null) continue;
            Matrix before = listener == StepListener.NONE ? null : p.value().copy();
            double[] w = p.value().data(), g = p.grad().data();
            if (wd == 0) for (int i = 0; i < w.length; i++) w[i] -= lr * g[i];
            else for (int i = 0; i < w.length; i++) w[i] -= lr * (g[i] + wd * w[i]);
            if (before != null) listener.updated(p, before, p.value());
        }
    }

    @Override public double lr() { return rate.lr(); }
    @Override public double rate() { return rate.current(); }
    @Override public void startEpoch(int epoch, int epochs) { rate.startEpoch(epoch, epochs); }
    @Override public Schedule schedule() { return rate.schedule(); }
    @Override public double weightDecay() { return weightDecay; }

    @Override public String describe() {
        return "sgd(lr = " + Numbers.text(rate.lr()) + (weightDecay == 0 ? "" : ", weight_decay = " + Numbers.text(weightDecay))
                + rate.describeSchedule() + ")";
    }

    @Override public boolean equals(Object o) {
        return o instanceof Sgd s && s.rate.lr() == rate.lr() && s.weightDecay == weightDecay && s.schedule().equals(schedule());
    }

    @Override public int hashCode() { return Double.hashCode(rate.lr()) * 31 + Double.hashCode(weightDecay); }

    @Override public Optimizer copy() {  // its only state is the scheduled rate
        Sgd c = new Sgd(rate.lr(), rate.schedule(), weightDecay);
        c.rate.copyCurrentFrom(rate);
        return c;
    }
}
