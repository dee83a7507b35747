package nn.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nn.graph.Node;
import nn.tensor.Matrix;

/**
 * Adam (Kingma &amp; Ba), as PyTorch computes it: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g²,
 * w ← w − lr · m̂ / (√v̂ + ε) with the bias corrections m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ),
 * t counting this parameter's updates.
 */
public final class Adam implements Optimizer {
    private final double lr, beta1, beta2, eps;

    private static final class State {
        final double[] m, v;
        int t;
        State(int n) { m = new double[n]; v = new double[n]; }
    }

    // Looked up by parameter identity, never iterated.
    private final Map<Node, State> states = new IdentityHashMap<>();

    public Adam(double lr) { this(lr, 0.9, 0.999, 1e-8); }

    public Adam(double lr, double beta1, double beta2, double eps) {
        if (!(lr > 0)) throw new ModelException("adam needs a positive learning rate, got " + Numbers.text(lr));
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1))
            throw new ModelException("adam's betas must be in [0, 1), got " + beta1 + " and " + beta2);
        if (!(eps > 0)) throw new ModelException("adam's eps must be positive, got " + eps);
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
    }

    public double lr() { return lr; }
    public double beta1() { return beta1; }
    public double beta2() { return beta2; }
    public double eps() { return eps; }

    @Override public void step(List<Node> params, StepListener listener) {
        for (Node p : params) {
            if (p.grad() == null) continue;
            Matrix before = listener == StepListener.NONE ? null : p.value().copy();
            double[] w = p.value().data(), g = p.grad().data();
            State s = states.computeIfAbsent(p, k -> new State(w.length));
            s.t++;
            double c1 = 1 - StrictMath.pow(beta1, s.t), c2 = 1 - StrictMath.pow(beta2, s.t);
            for (int i = 0; i < w.length; i++) {
                s.m[i] = beta1 * s.m[i] + (1 - beta1) * g[i];
                s.v[i] = beta2 * s.v[i] + (1 - beta2) * g[i] * g[i];
                w[i] -= lr * (s.m[i] / c1) / (StrictMath.sqrt(s.v[i] / c2) + eps);
            }
            if (before != null) listener.updated(p, before, p.value());
        }
    }

    @Override public String describe() {
        return "adam(lr = " + Numbers.text(lr) + ", beta1 = " + Numbers.text(beta1) + ", beta2 = " + Numbers.text(beta2)
                + ", eps = " + Numbers.text(eps) + ")";
    }
}
