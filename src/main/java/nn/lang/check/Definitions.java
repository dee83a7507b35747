package nn.lang.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nn.lang.ast.Expr;
import nn.lang.ast.Stmt;

/** The names a block of statements defines: assignment targets, loop variables, and declared functions, networks, units, gates and datasets. */
public final class Definitions {
    private Definitions() {}

    /**
     * Every name {@code body} defines, in order of appearance. With {@code intoFunctions}, the bodies and
     * parameters of nested functions count too (the checker's whole-program view); without, only the
     * function's own name does (the locals of one function).
     */
    public static Set<String> of(List<Stmt> body, boolean intoFunctions) {
        Set<String> out = new LinkedHashSet<>();
        collect(body, intoFunctions, out);
        return out;
    }

    private static void collect(List<Stmt> body, boolean intoFunctions, Set<String> out) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Assign a -> target(a.target(), out);
                case Stmt.MultiAssign m -> m.targets().forEach(t -> target(t, out));
                case Stmt.ForRange f -> {
                    out.add(f.var().text());
                    collect(f.body(), intoFunctions, out);
                }
                case Stmt.ForEach f -> {
                    out.add(f.var().text());
                    if (f.second() != null) out.add(f.second().text());
                    collect(f.body(), intoFunctions, out);
                }
                case Stmt.Fn f -> {
                    out.add(f.name().text());
                    if (intoFunctions) {
                        f.params().forEach(p -> out.add(p.text()));
                        collect(f.body(), true, out);
                    }
                }
                case Stmt.If i -> { collect(i.then(), intoFunctions, out); collect(i.otherwise(), intoFunctions, out); }
                case Stmt.While w -> collect(w.body(), intoFunctions, out);
                case Stmt.NetworkBlock n -> out.add(n.name().text());
                case Stmt.NetworkChain n -> out.add(n.name().text());
                case Stmt.Unit u -> out.add(u.name().text());
                case Stmt.PerceptronDecl p -> out.add(p.name().text());
                case Stmt.Gate g -> out.add(g.name().text());
                case Stmt.DatasetDecl d -> out.add(d.name().text());
                // Statements that bind no name; listed so that a new statement must be considered here.
                case Stmt.Print p -> { }
                case Stmt.Show sh -> { }
                case Stmt.ExprStmt e -> { }
                case Stmt.Return r -> { }
                case Stmt.Break b -> { }
                case Stmt.Continue c -> { }
                case Stmt.Precision p -> { }
                case Stmt.Dtype d -> { }
                case Stmt.Seed sd -> { }
                case Stmt.TraceSwitch t -> { }
                case Stmt.TraceExpr t -> { }
                case Stmt.Backward b -> { }
                case Stmt.Step st -> { }
                case Stmt.Explain e -> { }
                case Stmt.GradCheck g -> { }
                case Stmt.GraphTo g -> { }
                case Stmt.TruthTableStmt t -> { }
                case Stmt.Plot pl -> { }
                case Stmt.Export ex -> { }
                case Stmt.Save sv -> { }
                case Stmt.Assert a -> { }
                case Stmt.Expect e -> { }
                case Stmt.Assignment a -> { }
                // A test's names live in the test's own run (nn grade), not in the file's globals.
                case Stmt.Test t -> { }
                case Stmt.Score sc -> { }
            }
        }
    }

    private static void target(Expr t, Set<String> out) {
        if (t instanceof Expr.Name n) out.add(n.name());
    }
}
