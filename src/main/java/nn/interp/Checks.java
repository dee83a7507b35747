package nn.interp;

import nn.lang.ast.Expr;
import nn.lang.ast.Stmt;

/** assert and expect: checks a script makes of itself (and a grader of a submission). */
final class Checks {
    private Checks() {}

    static void assertion(Interpreter in, Stmt.Assert a) {
        if (in.truth(in.eval(a.condition()), a.condition().span())) return;
        throw new RuntimeError(a.condition().span(), "assertion failed" + message(in, a.message())
                + detail(in, a.condition()));
    }

    static void expectation(Interpreter in, Stmt.Expect e) {
        if (in.truth(in.eval(e.condition()), e.condition().span())) return;
        throw new RuntimeError(e.condition().span(), "expectation failed" + message(in, e.message()) + detail(in, e.condition()));
    }

    private static String message(Interpreter in, Expr m) {
        return m == null ? "" : ": " + in.format.value(in.eval(m));
    }

    /** For a comparison, both sides' values: what the student needs to see. */
    private static String detail(Interpreter in, Expr cond) {
        return switch (cond) {
            case Expr.Binary b when b.op().equals("==") || b.op().equals("!=") || b.op().startsWith("<") || b.op().startsWith(">") ->
                    " (left side is " + in.format.value(in.eval(b.left())) + ", right side is " + in.format.value(in.eval(b.right())) + ")";
            case Expr.Approx a -> " (left side is " + in.format.value(in.eval(a.left())) + ", right side is "
                    + in.format.value(in.eval(a.right())) + ")";
            default -> "";
        };
    }
}
