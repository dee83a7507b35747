package nn.interp;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nn.graph.Node;
import nn.model.Dense;
import nn.model.Optimizer;
import nn.model.logic.LearnableUnit;
import nn.tensor.Matrix;

/**
 * The state a grading test starts from: what the submission's script and the assignment's helpers left
 * behind. {@code nn grade} restores it before every test, so each test runs in the script's environment
 * and nothing one test does reaches the next: names it binds or rebinds, a network it trains or steps
 * (parameter values and gradients), a backward pass (gradients, also of the script's own graph), a
 * perceptron it retrains, an optimizer it advances (momentum and Adam state), {@code precision} and
 * {@code trace on}. Values that never change in place (numbers, matrices, datasets, …) are shared, not
 * copied, so taking a snapshot costs the size of the trainable state only.
 */
public final class Snapshot {
    private final Map<String, Value> bindings;
    private final Map<Node, Matrix[]> nodes = new IdentityHashMap<>();
    private final Map<LearnableUnit, double[]> units = new IdentityHashMap<>();
    /** Each optimizer the values hold, with a copy of its state as it was. */
    private final Map<Optimizer, Optimizer> optimizers = new IdentityHashMap<>();
    private final Map<Environment, Map<String, Value>> closures = new IdentityHashMap<>();
    private final int precision;
    private final long updates;
    private final boolean trace;

    private Snapshot(Interpreter in) {
        bindings = new LinkedHashMap<>(in.globals.locals());
        precision = in.format.precision();
        updates = in.updates;
        trace = in.trace.on();
        for (Value v : bindings.values()) visit(v, in);
    }

    /** The interpreter's state now. */
    public static Snapshot of(Interpreter in) { return new Snapshot(in); }

    private void visit(Value v, Interpreter in) {
        switch (v) {
            case Value.Num n -> { }
            case Value.Bool b -> { }
            case Value.Str s -> { }
            case Value.Mat m -> { }           // a matrix value is never changed in place (W[0] = … makes a new one)
            case Value.LayerSpec s -> { }
            case Value.DropoutSpec s -> { }
            case Value.InitV i -> { }
            case Value.ScheduleV s -> { }
            case Value.RuleV r -> { }
            case Value.VerdictV d -> { }
            case Value.DatasetV d -> { }
            case Value.HistoryV h -> { }
            case Value.ConfusionV c -> { }
            case Value.Builtin b -> { }
            case Value.Nothing n -> { }
            case Value.Tracked t -> node(t.node());
            case Value.NetworkV n -> n.network().layers().forEach(this::layer);
            case Value.LayerV l -> layer(l.layer());
            case Value.OptimizerV o -> optimizers.computeIfAbsent(o.optimizer(), Optimizer::copy);
            case Value.UnitV u -> {
                if (u.unit() instanceof LearnableUnit lu && !units.containsKey(lu)) {
                    double[] w = lu.weights();
                    double[] state = java.util.Arrays.copyOf(w, w.length + 1);
                    state[w.length] = lu.bias();
                    units.put(lu, state);
                }
            }
            case Value.ListV l -> l.items().forEach(item -> visit(item, in));
            case Value.Fn f -> {
                // A function defined inside another keeps that call's scope; a top-level one, the globals.
                if (f.closure() != null && f.closure() != in.globals && !closures.containsKey(f.closure())) {
                    closures.put(f.closure(), new LinkedHashMap<>(f.closure().locals()));
                    f.closure().locals().values().forEach(item -> visit(item, in));
                }
            }
        }
    }

    private void layer(Dense d) {
        node(d.weights());
        if (d.hasBias()) node(d.bias());
    }

    /** A node and, for a recorded one, the graph below it: values of parameters (changed in place by steps), every gradient. */
    private void node(Node root) {
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (nodes.containsKey(n)) continue;
            nodes.put(n, new Matrix[] {n.isParam() ? n.value().copy() : n.value(), n.grad() == null ? null : n.grad().copy()});
            todo.addAll(n.inputs());
        }
    }

    /** Puts the interpreter back in this state (the seed is the caller's: every test reseeds). */
    public void restore(Interpreter in) {
        in.globals.clear();
        in.globals.locals().putAll(bindings);
        closures.forEach((env, vars) -> {
            env.clear();
            env.locals().putAll(vars);
        });
        // Copies again: the restored gradient is the next test's to accumulate into.
        nodes.forEach((n, saved) -> n.restore(saved[0], saved[1] == null ? null : saved[1].copy()));
        units.forEach(Snapshot::restoreUnit);
        if (!optimizers.isEmpty()) {
            Map<Optimizer, Optimizer> fresh = new IdentityHashMap<>();
            optimizers.forEach((original, saved) -> fresh.put(original, saved.copy()));
            in.globals.locals().replaceAll((name, v) -> rebindOptimizers(v, fresh));
        }
        in.format.setPrecision(precision);
        in.updates = updates;
        in.trace.set(trace);
    }

    /**
     * Weights and bias back to the saved bits through the unit's own update: adding −w gives exactly 0
     * for a finite w, and adding the saved value to 0 gives exactly it.
     */
    private static void restoreUnit(LearnableUnit u, double[] saved) {
        double[] now = u.weights();
        double[] minus = new double[now.length];
        for (int i = 0; i < now.length; i++) minus[i] = -now[i];
        u.adjust(minus, -u.bias());
        u.adjust(java.util.Arrays.copyOf(saved, now.length), saved[now.length]);
    }

    /** An optimizer is restored as a fresh copy of its saved state, bound wherever the original was (aliases stay aliases). */
    private static Value rebindOptimizers(Value v, Map<Optimizer, Optimizer> fresh) {
        if (v instanceof Value.OptimizerV o && fresh.containsKey(o.optimizer())) return new Value.OptimizerV(fresh.get(o.optimizer()));
        if (v instanceof Value.ListV l) return new Value.ListV(l.items().stream().map(item -> rebindOptimizers(item, fresh)).toList());
        return v;
    }
}
