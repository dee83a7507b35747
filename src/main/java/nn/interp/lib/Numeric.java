package nn.interp.lib;

import java.util.function.Function;
import nn.graph.Node;
import nn.graph.Ops;
import nn.graph.op.Op;
import nn.interp.lib.graph.GraphFeatures;
import nn.interp.Interpreter;
import nn.i18n.Messages;
import nn.interp.Value;
import nn.lang.source.Span;
import nn.tensor.Matrix;

/**
 * The one path every numeric builtin takes: its arguments become graph nodes (a plain value a
 * constant), the graph op computes the result, and the result goes back to a value. An op on
 * constants is a constant, so plain numbers and matrices pay for no graph; a value computed from a
 * parameter stays in the graph, so no function cuts it. Numbers in give a number out.
 */
public final class Numeric {
    private Numeric() {}

    /** {@code op} on the arguments: a number when every argument is a number (or {@code reduces} to one), else a matrix. */
    public static Value apply(Interpreter in, Op op, Args a, boolean reduces, String... params) {
        Node[] nodes = new Node[params.length];
        boolean numbers = true;
        for (int i = 0; i < params.length; i++) {
            Value v = a.value(params[i]);
            nodes[i] = node(in, v, a, params[i]);
            numbers &= v instanceof Value.Num;
        }
        return result(in, Ops.apply(op, nodes), numbers || reduces);
    }

    /** As {@link #apply}, for ops {@link Ops} builds itself (it folds or checks them: max(z, 0) is relu, a ^ b). */
    public static Value apply(Interpreter in, Function<Node[], Node> op, Args a, boolean reduces, String... params) {
        Node[] nodes = new Node[params.length];
        boolean numbers = true;
        for (int i = 0; i < params.length; i++) {
            Value v = a.value(params[i]);
            nodes[i] = node(in, v, a, params[i]);
            numbers &= v instanceof Value.Num;
        }
        return result(in, op.apply(nodes), numbers || reduces);
    }

    static Value result(Interpreter in, Node out, boolean number) {
        Value v = GraphFeatures.result(in, out);
        return number && v instanceof Value.Mat m && m.value().isScalar() ? new Value.Num(m.value().item()) : v;
    }

    private static Node node(Interpreter in, Value v, Args a, String param) {
        return switch (v) {
            case Value.Tracked t -> t.node();
            case Value.Mat m -> Node.constant(m.value());
            case Value.Num n -> Node.constant(Matrix.scalar(n.value()));
            default -> throw a.wrong(param, Messages.t("registry.expected-number-or-matrix"));
        };
    }

    /** Warns (at the argument) when an element of {@code param} is below {@code floor} (or at it, when {@code strict}). */
    public static void warnBelow(Interpreter in, Args a, String param, double floor, boolean strict, String atFloor, String below) {
        Value v = Value.plain(a.value(param));
        Matrix m = v instanceof Value.Mat mat ? mat.value() : v instanceof Value.Num n ? Matrix.scalar(n.value()) : null;
        if (m == null) return;
        Span at = a.span(param);
        for (double d : m.data()) {
            if (d < floor) { in.output().warn(at, below); return; }
            if (strict && d == floor) { in.output().warn(at, atFloor); return; }
        }
    }

    /** Throws the usual error unless the argument is a number or matrix (for builtins that compute outside the graph). */
    public static Matrix matrix(Args a, String param) {
        if (!(Value.plain(a.value(param)) instanceof Value.Mat || a.value(param) instanceof Value.Num))
            throw a.wrong(param, Messages.t("registry.expected-number-or-matrix"));
        return a.matrix(param);
    }
}
