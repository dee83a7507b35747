package nn.interp;

import java.util.List;
import nn.lang.ast.Expr;
import nn.lang.check.Names;
import nn.lang.ast.Stmt;
import nn.lang.source.Span;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/**
 * The seam between the language core and the libraries (graph, model, data, viz): statements and
 * values the core interpreter hands over. Kept in one place so the core stays small.
 */
final class Features {
    private Features() {}

    static void installBuiltins(Interpreter in) {
        GraphFeatures.installBuiltins(in);
        NetworkFeatures.installBuiltins(in);
        LogicFeatures.installBuiltins(in);
        DataFeatures.installBuiltins(in);
        TrainFeatures.installBuiltins(in);
        SaveLoad.installBuiltins(in);
    }

    /** A value with any graph tracking removed (the plain matrix). */
    static Value plain(Value v) {
        return v instanceof Value.Tracked t ? new Value.Mat(t.node().value()) : v;
    }

    static Value binary(Interpreter in, String op, Value a, Value b, Expr.Binary at) {
        // A verdict compares and combines as the bool it stands for: separable(AND) == true.
        if (a instanceof Value.VerdictV || b instanceof Value.VerdictV) return binary(in, op, LogicFeatures.asBool(a), LogicFeatures.asBool(b), at);
        if (GraphFeatures.involvesGraph(a, b)) return GraphFeatures.binary(in, op, a, b, at);
        Value out = in.arith.binary(op, a, b);
        if (op.equals("/") && out instanceof Value.Mat m && !allFinite(m.value()) && finite(a) && finite(b))
            in.output.warn(at.span(), "division by zero gives inf or nan here");
        return out;
    }

    static Value binaryFunction(Interpreter in, String fn, Value a, Value b, Span at) {
        if (fn.equals("max") && GraphFeatures.involvesGraph(a, b)) return GraphFeatures.maximum(in, a, b);
        a = plain(a);
        b = plain(b);
        Matrix x = in.matrixOf(a, at, fn + "'s first argument"), y = in.matrixOf(b, at, fn + "'s second argument");
        Matrix out = fn.equals("max") ? MatrixOps.maximum(x, y) : MatrixOps.minimum(x, y);
        return a instanceof Value.Num && b instanceof Value.Num ? new Value.Num(out.item()) : new Value.Mat(out);
    }

    static Value unary(Interpreter in, String fn, Value v, Span at) {
        if (v instanceof Value.Tracked t) return GraphFeatures.unary(in, fn, t, at);
        Matrix m = in.matrixOf(v, at, fn + "'s argument");
        Matrix out = switch (fn) {
            case "transpose" -> MatrixOps.transpose(m);
            case "sum" -> Matrix.scalar(MatrixOps.sum(m));
            case "mean" -> Matrix.scalar(MatrixOps.mean(m));
            case "abs" -> MatrixOps.abs(m);
            case "exp" -> MatrixOps.exp(m);
            case "log" -> {
                for (double d : m.data())
                    if (d <= 0) { in.output.warn(at, d == 0 ? "log of 0 is -inf" : "log of a negative number is nan"); break; }
                yield MatrixOps.log(m);
            }
            case "sqrt" -> {
                for (double d : m.data()) if (d < 0) { in.output.warn(at, "sqrt of a negative number is nan"); break; }
                yield MatrixOps.sqrt(m);
            }
            case "tanh" -> MatrixOps.tanh(m);
            case "sigmoid" -> MatrixOps.sigmoid(m);
            case "relu" -> MatrixOps.map(m, d -> Math.max(d, 0));
            case "step" -> MatrixOps.map(m, d -> d >= 0 ? 1 : 0);
            case "softmax" -> nn.graph.Ops.softmax(nn.graph.Node.constant(m)).value();
            default -> throw new IllegalStateException("unknown function " + fn);
        };
        boolean scalarResult = fn.equals("sum") || fn.equals("mean") || v instanceof Value.Num;
        return scalarResult ? new Value.Num(out.item()) : new Value.Mat(out);
    }

    private static boolean allFinite(Matrix m) {
        for (double d : m.data()) if (!Double.isFinite(d)) return false;
        return true;
    }

    private static boolean finite(Value v) {
        return switch (v) {
            case Value.Num n -> Double.isFinite(n.value());
            case Value.Mat m -> allFinite(m.value());
            default -> true;
        };
    }

    static Value member(Interpreter in, Value target, Expr.Member m) {
        if (target instanceof Value.Mat mat) {
            return switch (m.name()) {
                case "T" -> new Value.Mat(MatrixOps.transpose(mat.value()));
                case "shape" -> new Value.Mat(Matrix.row(mat.value().rows(), mat.value().cols()));
                case "rows" -> new Value.Num(mat.value().rows());
                case "cols" -> new Value.Num(mat.value().cols());
                case "grad" -> throw new RuntimeError(m.span(), "a matrix has no field 'grad'", NO_GRADIENT_HINT);
                default -> throw new RuntimeError(m.span(), "a matrix has no field '" + m.name() + "'",
                        Names.suggest(m.name(), List.of("T", "shape", "rows", "cols")));
            };
        }
        return switch (target) {
            case Value.Tracked t -> GraphFeatures.member(in, t, m);
            case Value.NetworkV n -> NetworkFeatures.member(in, n.network(), m);
            case Value.LayerV l -> NetworkFeatures.layerMember(in, l.layer(), m);
            case Value.UnitV u -> LogicFeatures.member(in, u, m);
            case Value.DatasetV d -> DataFeatures.member(in, d, m);
            case Value.HistoryV h -> TrainFeatures.member(in, h, m);
            case Value.ConfusionV c -> MetricsBuiltins.member(in, c, m);
            default -> throw new RuntimeError(m.span(), target.describe() + " has no field '" + m.name() + "'",
                    m.name().equals("grad") && target instanceof Value.Num ? NO_GRADIENT_HINT : null);
        };
    }

    // Students reach for .grad on weights they forgot to wrap in param(...): say why there is none.
    private static final String NO_GRADIENT_HINT =
            "only parameters and values computed from them have gradients; make it trainable with param(...)";

    static void setMember(Interpreter in, Expr.Member m, Value value) {
        Value target = in.eval(m.target());
        switch (target) {
            case Value.LayerV l -> NetworkFeatures.setLayerMember(in, l.layer(), m, value);
            default -> throw new RuntimeError(m.span(), "cannot set the field '" + m.name() + "' of " + target.describe());
        }
    }

    /** Indexing of values other than matrices and lists (datasets: d[i]); null if the value cannot be indexed. */
    static Value index(Interpreter in, Value target, Expr.Index ix) {
        if (target instanceof Value.ConfusionV c) return Indexing.get(in, new Value.Mat(c.counts()), ix);
        return target instanceof Value.DatasetV d ? DataFeatures.index(in, d, ix) : null;
    }

    static Value callObject(Interpreter in, Value callee, List<Args.Given> given, Span at) {
        if (callee instanceof Value.NetworkV n) return NetworkFeatures.call(in, n.network(), given, at);
        if (callee instanceof Value.UnitV u) return LogicFeatures.call(in, u, given, at);
        throw new RuntimeError(at, "cannot call " + callee.describe(), "only functions, networks and units can be called");
    }

    static List<Value[]> examples(Interpreter in, Value over, Span at) {
        if (over instanceof Value.DatasetV d) return DataFeatures.examples(in, d);
        throw new RuntimeError(at, "cannot loop over " + over.describe(), "loop over a range a..b, a matrix's rows, a list or a dataset");
    }

    static double size(Interpreter in, Value v, Span at) {
        if (v instanceof Value.DatasetV d) return d.dataset().size();
        throw new RuntimeError(at, "len needs a list, a string, a matrix or a dataset, got " + v.describe());
    }
}
