package nn.model;

import java.util.List;
import nn.graph.Node;
import nn.tensor.Matrix;

/** Plain gradient descent: w ← w − lr · ∂E/∂w. */
public record Sgd(double lr) implements Optimizer {
    public Sgd {
        if (!(lr > 0)) throw new ModelException("sgd needs a positive learning rate, got " + Numbers.text(lr));
    }

    @Override public void step(List<Node> params, StepListener listener) {
        for (Node p : params) {
            if (p.grad() == null) continue;
            Matrix before = listener == StepListener.NONE ? null : p.value().copy();
            double[] w = p.value().data(), g = p.grad().data();
            for (int i = 0; i < w.length; i++) w[i] -= lr * g[i];
            if (before != null) listener.updated(p, before, p.value());
        }
    }

    @Override public Optimizer copy() { return this; }  // no state

    @Override public String describe() { return "sgd(lr = " + Numbers.text(lr) + ")"; }
}
