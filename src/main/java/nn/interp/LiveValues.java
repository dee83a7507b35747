package nn.interp;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import nn.model.Dense;
import nn.tensor.Matrix;

/**
 * The bytes of data a session's variables hold: the browser's measure of live memory for the memory budget,
 * where no heap can be measured and no collection asked for (a tab's memory is the browser's). It walks what
 * the scopes reach — matrices, parameters, lists, datasets, networks, confusion counts, strings, and the scopes
 * functions close over — and counts each matrix, string or scope once however many names share it. What a run
 * computes and drops is not counted (a loop that makes a big matrix every pass and keeps none runs on); what it
 * keeps is (a list it appends big matrices to is stopped by the budget, with the JVM's message). The same
 * script gives the same count every run. Networks count their parameters, datasets their inputs and targets;
 * an optimizer's moments and the graph's intermediate values, which the JVM's heap also holds, are not counted.
 */
final class LiveValues {
    private final Map<Object, Boolean> seen = new IdentityHashMap<>();
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private long bytes;

    private LiveValues() {}

    /** The bytes held by these scopes and everything they reach. */
    static long of(Iterable<Environment> roots) {
        LiveValues walk = new LiveValues();
        for (Environment e : roots) walk.visit(e);
        walk.drain();
        return walk.bytes;
    }

    private void visit(Object o) {
        if (o != null && seen.put(o, Boolean.TRUE) == null) pending.push(o);
    }

    private void drain() {
        while (!pending.isEmpty()) {
            Object o = pending.pop();
            switch (o) {
                case Environment e -> {
                    e.locals().values().forEach(this::visit);
                    visit(e.parent());
                }
                case Matrix m -> bytes += 8L * m.size();
                case String s -> bytes += 2L * s.length();
                case Dense d -> {
                    visit(d.weights().value());
                    if (d.bias() != null) visit(d.bias().value());
                }
                case Value v -> value(v);
                default -> throw new IllegalStateException("not a value: " + o);
            }
        }
    }

    private void value(Value v) {
        switch (v) {
            case Value.Mat m -> {
                visit(m.value());
                visit(m.logits());
            }
            case Value.Tracked t -> visit(t.node().value());
            case Value.NetworkV n -> n.network().layers().forEach(this::visit);
            case Value.LayerV l -> visit(l.layer());
            case Value.DatasetV d -> {
                visit(d.dataset().inputs());
                visit(d.dataset().targets());
            }
            case Value.ConfusionV c -> visit(c.counts());
            case Value.ListV l -> l.items().forEach(this::visit);
            case Value.Str s -> visit(s.value());
            case Value.Fn f -> visit(f.closure());
            // Numbers, flags, specifications and sentences: a few bytes each, nothing a budget needs to see.
            case Value.Num n -> {}
            case Value.Bool b -> {}
            case Value.LayerSpec s -> {}
            case Value.DropoutSpec s -> {}
            case Value.InitV i -> {}
            case Value.ScheduleV s -> {}
            case Value.OptimizerV o -> {}
            case Value.UnitV u -> {}
            case Value.RuleV r -> {}
            case Value.VerdictV r -> {}
            case Value.HistoryV h -> {}
            case Value.Builtin b -> {}
            case Value.Nothing n -> {}
        }
    }
}
