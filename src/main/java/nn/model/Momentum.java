package nn.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nn.graph.Node;
import nn.tensor.Matrix;

/**
 * Gradient descent with momentum, in PyTorch's form: v ← β·v + ∂E/∂w, then w ← w − lr·v
 * (v starts at the first gradient, as PyTorch's buffer does).
 */
public final class Momentum implements Optimizer {
    private final double lr;
    private final double beta;
    // Looked up by parameter identity, never iterated.
    private final Map<Node, double[]> velocity = new IdentityHashMap<>();

    public Momentum(double lr, double beta) {
        if (!(lr > 0)) throw new ModelException("momentum needs a positive learning rate, got " + Numbers.text(lr));
        if (!(beta >= 0 && beta < 1)) throw new ModelException("momentum's beta must be in [0, 1), got " + Numbers.text(beta));
        this.lr = lr;
        this.beta = beta;
    }

    public double lr() { return lr; }
    public double beta() { return beta; }

    @Override public void step(List<Node> params, StepListener listener) {
        for (Node p : params) {
            if (p.grad() == null) continue;
            Matrix before = listener == StepListener.NONE ? null : p.value().copy();
            double[] w = p.value().data(), g = p.grad().data();
            double[] v = velocity.get(p);
            if (v == null) {
                velocity.put(p, g.clone());  // the buffer lives as long as the parameter: one allocation, at the first step
                for (int i = 0; i < w.length; i++) w[i] -= lr * g[i];
            } else {
                update(w, g, v);
            }
            if (before != null) listener.updated(p, before, p.value());
        }
    }

    /**
     * One pass: each element's velocity and weight are updated together (they used to be two loops over
     * the data). Multiply and add stay separate, as in the formula, so the bits are unchanged; the loop is
     * plain enough for HotSpot's auto-vectoriser.
     */
    private void update(double[] w, double[] g, double[] v) {
        double b = beta, rate = lr;
        for (int i = 0; i < w.length; i++) {
            double vi = b * v[i] + g[i];
            v[i] = vi;
            w[i] -= rate * vi;
        }
    }

    @Override public Optimizer copy() {
        Momentum c = new Momentum(lr, beta);
        velocity.forEach((p, v) -> c.velocity.put(p, v.clone()));
        return c;
    }

    @Override public String describe() { return "momentum(lr = " + Numbers.text(lr) + ", beta = " + Numbers.text(beta) + ")"; }
}
