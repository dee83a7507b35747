package nn.graph;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nn.tensor.Matrix;

/**
 * Compares backpropagated gradients with central finite differences, (f(p + h) − f(p − h)) / 2h for
 * each element of each parameter, re-evaluating the recorded graph with {@link Graph#recompute}.
 *
 * <p>The relative error of one element is |analytic − numeric| / max(|analytic|, |numeric|, 1e-4): for
 * gradients below 1e-4 it measures the absolute error against 1e-4, so rounding noise on a gradient
 * that is (nearly) zero is not reported as a large relative error. Below about 1e-6 the two agree;
 * around 1e-2 or more something is wrong (or an input sits at a kink such as relu's 0).
 *
 * <p>The check leaves everything as it found it: parameter values, and the values and gradients of
 * every node in the graph, are restored afterwards. It evaluates at the parameters' current values.
 */
public final class GradCheck {
    private GradCheck() {}

    /** The default finite-difference step. */
    public static final double STEP = 1e-5;
    private static final double FLOOR = 1e-4;

    /** The worst element of one parameter: where it is, both gradients there, and the errors. */
    public record ParamResult(Node param, double maxRelativeError, double maxAbsoluteError,
                              int worstRow, int worstCol, double analytic, double numeric) {
        public String name() { return param.label() == null ? "(unnamed parameter)" : param.label(); }
    }

    /** Every parameter's result, in the graph's order, and the largest relative error among them. */
    public record Result(List<ParamResult> params, double maxRelativeError) {}

    public static Result check(Node root) { return check(root, STEP); }

    public static Result check(Node root, double h) {
        List<Node> nodes = Graph.topologicalOrder(root);
        Map<Node, Matrix[]> saved = new IdentityHashMap<>();
        for (Node n : nodes) saved.put(n, new Matrix[] {n.value(), n.grad()});
        List<Node> params = new ArrayList<>();
        for (Node n : nodes) if (n.isParam()) params.add(n);
        try {
            Graph.recompute(root);
            for (Node n : nodes) if (n.requiresGrad()) n.setGrad(null);
            Graph.backward(root);
            List<ParamResult> results = new ArrayList<>();
            double worst = 0;
            for (Node p : params) {
                Matrix analytic = p.grad() == null ? Matrix.zeros(p.value().rows(), p.value().cols()) : p.grad();
                ParamResult r = compare(root, p, analytic, h);
                results.add(r);
                worst = Math.max(worst, r.maxRelativeError());
            }
            return new Result(List.copyOf(results), worst);
        } finally {
            for (Node n : nodes) {
                Matrix[] s = saved.get(n);
                // Parameters were perturbed in place and restored element by element; others get their old matrices back.
                if (!n.isParam()) n.setValue(s[0]);
                n.setGrad(s[1]);
            }
        }
    }

    private static ParamResult compare(Node root, Node p, Matrix analytic, double h) {
        double[] v = p.value().data(), a = analytic.data();
        double worstRel = -1, worstAbs = 0, an = 0, nu = 0;
        int worstAt = 0;
        for (int i = 0; i < v.length; i++) {
            double keep = v[i];
            v[i] = keep + h;
            double up = evaluate(root);
            v[i] = keep - h;
            double down = evaluate(root);
            v[i] = keep;
            double numeric = (up - down) / (2 * h);
            double abs = Math.abs(a[i] - numeric);
            double rel = abs / Math.max(Math.max(Math.abs(a[i]), Math.abs(numeric)), FLOOR);
            if (Double.isNaN(rel)) rel = Double.POSITIVE_INFINITY;
            worstAbs = Math.max(worstAbs, abs);
            if (rel > worstRel) {
                worstRel = rel;
                worstAt = i;
                an = a[i];
                nu = numeric;
            }
        }
        int cols = p.value().cols();
        return new ParamResult(p, Math.max(worstRel, 0), worstAbs, worstAt / Math.max(cols, 1), worstAt % Math.max(cols, 1), an, nu);
    }

    private static double evaluate(Node root) {
        Graph.recompute(root);
        return root.value().item();
    }
}
