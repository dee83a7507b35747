package nn.interp.lib.units;

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
            fn("perceptron", "a perceptron: fires when Σ wᵢxᵢ + bias ≥ 0; zero weights from inputs = n", "perceptron p(inputs = 2)",
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
            throw new RuntimeError(a.callSpan(), "a perceptron needs its number of inputs or its weights",
                    "write perceptron p(inputs = 2) to start from zero weights, or perceptron p(weights = [1, 1], bias = -1.5)");
        double bias = a.number("bias");
        if (!a.has("weights")) return new Perceptron(new double[a.positive("inputs")], bias);
        double[] w = weights(a);
        if (a.has("inputs") && a.positive("inputs") != w.length)
            throw new RuntimeError(a.span("weights"), "the perceptron has " + a.integer("inputs") + " inputs but "
                    + w.length + " weight" + (w.length == 1 ? "" : "s"), "give one weight per input, or leave out inputs =");
        return new Perceptron(w, bias);
    }

    private static Value linear(Args a) {
        if (a.has("x")) {
            if (a.has("inputs") || a.has("weights"))
                throw new RuntimeError(a.callSpan(), "linear(z) is the identity function; a linear unit is made with linear(inputs = n) alone");
            Value x = a.value("x");
            if (x instanceof Value.Num || x instanceof Value.Mat || x instanceof Value.Tracked) return x;
            throw a.wrong("x", "a number or a matrix");
        }
        if (a.has("inputs") && a.has("weights"))
            throw new RuntimeError(a.callSpan(), "give a linear unit either inputs = n or weights = [..], not both");
        if (a.has("weights")) return new Value.UnitV(new LinearUnit(weights(a)));
        if (a.has("inputs")) return new Value.UnitV(LinearUnit.zeros(a.positive("inputs")));
        throw new RuntimeError(a.callSpan(), "linear needs a value (linear(z) is the identity) or inputs = n (a linear unit)",
                "write linear(inputs = 3) for a unit y = Σ wᵢxᵢ");
    }

    /** A weight vector: a row (or column) of numbers. */
    private static double[] weights(Args a) {
        Matrix m = a.matrix("weights");
        if (m.rows() != 1 && m.cols() != 1)
            throw new RuntimeError(a.span("weights"), "the weights must be a row of numbers like [1, 1], got a " + m.shape() + " matrix");
        if (m.size() == 0) throw new RuntimeError(a.span("weights"), "a unit needs at least one weight");
        return m.data().clone();
    }

    private static double[][] vertices(Args a) {
        Matrix m = a.matrix("vertices");
        if (m.cols() != 2)
            throw new RuntimeError(a.span("vertices"), "a polygon's vertices are rows [x, y], like [[0, 0], [4, 0], [0, 3]]; got a "
                    + m.shape() + " matrix");
        double[][] v = new double[m.rows()][];
        for (int r = 0; r < v.length; r++) v[r] = new double[] {m.get(r, 0), m.get(r, 1)};
        return v;
    }

    private static Value union(Args a) {
        List<Value> items = a.rest();
        if (items.size() < 2)
            throw new RuntimeError(a.callSpan(), "a union needs at least two regions, got " + items.size(),
                    "write union(polygon(...), polygon(...))");
        List<ThresholdNetwork> regions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ThresholdNetwork r = region(items.get(i), a.span("#" + i));
            if (!regions.isEmpty()) {
                if (r.inputCount() != regions.get(0).inputCount())
                    throw new RuntimeError(a.span("#" + i), "region " + (i + 1) + " reads " + r.inputCount()
                            + " inputs but region 1 reads " + regions.get(0).inputCount());
                r = r.withInputNames(regions.get(0).inputNames());
            }
            if (r.outputCount() != 1)
                throw new RuntimeError(a.span("#" + i), "region " + (i + 1) + " has " + r.outputCount() + " outputs; a region has one");
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
        throw new RuntimeError(at, "union combines regions made of threshold units (halfplane, polygon, threshold, gates, unions), got "
                + describe(v));
    }

    private static String describe(Value v) {
        return v instanceof Value.UnitV u ? "a " + u.unit().what() : v.describe();
    }

    /**
     * The verdict with its evidence, printing nothing itself: true or false as a condition, the
     * sentence with the hyperplane or the proof when printed ("AND: linearly separable: …").
     */
    private static Value separable(Args a) {
        if (!(a.value("data") instanceof Value.DatasetV d))
            throw a.wrong("data", "a dataset, like truthtable(2, a ^ b)");
        UnitData data = UnitData.of(d.dataset(), a.span("data"));
        List<String> names = d.dataset().featureNames();
        Separability.Result r = Separability.check(data.inputs(), data.labels01(a.span("data")), names.isEmpty() ? null : names);
        return new Value.VerdictV(r.separable(), a.span("data").text() + ": " + r.statement());
    }
}
