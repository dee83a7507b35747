package nn.interp.lib.units;

import nn.i18n.Messages;

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
            throw new RuntimeError(Messages.t("units.two-level-too-big", GateCompiler.TWO_LEVEL_MAX_INPUTS, n.name(), n.inputCount()),
                    Messages.t("units.hint-structural-any-size", n.name()));
        return new Value.UnitV(GateCompiler.alternative(n, GateCompiler.Strategy.TWO_LEVEL));
    }

    static Value row(double[] v) { return new Value.Mat(Matrix.row(v)); }

    /** u(row), u(batch) or u(x1, x2, …): one output row per input row. */
    static Value call(RowModel unit, List<Args.Given> given, Span at) {
        for (Args.Given g : given)
            if (g.name() != null)
                throw new RuntimeError(g.span(), Messages.t("units.call-by-position"), usage(unit));
        if (given.isEmpty()) throw new RuntimeError(at, Messages.t("units.call-no-inputs"), usage(unit));
        Matrix x;
        if (given.size() == 1) {
            Value v = Value.plain(given.get(0).value());
            x = switch (v) {
                case Value.Mat m -> m.value();
                case Value.Num num -> Matrix.scalar(num.value());
                default -> throw new RuntimeError(given.get(0).span(), Messages.t("units.call-input-kind", v.describe()), usage(unit));
            };
            // A column of numbers feeds a one-input unit one row at a time.
            if (unit.inputCount() == 1 && x.cols() != 1 && x.rows() == 1) x = new Matrix(x.cols(), 1, x.data());
        } else {
            double[] row = new double[given.size()];
            for (int i = 0; i < row.length; i++) {
                Value v = Value.plain(given.get(i).value());
                if (v instanceof Value.Num num) row[i] = num.value();
                else if (v instanceof Value.Mat m && m.value().isScalar()) row[i] = m.value().item();
                else throw new RuntimeError(given.get(i).span(), Messages.t("units.call-input-number", v.describe()), usage(unit));
            }
            x = Matrix.row(row);
        }
        if (x.cols() != unit.inputCount())
            throw new RuntimeError(given.size() == 1 ? given.get(0).span() : at, given.size() == 1
                    ? Messages.t("units.call-width-matrix", unit.definite(), unit.inputCount(), x.shape())
                    : Messages.t("units.call-width-numbers", unit.definite(), unit.inputCount(), given.size()), usage(unit));
        return new Value.Mat(unit.apply(x));
    }

    private static String usage(RowModel unit) {
        int n = unit.inputCount();
        StringBuilder ones = new StringBuilder("[");
        for (int i = 0; i < n; i++) ones.append(i == 0 ? "" : ", ").append(i % 2);
        return Messages.t("units.hint-call-on-row", ones.append(']').toString());
    }
}
