package nn.similar;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nn.lang.ast.Expr;
import nn.lang.ast.Formula;
import nn.lang.ast.Stmt;
import nn.lang.ast.TrainSpec;

/**
 * What one statement reads and writes, so that {@link StatementOrder} knows which statements are
 * independent and {@link DeadCode} which assignments nobody reads. Two pseudo-names stand for state
 * that is not a variable: {@link #WORLD} (output, assertions, control flow, training) keeps such
 * statements in their order, and {@link #RNG} keeps everything that draws random numbers after the
 * {@code seed} it depends on. The analysis is deliberately simple and errs towards "dependent":
 * a wrong edge only makes the canonical order follow the source a little more closely.
 */
final class Uses {
    static final String WORLD = "\u0000world";
    static final String RNG = "\u0000rng";

    /** Builtins that draw from the seeded generator (data generators, initialised layers and parameters). */
    private static final Set<String> RANDOM = Set.of("rand", "randn", "shuffle", "split", "dense", "param",
            "moons", "circles", "blobs", "spiral");

    final Set<String> reads = new HashSet<>();
    final Set<String> writes = new HashSet<>();
    /** Every name the user chose here (variables, functions, parameters, gate and formula inputs, layers). */
    final Set<String> chosen = new HashSet<>();
    /** Calls a user function or trains: cannot be dropped as dead even if its result is unused. */
    boolean sideEffects;

    /** Summaries of the user's functions: what a call to each may read and write. */
    private final Map<String, Uses> functions;

    private Uses(Map<String, Uses> functions) { this.functions = functions; }

    static Uses of(Stmt s, Map<String, Uses> functions) {
        Uses u = new Uses(functions);
        u.stmt(s);
        return u;
    }

    static Uses of(Expr e, Map<String, Uses> functions) {
        Uses u = new Uses(functions);
        u.expr(e);
        return u;
    }

    /** What a call of the function may touch: everything its body does, less its parameters. */
    static Uses summary(Stmt.Fn fn, Map<String, Uses> functions) {
        Uses u = new Uses(functions);
        u.block(fn.body());
        fn.params().forEach(p -> { u.reads.remove(p.text()); u.writes.remove(p.text()); });
        u.reads.add(WORLD);
        u.writes.add(WORLD);
        u.sideEffects = true;
        return u;
    }

    /** A function not summarised yet: it may touch anything. */
    static Uses opaque() {
        Uses u = new Uses(Map.of());
        u.world();
        u.sideEffects = true;
        return u;
    }

    private void world() { reads.add(WORLD); writes.add(WORLD); }
    private void random() { reads.add(RNG); writes.add(RNG); }

    private void block(List<Stmt> body) { body.forEach(this::stmt); }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Print p -> { p.values().forEach(this::expr); world(); }
            case Stmt.Show sh -> { expr(sh.value()); world(); }
            case Stmt.ExprStmt e -> {
                expr(e.expr());
                if (!(e.expr() instanceof Expr.Name || e.expr() instanceof Expr.Num || e.expr() instanceof Expr.Str
                        || e.expr() instanceof Expr.Bool)) world();
            }
            case Stmt.Assign a -> { target(a.target()); expr(a.value()); }
            case Stmt.MultiAssign m -> { m.targets().forEach(this::target); expr(m.value()); }
            case Stmt.If i -> { expr(i.condition()); block(i.then()); block(i.otherwise()); }
            case Stmt.ForRange f -> {
                expr(f.from());
                expr(f.to());
                writes.add(f.var().text());
                chosen.add(f.var().text());
                block(f.body());
            }
            case Stmt.ForEach f -> {
                expr(f.over());
                writes.add(f.var().text());
                chosen.add(f.var().text());
                if (f.second() != null) { writes.add(f.second().text()); chosen.add(f.second().text()); }
                block(f.body());
            }
            case Stmt.While w -> { expr(w.condition()); block(w.body()); }
            case Stmt.Fn fn -> {
                writes.add(fn.name().text());
                chosen.add(fn.name().text());
                fn.params().forEach(p -> chosen.add(p.text()));
            }
            case Stmt.Return r -> { optional(r.value()); world(); }
            case Stmt.Break b -> world();
            case Stmt.Continue c -> world();
            case Stmt.Precision p -> { expr(p.digits()); world(); }
            case Stmt.Dtype d -> world();
            case Stmt.Seed sd -> { expr(sd.seed()); random(); }
            case Stmt.TraceSwitch t -> world();
            case Stmt.TraceExpr t -> { expr(t.expr()); world(); }
            case Stmt.Backward b -> { expr(b.loss()); world(); }
            case Stmt.Step st -> { expr(st.network()); expr(st.optimizer()); world(); }
            case Stmt.Explain ex -> { expr(ex.expr()); world(); }
            case Stmt.GradCheck g -> { expr(g.loss()); world(); }
            case Stmt.GraphTo g -> { expr(g.loss()); expr(g.file()); world(); }
            case Stmt.NetworkBlock n -> {
                writes.add(n.name().text());
                for (Stmt.LayerDecl l : n.layers()) layer(l);
                random();
            }
            case Stmt.NetworkChain n -> { writes.add(n.name().text()); n.stages().forEach(this::expr); random(); }
            case Stmt.Unit un -> { writes.add(un.name().text()); expr(un.value()); }
            case Stmt.PerceptronDecl p -> { writes.add(p.name().text()); p.args().forEach(a -> expr(a.value())); random(); }
            case Stmt.Gate g -> { writes.add(g.name().text()); g.inputs().forEach(i -> chosen.add(i.text())); formula(g.formula()); }
            case Stmt.DatasetDecl d -> { writes.add(d.name().text()); expr(d.value()); }
            case Stmt.TruthTableStmt t -> { expr(t.target()); world(); }
            case Stmt.Plot p -> {
                p.parts().forEach(this::expr);
                world();
            }
            case Stmt.Save sv -> { expr(sv.value()); expr(sv.file()); world(); }
            case Stmt.Export ex -> { expr(ex.value()); expr(ex.file()); world(); }
            case Stmt.Assignment a -> world();
            case Stmt.Test t -> { block(t.body()); world(); }
            case Stmt.Score sc -> { expr(sc.value()); world(); }
            case Stmt.Assert a -> { expr(a.condition()); optional(a.message()); world(); }
            case Stmt.Expect e -> { expr(e.condition()); optional(e.message()); world(); }
        }
    }

    private void layer(Stmt.LayerDecl l) {
        switch (l) {
            case Stmt.InputLayer in -> expr(in.size());
            case Stmt.DropoutLayer d -> expr(d.rate());
            case Stmt.DtypeLine d -> { }
            case Stmt.DenseLayer d -> {
                expr(d.size());
                optional(d.weights());
                optional(d.bias());
                optional(d.init());
                if (d.name() != null) chosen.add(d.name().text());
            }
        }
    }

    /** An assignment target: a plain name is written; an element or field also reads what it changes. */
    private void target(Expr t) {
        switch (t) {
            case Expr.Name n -> writes.add(n.name());
            case Expr.Index i -> { baseWritten(i.target()); optional(i.row()); optional(i.col()); }
            case Expr.Member m -> baseWritten(m.target());
            default -> expr(t);
        }
    }

    private void baseWritten(Expr base) {
        expr(base);
        Expr e = base;
        while (true) {
            switch (e) {
                case Expr.Index i -> e = i.target();
                case Expr.Member m -> e = m.target();
                case Expr.Name n -> { writes.add(n.name()); return; }
                default -> { return; }
            }
        }
    }

    private void optional(Expr e) { if (e != null) expr(e); }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Num n -> { }
            case Expr.Str s -> { }
            case Expr.FString f -> f.parts().forEach(part -> {
                if (part instanceof Expr.FHole h) expr(h.value());
            });
            case Expr.Slice sl -> { optional(sl.start()); optional(sl.stop()); optional(sl.step()); }
            case Expr.Bool b -> { }
            case Expr.Name n -> reads.add(n.name());
            case Expr.MatrixLit m -> m.elements().forEach(this::expr);
            case Expr.DatasetLit d -> d.examples().forEach(x -> { expr(x.input()); expr(x.target()); });
            case Expr.Unary u -> expr(u.operand());
            case Expr.Binary b -> { expr(b.left()); expr(b.right()); }
            case Expr.Approx a -> { expr(a.left()); expr(a.right()); optional(a.tolerance()); }
            case Expr.Logical l -> { expr(l.left()); expr(l.right()); }
            case Expr.Not n -> expr(n.operand());
            case Expr.Call c -> {
                expr(c.callee());
                c.args().forEach(a -> expr(a.value()));
                if (c.callee() instanceof Expr.Name f) call(f.name());
                // append(xs, v) rebinds xs: a write, so the statement is not dead code
                if (c.callee() instanceof Expr.Name f && f.name().equals("append") && !c.args().isEmpty()
                        && c.args().get(0).value() instanceof Expr.Name list) writes.add(list.name());
            }
            case Expr.Index i -> { expr(i.target()); optional(i.row()); optional(i.col()); }
            case Expr.Member m -> expr(m.target());
            case Expr.TruthTable t -> { expr(t.arg()); if (t.formula() != null) formula(t.formula()); }
            case Expr.Train t -> {
                reads.add(t.network().name());
                writes.add(t.network().name());
                expr(t.data());
                trainSpec(t.spec());
                world();
                random();
                sideEffects = true;
            }
        }
    }

    private void call(String name) {
        Uses f = functions.get(name);
        if (f != null) {
            reads.addAll(f.reads);
            writes.addAll(f.writes);
            sideEffects = true;
        } else if (RANDOM.contains(name)) {
            random();
        }
    }

    /** Formula variables are the formula's own inputs, not the program's variables: nothing to read. */
    private void formula(Formula f) {
        switch (f) {
            case Formula.Var v -> chosen.add(v.name());
            case Formula.Const c -> { }
            case Formula.Not n -> formula(n.operand());
            case Formula.Binary b -> { formula(b.left()); formula(b.right()); }
        }
    }

    private void trainSpec(TrainSpec spec) {
        switch (spec) {
            case TrainSpec.Rule r -> { expr(r.rule()); expr(r.epochs()); }
            case TrainSpec.Block b -> {
                for (TrainSpec.Option o : b.options()) {
                    switch (o) {
                        case TrainSpec.Loss l -> { }
                        case TrainSpec.Optimizer op -> expr(op.optimizer());
                        case TrainSpec.Epochs ep -> expr(ep.count());
                        case TrainSpec.Batch bt -> optional(bt.size());
                        case TrainSpec.Shuffle sh -> optional(sh.seed());
                        case TrainSpec.Report r -> expr(r.every());
                        case TrainSpec.Stop st -> expr(st.condition());
                        case TrainSpec.Watch w -> w.plot().parts().forEach(this::expr);
                        case TrainSpec.Patience p -> expr(p.epochs());
                        case TrainSpec.ValidateOn v -> expr(v.data());
                        case TrainSpec.ValidateSplit v -> { expr(v.fraction()); optional(v.seed()); }
                        case TrainSpec.KeepBest k -> { }
                        case TrainSpec.Clip c -> expr(c.norm());
                        case TrainSpec.Dtype d -> { }
                    }
                }
            }
        }
    }
}
