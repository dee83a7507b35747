package nn.model.logic;

import nn.i18n.Messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nn.model.logic.BoolExpr.And;
import nn.model.logic.BoolExpr.Const;
import nn.model.logic.BoolExpr.Not;
import nn.model.logic.BoolExpr.Or;
import nn.model.logic.BoolExpr.Var;
import nn.model.logic.BoolExpr.Xor;

/**
 * Builds a threshold network that mirrors a simplified formula (see {@link Simplifier}), in time and
 * size linear in the formula:
 * <ul>
 *   <li>an {@code &} of k operands is one unit with weights 1 and threshold k; an {@code |} is one
 *       unit with weights 1 and threshold 1;</li>
 *   <li>a negated input costs nothing: {@code !x} enters a unit as 1 − x, so its weight becomes −1
 *       and the threshold drops by 1;</li>
 *   <li>an {@code ^} of k operands takes two layers: k counting units ("at least j of the operands
 *       are true", j = 1…k) and one unit adding them with alternating signs +1, −1, +1, …, which
 *       is 1 exactly when the count is odd;</li>
 *   <li>repeated subformulas share their units; a signal needed more than one layer later is
 *       carried by relay units (weight 1, threshold 1), because each layer reads only the one
 *       before it.</li>
 * </ul>
 * The network has one layer per level of nesting (two per {@code ^}).
 */
final class StructuralCompiler {

    /** A signal feeding a unit: an input (unit == null) or a unit's output, possibly negated. */
    private record Signal(int input, PendingUnit unit, boolean negated) {
        int level() { return unit == null ? 0 : unit.level; }
        Signal positive() { return new Signal(input, unit, false); }
        Signal negatedCopy() { return new Signal(input, unit, !negated); }
    }

    /** A unit before layering: its level (1 = first layer), weighted input signals, threshold, label. */
    private static final class PendingUnit {
        final int level;
        final List<Signal> sources = new ArrayList<>();
        final List<Double> weights = new ArrayList<>();
        double threshold;
        final String label;
        final int id;
        int index = -1;

        PendingUnit(int level, String label, int id) { this.level = level; this.label = label; this.id = id; }

        /** Adds w·s; a negated signal enters as w·(1 − x) = w − w·x. */
        void add(Signal s, double w) {
            sources.add(s.positive());
            weights.add(s.negated() ? -w : w);
            if (s.negated()) threshold -= w;
        }
    }

    private final List<String> names;
    private final Map<BoolExpr, Signal> compiled = new HashMap<>();
    private final List<PendingUnit> units = new ArrayList<>();
    private int nextId;

    private StructuralCompiler(List<String> names) { this.names = names; }

    /** The network for {@code simplified}, which must be the output of {@link Simplifier#simplify}. */
    static ThresholdNetwork compile(String name, List<String> names, BoolExpr simplified) {
        StructuralCompiler c = new StructuralCompiler(names);
        PendingUnit out = c.outputUnit(simplified);
        return c.layered(name, out);
    }

    private PendingUnit outputUnit(BoolExpr f) {
        if (f instanceof Const k) {
            // Zero weights: Σ wx = 0 ≥ 0 always fires, 0 ≥ 1 never does.
            PendingUnit u = newUnit(1, k.text());
            u.add(new Signal(0, null, false), 0);
            u.threshold = k.value() ? 0 : 1;
            return u;
        }
        Signal s = signal(f);
        if (s.unit() != null) return s.unit();
        PendingUnit u = newUnit(1, f.text());
        u.add(s, 1);
        u.threshold += 1;
        return u;
    }

    private Signal signal(BoolExpr f) {
        Signal done = compiled.get(f);
        if (done != null) return done;
        Signal s = switch (f) {
            case Var v -> new Signal(names.indexOf(v.name()), null, false);
            case Not n -> signal(n.operand()).negatedCopy();
            case And a -> sumUnit(a.operands(), a.operands().size(), f.text());
            case Or o -> sumUnit(o.operands(), 1, f.text());
            case Xor x -> parity(x.operands(), f.text());
            case Const k -> throw new IllegalStateException(Messages.t("internal.constant-in-simplified-formula"));
        };
        compiled.put(f, s);
        return s;
    }

    /** One unit firing when at least {@code atLeast} of the operands are true. */
    private Signal sumUnit(List<BoolExpr> operands, int atLeast, String label) {
        List<Signal> inputs = signals(operands);
        PendingUnit u = newUnit(1 + maxLevel(inputs), label);
        for (Signal s : inputs) u.add(s, 1);
        u.threshold += atLeast;
        return new Signal(0, u, false);
    }

    private Signal parity(List<BoolExpr> operands, String label) {
        List<Signal> inputs = signals(operands);
        int k = inputs.size(), level = 1 + maxLevel(inputs);
        PendingUnit out = newUnitLater(level + 1, label);
        for (int j = 1; j <= k; j++) {
            PendingUnit counter = newUnit(level, counterLabel(operands, j));
            for (Signal s : inputs) counter.add(s, 1);
            counter.threshold += j;
            out.add(new Signal(0, counter, false), j % 2 == 1 ? 1 : -1);
        }
        out.threshold = 1;
        units.add(out);
        return new Signal(0, out, false);
    }

    private static String counterLabel(List<BoolExpr> operands, int j) {
        if (j == 1) return new Or(operands).text();
        if (j == operands.size()) return new And(operands).text();
        List<String> parts = new ArrayList<>();
        for (BoolExpr o : operands) parts.add(o.text());
        return Messages.t("logic.at-least-of", j, String.join(", ", parts));
    }

    private List<Signal> signals(List<BoolExpr> operands) {
        List<Signal> out = new ArrayList<>(operands.size());
        for (BoolExpr o : operands) out.add(signal(o));
        return out;
    }

    private static int maxLevel(List<Signal> signals) {
        int m = 0;
        for (Signal s : signals) m = Math.max(m, s.level());
        return m;
    }

    private PendingUnit newUnit(int level, String label) {
        PendingUnit u = newUnitLater(level, label);
        units.add(u);
        return u;
    }

    /** A unit the caller adds to the list once its sources exist, so units stay in dependency order. */
    private PendingUnit newUnitLater(int level, String label) { return new PendingUnit(level, label, nextId++); }

    /** Places units in layers by level, inserting relays for signals that skip layers. */
    private ThresholdNetwork layered(String name, PendingUnit out) {
        int depth = out.level;
        List<List<PendingUnit>> byLevel = new ArrayList<>();
        for (int l = 0; l <= depth; l++) byLevel.add(new ArrayList<>());
        Map<String, PendingUnit> relays = new HashMap<>();
        for (PendingUnit u : units) byLevel.get(u.level).add(u);
        // Relays are created while wiring, so each level is finished before the next one reads it.
        List<ThresholdNetwork.Layer> layers = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            for (PendingUnit u : byLevel.get(l))
                for (int i = 0; i < u.sources.size(); i++)
                    u.sources.set(i, relayed(u.sources.get(i), l - 1, byLevel, relays));
        }
        for (int l = 1; l <= depth; l++) {
            List<PendingUnit> level = byLevel.get(l);
            for (int i = 0; i < level.size(); i++) level.get(i).index = i;
        }
        for (int l = 1; l <= depth; l++) {
            int width = l == 1 ? names.size() : byLevel.get(l - 1).size();
            List<ThresholdUnit> layerUnits = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (PendingUnit u : byLevel.get(l)) {
                double[] w = new double[width];
                for (int i = 0; i < u.sources.size(); i++) {
                    Signal s = u.sources.get(i);
                    w[s.unit() == null ? s.input() : s.unit().index] += u.weights.get(i);
                }
                layerUnits.add(new ThresholdUnit(w, u.threshold));
                labels.add(u.label);
            }
            layers.add(new ThresholdNetwork.Layer(layerUnits, labels));
        }
        return new ThresholdNetwork(name, names, layers, "");
    }

    /** {@code s} as available at {@code level}: itself, or the relay chain that carries it there. */
    private Signal relayed(Signal s, int level, List<List<PendingUnit>> byLevel, Map<String, PendingUnit> relays) {
        if (s.level() == level) return s;
        Signal below = relayed(s, level - 1, byLevel, relays);
        String key = (s.unit() == null ? "in" + s.input() : "u" + s.unit().id) + "@" + level;
        PendingUnit relay = relays.get(key);
        if (relay == null) {
            String what = s.unit() == null ? names.get(s.input()) : s.unit().label;
            relay = newUnitLater(level, Messages.t("logic.relay-of", what));
            relay.add(below, 1);
            relay.threshold += 1;
            relays.put(key, relay);
            byLevel.get(level).add(relay);
        }
        return new Signal(0, relay, false);
    }
}
