package nn.interp;

import nn.i18n.Messages;
import nn.interp.lib.Args;
import java.util.List;
import nn.lang.ast.Expr;
import nn.lang.check.Names;
import nn.lang.ast.Stmt;
import nn.lang.source.Span;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;
import nn.interp.lib.data.DataFeatures;
import nn.interp.lib.matrices.Indexing;
import nn.interp.lib.networks.NetworkFeatures;
import nn.interp.lib.units.LogicFeatures;

/**
 * The seam between the language core and the libraries (graph, model, data, viz): statements and
 * values the core interpreter hands over. Kept in one place so the core stays small.
 */
public final class Features {
    private Features() {}

    static Value binary(Interpreter in, Expr.BinaryOp op, Value a, Value b, Expr.Binary at) {
        // A verdict compares and combines as the bool it stands for: separable(AND) == true.
        if (a instanceof Value.Nothing) throw nothing(at.left(), at);
        if (b instanceof Value.Nothing) throw nothing(at.right(), at);
        if (a instanceof Value.VerdictV || b instanceof Value.VerdictV) return binary(in, op, LogicFeatures.asBool(a), LogicFeatures.asBool(b), at);
        Value out = in.arith.binary(in, op, a, b, at);
        if (op == Expr.BinaryOp.DIV && out instanceof Value.Mat m && !allFinite(m.value()) && finite(a) && finite(b))
            in.output.warn(at.span(), Messages.t("interp.division-by-zero"));
        return out;
    }

    /** Using the result of a function that returned nothing: say which call it was. */
    private static RuntimeError nothing(Expr operand, Expr.Binary at) {
        if (operand instanceof Expr.Call c)
            return new RuntimeError(operand.span(), Messages.t("interp.returned-nothing", operand.span().text(), at.op().symbol()), c.callee() instanceof Expr.Name f
                    ? Messages.t("interp.returned-nothing-hint", f.name()) : Messages.t("interp.returned-nothing-any-hint"));
        return new RuntimeError(operand.span(), Messages.t("interp.is-nothing", at.op().symbol()), Messages.t("interp.is-nothing-hint"));
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

    static Value member(Interpreter in, Value target, Expr.Member m) { return Fields.get(in, target, m); }

    static void setMember(Interpreter in, Expr.Member m, Value value) {
        Value target = in.eval(m.target());
        switch (target) {
            case Value.LayerV l -> NetworkFeatures.setLayerMember(in, l.layer(), m, value);
            default -> throw new RuntimeError(m.span(), Messages.t("interp.cannot-set-field", m.name(), target.describe()));
        }
    }

    /** Indexing of values other than matrices and lists (datasets: d[i]); null if the value cannot be indexed. */
    public static Value index(Interpreter in, Value target, Expr.Index ix) {
        if (target instanceof Value.ConfusionV c) return Indexing.get(in, new Value.Mat(c.counts()), ix);
        return target instanceof Value.DatasetV d ? DataFeatures.index(in, d, ix) : null;
    }

    static Value callObject(Interpreter in, Value callee, List<Args.Given> given, Span at) {
        if (callee instanceof Value.NetworkV n) return NetworkFeatures.call(in, n.network(), given, at);
        if (callee instanceof Value.UnitV u) return LogicFeatures.call(in, u, given, at);
        throw new RuntimeError(at, Messages.t("interp.cannot-call", callee.describe()), Messages.t("interp.cannot-call-hint"));
    }

    static List<Value[]> examples(Interpreter in, Value over, Span at) {
        if (over instanceof Value.DatasetV d) return DataFeatures.examples(in, d);
        throw new RuntimeError(at, Messages.t("interp.cannot-loop", over.describe()), Messages.t("interp.cannot-loop-hint"));
    }
}
