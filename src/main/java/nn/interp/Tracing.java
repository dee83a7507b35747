package nn.interp;

import java.util.ArrayList;
import java.util.List;
import nn.graph.Labels;
import nn.graph.Node;
import nn.lang.ast.Expr;
import nn.lang.ast.Stmt;
import nn.lang.source.Span;

/**
 * {@code trace on}: every recorded graph operation prints one line, {@code name = formula = value},
 * in the lecture's notation ({@code h = x @ W1 = [0.85, 0.48]}). Lines are printed when the statement
 * that made them ends, so an assignment can name its result. Plain (untracked) assignments print
 * {@code name = source = value}.
 */
public final class Tracing {
    private boolean on;
    /** Depth of `trace EXPR` statements in progress; tracing is on while positive. */
    private int forced;
    private final List<Node> recorded = new ArrayList<>();

    public boolean active() { return on || forced > 0; }
    void set(boolean enabled) { on = enabled; }
    void force(boolean enter) { forced += enter ? 1 : -1; }

    public void record(Node n) {
        if (active() && n.isRecorded()) recorded.add(n);
    }

    /** Prints what {@code stmt} recorded (called as each statement ends). */
    public void flush(Interpreter in, Stmt stmt) {
        if (!active()) return;
        if (recorded.isEmpty()) {
            if (stmt instanceof Stmt.Assign a && a.target() instanceof Expr.Name n && isOperation(a.value())) {
                Value v = in.globalsOrLocal(n.name());
                if (v instanceof Value.Mat || v instanceof Value.Num)
                    in.output.line(n.name() + " = " + a.value().span().text() + " = " + in.format.value(v), stmt.span());
            }
            return;
        }
        List<Node> lines = new ArrayList<>(recorded);
        recorded.clear();
        for (Node n : lines) line(in, n, stmt.span());
    }

    private void line(Interpreter in, Node n, Span at) {
        String formula = Labels.formulaOf(n, in.format::matrix);
        String value = in.format.matrix(n.value());
        in.output.line(n.label() == null ? formula + " = " + value : n.label() + " = " + formula + " = " + value, at);
    }

    private static boolean isOperation(Expr e) {
        return e instanceof Expr.Binary || e instanceof Expr.Call || e instanceof Expr.Unary;
    }
}
