package nn.interp.lib.units;

import nn.i18n.Messages;

import static nn.interp.lib.Param.of;
import static nn.interp.lib.Param.optional;


import java.util.ArrayList;
import java.util.List;
import nn.interp.RuntimeError;
import nn.interp.Value;
import nn.model.logic.HebbRule;
import nn.model.logic.LinearUnit;
import nn.model.logic.Perceptron;
import nn.model.logic.PerceptronRule;
import nn.model.logic.Regions;
import nn.model.logic.RowModel;
import nn.model.logic.Separability;
import nn.model.logic.ThresholdNetwork;
import nn.model.logic.ThresholdUnit;
import nn.tensor.Matrix;
import nn.interp.lib.Area;
import nn.interp.lib.Args;
import nn.interp.lib.Builtin;
import nn.interp.lib.Impl;
import nn.interp.lib.Param;
import nn.interp.lib.Type;
import nn.interp.lib.Field;
import nn.interp.lib.Holder;
import nn.model.logic.GateCompiler;

/**
 * The builtins of lecture part 1: units ({@code threshold}, {@code perceptron}, {@code linear}),
 * regions ({@code halfplane}, {@code polygon}, {@code union}), {@code separable} and the learning
 * rules {@code perceptron_rule} and {@code hebb}.
 */
public final class UnitLib {
    private UnitLib() {}

    private static Builtin fn(String name, String doc, String example, Impl impl, Param... params) {
        return new Builtin(name, Area.UNITS, List.of(params), doc, example, impl);
    }

    public static final List<Builtin> BUILTINS = List.of(
            fn("threshold", "a McCulloch–Pitts unit: fires (1) when Σ wᵢxᵢ ≥ threshold, else 0", "unit AND2 = threshold([1, 1], 2)",
                    (in, a) -> new Value.UnitV(new ThresholdUnit(weights(a), a.number("threshold"))),
                    of("weights", Type.MATRIX), of("threshold", Type.NUMBER)),
            fn("perceptron", "a perceptron: fires when Σ wᵢxᵢ + bias > 0; zero weights from inputs = n", "perceptron p(inputs = 2)",
                    (in, a) -> new Value.UnitV(perceptron(a)),
                    optional("inputs", Type.WHOLE), optional("weights", Type.MATRIX), optional("bias", Type.NUMBER, 0)),
            // linear(z) is the identity activation (dense(2, linear)); linear(inputs = n) makes a unit.
            fn("linear", "the identity function (linear(z) is z); linear(inputs = n) makes a linear unit y = Σ wᵢxᵢ",
                    "unit u = linear(inputs = 3)", (in, a) -> linear(a),
                    optional("x", Type.MATRIX), optional("inputs", Type.WHOLE), optional("weights", Type.MATRIX)),
            fn("halfplane", "the unit firing where a·x + b·y ≥ c", "unit h = halfplane(1, 1, 1)",
                    (in, a) -> new Value.UnitV(Regions.halfPlane(a.number("a"), a.number("b"), a.number("c"))),
                    of("a", Type.NUMBER), of("b", Type.NUMBER), of("c", Type.NUMBER)),
            fn("polygon", "the two-layer threshold network firing inside a convex polygon (vertices as rows [x, y])",
                    "unit tri = polygon([[0, 0], [4, 0], [0, 3]])", (in, a) -> new Value.UnitV(Regions.convexPolygon(vertices(a))),
                    of("vertices", Type.MATRIX)),
            fn("union", "the region firing where any of the given regions fires", "unit u = union(polygon(...), polygon(...))",
                    (in, a) -> union(a), Param.rest("regions", Type.REGION)),
            fn("separable", "whether a dataset's two classes are linearly separable, with the hyperplane or the proof",
                    "print separable(truthtable(2, a ^ b))", (in, a) -> separable(a), of("data", Type.DATASET)),
            fn("perceptron_rule", "Rosenblatt's rule: on a mistake, w ← w + lr·(t − y)·x", "train p on AND with perceptron_rule(lr = 1) epochs 10",
                    (in, a) -> {
                        double lr = a.number("lr");
                        return new Value.RuleV(new PerceptronRule(lr), "perceptron_rule(lr = " + in.format().number(lr) + ")");
                    }, of("lr", Type.NUMBER)),
            fn("hebb", "Hebb's rule: w ← w + lr·t·x (with unsupervised = true, the unit's own output y instead of t)",
                    "train u on data with hebb(lr = 0.1) epochs 1", (in, a) -> {
                        double lr = a.number("lr");
                        boolean own = a.bool("unsupervised", false);
                        return new Value.RuleV(own ? HebbRule.usingOutput(lr) : new HebbRule(lr),
                                "hebb(lr = " + in.format().number(lr) + (own ? ", unsupervised = true" : "") + ")");
                    }, of("lr", Type.NUMBER), optional("unsupervised", Type.BOOL, false)));

    /** perceptron(inputs = n), perceptron(weights = [..], bias = b), or both when they agree. */
    public static Perceptron perceptron(Args a) {
        if (!a.has("inputs") && !a.has("weights"))
            throw new RuntimeError(a.callSpan(), Messages.t("units.perceptron-needs-inputs"), Messages.t("units.hint-perceptron-inputs"));
        double bias = a.number("bias");
        if (!a.has("weights")) return new Perceptron(new double[a.positive("inputs")], bias);
        double[] w = weights(a);
        if (a.has("inputs") && a.positive("inputs") != w.length)
            throw new RuntimeError(a.span("weights"), Messages.t("units.perceptron-weights-count", a.integer("inputs"), w.length),
                    Messages.t("units.hint-one-weight-per-input"));
        return new Perceptron(w, bias);
    }

    private static Value linear(Args a) {
        if (a.has("x")) {
            if (a.has("inputs") || a.has("weights"))
                throw new RuntimeError(a.callSpan(), Messages.t("units.linear-identity"));
            Value x = a.value("x");
            if (x instanceof Value.Num || x instanceof Value.Mat || x instanceof Value.Tracked) return x;
            throw a.wrong("x", Messages.t("units.a-number-or-matrix"));
        }
        if (a.has("inputs") && a.has("weights"))
            throw new RuntimeError(a.callSpan(), Messages.t("units.linear-not-both"));
        if (a.has("weights")) return new Value.UnitV(new LinearUnit(weights(a)));
        if (a.has("inputs")) return new Value.UnitV(LinearUnit.zeros(a.positive("inputs")));
        throw new RuntimeError(a.callSpan(), Messages.t("units.linear-needs"), Messages.t("units.hint-linear-inputs"));
    }

    /** A weight vector: a row (or column) of numbers. */
    private static double[] weights(Args a) {
        Matrix m = a.matrix("weights");
        if (m.rows() != 1 && m.cols() != 1)
            throw new RuntimeError(a.span("weights"), Messages.t("units.weights-row", m.shape()));
        if (m.size() == 0) throw new RuntimeError(a.span("weights"), Messages.t("units.weights-none"));
        return m.data().clone();
    }

    private static double[][] vertices(Args a) {
        Matrix m = a.matrix("vertices");
        if (m.cols() != 2)
            throw new RuntimeError(a.span("vertices"), Messages.t("units.vertices-rows", m.shape()));
        double[][] v = new double[m.rows()][];
        for (int r = 0; r < v.length; r++) v[r] = new double[] {m.get(r, 0), m.get(r, 1)};
        return v;
    }

    private static Value union(Args a) {
        List<Value> items = a.rest();
        if (items.size() < 2)
            throw new RuntimeError(a.callSpan(), Messages.t("units.union-two-regions", items.size()),
                    Messages.t("units.hint-write", "union(polygon(...), polygon(...))"));
        List<ThresholdNetwork> regions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ThresholdNetwork r = region(items.get(i), a.span("#" + i));
            if (!regions.isEmpty()) {
                if (r.inputCount() != regions.get(0).inputCount())
                    throw new RuntimeError(a.span("#" + i), Messages.t("units.union-region-inputs", i + 1, r.inputCount(), regions.get(0).inputCount()));
                r = r.withInputNames(regions.get(0).inputNames());
            }
            if (r.outputCount() != 1)
                throw new RuntimeError(a.span("#" + i), Messages.t("units.union-region-outputs", i + 1, r.outputCount()));
            regions.add(r);
        }
        return new Value.UnitV(Regions.union(regions.toArray(ThresholdNetwork[]::new)));
    }

    /** A threshold unit or network as a region (perceptrons and linear units are other forms). */
    private static ThresholdNetwork region(Value v, nn.lang.source.Span at) {
        if (v instanceof Value.UnitV u) {
            RowModel m = u.unit();
            if (m instanceof ThresholdNetwork n) return n.withName("");
            if (m instanceof ThresholdUnit t) return ThresholdNetwork.of(t);
        }
        throw new RuntimeError(at, Messages.t("units.union-regions-kind", describe(v)));
    }

    private static String describe(Value v) {
        return v instanceof Value.UnitV u ? u.unit().indefinite() : v.describe();
    }

    /**
     * The verdict with its evidence, printing nothing itself: true or false as a condition, the
     * sentence with the hyperplane or the proof when printed ("AND: linearly separable: …").
     */
    private static Value separable(Args a) {
        if (!(a.value("data") instanceof Value.DatasetV d))
            throw a.wrong("data", Messages.t("units.a-dataset-like"));
        UnitData data = UnitData.of(d.dataset(), a.span("data"));
        List<String> names = d.dataset().featureNames();
        Separability.Result r = Separability.check(data.inputs(), data.labels01(a.span("data")), names.isEmpty() ? null : names);
        return new Value.VerdictV(r.separable(), a.span("data").text() + ": " + r.statement());
    }

    private static RowModel unit(Value v) { return ((Value.UnitV) v).unit(); }
    private static ThresholdNetwork gate(Value v) { return (ThresholdNetwork) unit(v); }

    private static boolean compiled(Value v) { return gate(v).formula().isPresent(); }

    /** The fields of units: every unit's, then each kind's own. */
    public static final List<Field> FIELDS = List.of(
            Field.of("inputs", Holder.UNIT, "number", "how many inputs a row has", (in, v) -> new Value.Num(unit(v).inputCount())),
            Field.of("outputs", Holder.UNIT, "number", "how many outputs a row gives", (in, v) -> new Value.Num(unit(v).outputCount())),
            Field.of("form", Holder.UNIT, "string", "which rule decides when it fires: threshold, perceptron, linear or network",
                    (in, v) -> new Value.Str(UnitValues.form(unit(v)))),
            Field.of("weights", Holder.THRESHOLD_UNIT, "matrix", "the weights (a row)",
                    (in, v) -> UnitValues.row(((ThresholdUnit) unit(v)).weights())),
            Field.of("threshold", Holder.THRESHOLD_UNIT, "number", "the threshold T: it fires when Σwx ≥ T",
                    (in, v) -> new Value.Num(((ThresholdUnit) unit(v)).threshold())),
            Field.of("weights", Holder.PERCEPTRON, "matrix", "the weights (a row)", (in, v) -> UnitValues.row(((Perceptron) unit(v)).weights())),
            Field.of("bias", Holder.PERCEPTRON, "number", "the bias b: it fires when Σwx + b > 0", (in, v) -> new Value.Num(((Perceptron) unit(v)).bias())),
            Field.of("weights", Holder.LINEAR_UNIT, "matrix", "the weights (a row)", (in, v) -> UnitValues.row(((LinearUnit) unit(v)).weights())),
            Field.of("layers", Holder.THRESHOLD_NETWORK, "number", "how many layers of units", (in, v) -> new Value.Num(gate(v).layerCount())),
            Field.of("units", Holder.THRESHOLD_NETWORK, "number", "how many units in all", (in, v) -> new Value.Num(gate(v).unitCount())),
            Field.of("weights", Holder.THRESHOLD_NETWORK, "list of matrices", "one in×out weight matrix per layer, as x @ W",
                    (in, v) -> UnitValues.networkWeights(gate(v))),
            Field.of("thresholds", Holder.THRESHOLD_NETWORK, "list of matrices", "one row of thresholds per layer",
                    (in, v) -> UnitValues.thresholds(gate(v))),
            Field.of("structural", Holder.THRESHOLD_NETWORK, "unit", "a gate's layered build, one unit per operator of its formula",
                    (in, v) -> new Value.UnitV(GateCompiler.alternative(gate(v), GateCompiler.Strategy.STRUCTURAL))).onlyWhen(UnitLib::compiled),
            Field.of("two_level", Holder.THRESHOLD_NETWORK, "unit", "a gate's one-hidden-layer build from its truth table (up to 12 inputs)",
                    (in, v) -> UnitValues.twoLevel(gate(v))).onlyWhen(UnitLib::compiled));
}
