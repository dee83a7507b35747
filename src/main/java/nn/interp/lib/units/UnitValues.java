package nn.interp.lib.units;

import nn.interp.lib.Args;
import java.util.ArrayList;
import java.util.List;
import nn.lang.source.Span;
import nn.model.logic.GateCompiler;
import nn.model.logic.LinearUnit;
import nn.model.logic.Perceptron;
import nn.model.logic.RowModel;
import nn.model.logic.ThresholdNetwork;
import nn.model.logic.ThresholdUnit;
import nn.tensor.Matrix;
import nn.interp.RuntimeError;
import nn.interp.Value;

/** Units as values: what their fields ({@link UnitLib#FIELDS}) read, and calls ({@code AND2([1, 1])}). */
public final class UnitValues {
    private UnitValues() {}

    /** "threshold", "perceptron", "linear" or "network": which rule decides when it fires. */
    static String form(RowModel unit) {
        return switch (unit) {
            case ThresholdUnit t -> "threshold";
            case Perceptron p -> "perceptron";
            case LinearUnit l -> "linear";
            case ThresholdNetwork n -> "network";
        };
    }

    /** A threshold network's weights: one in×out matrix per layer, as x @ W. */
    static Value networkWeights(ThresholdNetwork n) {
        List<Value> out = new ArrayList<>();
        for (ThresholdNetwork.Layer layer : n.layers()) {
            int in = layer.units().get(0).inputCount(), k = layer.size();
            double[] w = new double[in * k];
            for (int j = 0; j < k; j++) {
                double[] uw = layer.units().get(j).weights();
                for (int i = 0; i < in; i++) w[i * k + j] = uw[i];
            }
            out.add(new Value.Mat(new Matrix(in, k, w)));
        }
        return new Value.ListV(out);
    }

    /** A threshold network's thresholds: one row per layer. */
    static Value thresholds(ThresholdNetwork n) {
        return new Value.ListV(n.layers().stream()
                .map(l -> row(l.units().stream().mapToDouble(ThresholdUnit::threshold).toArray())).toList());
    }

    /** A gate's one-hidden-layer construction, built on demand from its truth table. */
    static Value twoLevel(ThresholdNetwork n) {
        if (n.inputCount() > GateCompiler.TWO_LEVEL_MAX_INPUTS)
            throw new RuntimeError("the one-hidden-layer build reads the whole truth table and is made for gates of up to "
                    + GateCompiler.TWO_LEVEL_MAX_INPUTS + " inputs; " + n.name() + " has " + n.inputCount(),
                    "the structural build works for any size: show " + n.name() + ".structural");
        return new Value.UnitV(GateCompiler.alternative(n, GateCompiler.Strategy.TWO_LEVEL));
    }

    static Value row(double[] v) { return new Value.Mat(Matrix.row(v)); }

    /** u(row), u(batch) or u(x1, x2, …): one output row per input row. */
    static Value call(RowModel unit, List<Args.Given> given, Span at) {
        for (Args.Given g : given)
            if (g.name() != null)
                throw new RuntimeError(g.span(), "a unit takes its inputs by position, not by name", usage(unit));
        if (given.isEmpty()) throw new RuntimeError(at, "a unit needs its inputs", usage(unit));
        Matrix x;
        if (given.size() == 1) {
            Value v = Value.plain(given.get(0).value());
            x = switch (v) {
                case Value.Mat m -> m.value();
                case Value.Num num -> Matrix.scalar(num.value());
                default -> throw new RuntimeError(given.get(0).span(), "a unit's input must be a row of numbers or a batch of rows, got "
                        + v.describe(), usage(unit));
            };
            // A column of numbers feeds a one-input unit one row at a time.
            if (unit.inputCount() == 1 && x.cols() != 1 && x.rows() == 1) x = new Matrix(x.cols(), 1, x.data());
        } else {
            double[] row = new double[given.size()];
            for (int i = 0; i < row.length; i++) {
                Value v = Value.plain(given.get(i).value());
                if (v instanceof Value.Num num) row[i] = num.value();
                else if (v instanceof Value.Mat m && m.value().isScalar()) row[i] = m.value().item();
                else throw new RuntimeError(given.get(i).span(), "each input must be a number, got " + v.describe(), usage(unit));
            }
            x = Matrix.row(row);
        }
        if (x.cols() != unit.inputCount())
            throw new RuntimeError(given.size() == 1 ? given.get(0).span() : at, "the " + unit.what() + " takes rows of "
                    + unit.inputCount() + " input" + (unit.inputCount() == 1 ? "" : "s") + ", got "
                    + (given.size() == 1 ? "a " + x.shape() + " matrix" : given.size() + " numbers"), usage(unit));
        return new Value.Mat(unit.apply(x));
    }

    private static String usage(RowModel unit) {
        int n = unit.inputCount();
        StringBuilder ones = new StringBuilder("[");
        for (int i = 0; i < n; i++) ones.append(i == 0 ? "" : ", ").append(i % 2);
        return "call it on a row like " + ones.append(']') + " or on a batch of rows";
    }
}
