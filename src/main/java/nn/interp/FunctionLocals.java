package nn.interp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nn.lang.ast.Expr;
import nn.lang.ast.Stmt;

/** The names a function makes local: its parameters and every name its body assigns (not inside nested functions). */
final class FunctionLocals {
    private FunctionLocals() {}

    static Set<String> of(List<String> params, List<Stmt> body) {
        Set<String> out = new LinkedHashSet<>(params);
        collect(body, out);
        return Set.copyOf(out);
    }

    private static void collect(List<Stmt> body, Set<String> out) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Assign a -> { if (a.target() instanceof Expr.Name n) out.add(n.name()); }
                case Stmt.MultiAssign m -> m.targets().forEach(t -> { if (t instanceof Expr.Name n) out.add(n.name()); });
                case Stmt.For f -> { out.add(f.var()); if (f.second() != null) out.add(f.second()); collect(f.body(), out); }
                case Stmt.If i -> { collect(i.then(), out); collect(i.otherwise(), out); }
                case Stmt.While w -> collect(w.body(), out);
                case Stmt.Fn f -> out.add(f.name());
                case Stmt.NetworkBlock n -> out.add(n.name());
                case Stmt.NetworkChain n -> out.add(n.name());
                case Stmt.Unit u -> out.add(u.name());
                case Stmt.PerceptronDecl p -> out.add(p.name());
                case Stmt.Gate g -> out.add(g.name());
                case Stmt.DatasetDecl d -> out.add(d.name());
                default -> { }
            }
        }
    }
}
