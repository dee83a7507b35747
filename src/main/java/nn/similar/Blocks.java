package nn.similar;

import java.util.ArrayList;
import java.util.List;
import nn.lang.ast.Expr;
import nn.lang.ast.Stmt;

/** The nested statement lists of compound statements, and the expressions of their headers. */
final class Blocks {
    private Blocks() {}

    /** The blocks of a compound statement in source order; none for a simple statement. */
    static List<List<Stmt>> of(Stmt s) {
        return switch (s) {
            case Stmt.If i -> List.of(i.then(), i.otherwise());
            case Stmt.ForRange f -> List.of(f.body());
            case Stmt.ForEach f -> List.of(f.body());
            case Stmt.Test t -> List.of(t.body());
            case Stmt.While w -> List.of(w.body());
            case Stmt.Fn fn -> List.of(fn.body());
            // every other statement holds expressions only
            default -> List.of();
        };
    }

    /** The expressions evaluated before a compound statement's blocks run. */
    static List<Expr> header(Stmt s) {
        List<Expr> out = new ArrayList<>();
        switch (s) {
            case Stmt.If i -> out.add(i.condition());
            case Stmt.ForRange f -> { out.add(f.from()); out.add(f.to()); }
            case Stmt.ForEach f -> out.add(f.over());
            case Stmt.While w -> out.add(w.condition());
            default -> { }
        }
        return out;
    }
}
