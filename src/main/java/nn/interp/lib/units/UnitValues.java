package nn.interp.lib.units;

import nn.interp.lib.Args;
import java.util.ArrayList;
import java.util.List;
import nn.lang.ast.Expr;
import nn.lang.check.Names;
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

/** Units as values: their fields ({@code p.weights}, {@code u.threshold}, {@code xor.layers}) and calls ({@code AND2([1, 1])}). */
public final class UnitValues {
    private UnitValues() {}

    public static Value member(RowModel unit, Expr.Member m) {
        String field = m.name();
        Value common = switch (field) {
            case "inputs" -> new Value.Num(unit.inputCount());
            case "outputs" -> new Value.Num(unit.outputCount());
            case "form" -> new Value.Str(form(unit));
            default -> null;
        };
        if (common != null) return common;
        Value v = switch (unit) {
            case ThresholdUnit t -> switch (field) {
                case "weights" -> row(t.weights());
                case "threshold" -> new Value.Num(t.threshold());
                default -> null;
            };
            case Perceptron p -> switch (field) {
                case "weights" -> row(p.weights());
                case "bias" -> new Value.Num(p.bias());
                default -> null;
            };
            case LinearUnit l -> field.equals("weights") ? row(l.weights()) : null;
            case ThresholdNetwork n -> networkField(n, field, m.span());
        };
        if (v != null) return v;
        List<String> known = fieldNames(unit);
        String hint = Names.suggest(field, known);
        throw new RuntimeError(m.span(), "a " + unit.what().replaceFirst("^network .*", "threshold network") + " has no field '" + field + "'",
                hint != null ? hint : "its fields are " + String.join(", ", known));
    }

    /** The fields a unit of this kind has. */
    public static List<String> fieldNames(RowModel unit) {
        List<String> known = new ArrayList<>(List.of("inputs", "outputs", "form"));
        known.addAll(switch (unit) {
            case ThresholdUnit t -> List.of("weights", "threshold");
            case Perceptron p -> List.of("weights", "bias");
            case LinearUnit l -> List.of("weights");
            case ThresholdNetwork n -> n.formula().isPresent()
                    ? List.of("layers", "units", "weights", "thresholds", "structural", "two_level")
                    : List.of("layers", "units", "weights", "thresholds");
        });
        return known;
    }

    /** "threshold", "perceptron", "linear" or "network": which rule decides when it fires. */
    private static String form(RowModel unit) {
        return switch (unit) {
            case ThresholdUnit t -> "threshold";
            case Perceptron p -> "perceptron";
            case LinearUnit l -> "linear";
            case ThresholdNetwork n -> "network";
        };
    }

    /** A network's layers (a count), units, weights (one in×out matrix per layer, as x @ W) and thresholds (one row per layer). */
    private static Value networkField(ThresholdNetwork n, String field, Span at) {
        return switch (field) {
            case "layers" -> new Value.Num(n.layerCount());
            case "units" -> new Value.Num(n.unitCount());
            case "weights" -> {
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
                yield new Value.ListV(out);
            }
            case "thresholds" -> new Value.ListV(n.layers().stream()
                    .map(l -> row(l.units().stream().mapToDouble(ThresholdUnit::threshold).toArray())).toList());
            // A gate's other constructions, built on demand: the layered build the lecture draws.
            case "structural" -> n.formula().isPresent() ? new Value.UnitV(GateCompiler.alternative(n, GateCompiler.Strategy.STRUCTURAL)) : null;
            case "two_level" -> {
                if (n.formula().isEmpty()) yield null;
                if (n.inputCount() > GateCompiler.TWO_LEVEL_MAX_INPUTS)
                    throw new RuntimeError(at, "the one-hidden-layer build reads the whole truth table and is made for gates of up to "
                            + GateCompiler.TWO_LEVEL_MAX_INPUTS + " inputs; " + n.name() + " has " + n.inputCount(),
                            "the structural build works for any size: show " + n.name() + ".structural");
                yield new Value.UnitV(GateCompiler.alternative(n, GateCompiler.Strategy.TWO_LEVEL));
            }
            default -> null;
        };
    }

    private static Value row(double[] v) { return new Value.Mat(Matrix.row(v)); }

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
