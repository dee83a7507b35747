package nn.lang.check;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nn.lang.ast.Expr;
import nn.lang.ast.Ident;
import nn.lang.ast.Stmt;
import nn.lang.ast.TrainSpec;
import nn.lang.source.Diagnostic;

/**
 * Static checks before anything runs: names that are never defined (with "did you mean"), and
 * return / break / continue where they cannot work. A name counts as defined if the program assigns
 * it anywhere, binds it as a loop variable or parameter, or it is already known (builtins, REPL state).
 */
public final class Resolver {
    /** Names a train block's stop condition may use; the training loop binds them. */
    private static final Set<String> TRAINING_NAMES = Set.of("loss", "epoch", "accuracy", "val_loss", "val_accuracy", "lr");

    /** The words a dense layer line accepts as its activation. */
    private static final List<String> ACTIVATIONS = List.of("step", "sigmoid", "tanh", "relu", "linear", "softmax",
            "leaky_relu", "elu", "softplus", "gelu");
    /** The number formats a dtype line may name (nn.model.DType's words). */
    static final List<String> DTYPES = List.of("float64", "float32");

    private void dtype(Ident d) {
        if (!DTYPES.contains(d.text()))
            errors.add(Diagnostic.at(d.span(), Messages.t("lang.check.unknown-dtype", d.text()),
                    Names.suggest(d.text(), DTYPES)));
    }

    private final Set<String> defined = new HashSet<>();
    private final List<Diagnostic> errors = new ArrayList<>();
    private final Set<String> known;
    private final Map<String, Signature> builtins;
    /** Inside a train block's stop condition: an unknown name gets the names it may use. */
    private boolean inStopCondition;
    /** Inside a grading test: its names come from the submission, unknown until it has run. */
    private boolean inTest;
    private final java.util.Map<String, Stmt.Test> tests = new java.util.HashMap<>();
    private Stmt.Assignment assignment;
    /** How many statement lists enclose the statement being checked: 1 at the top level. */
    private int depth;

    private Resolver(Set<String> known, Map<String, Signature> builtins) {
        this.known = known;
        this.builtins = builtins;
    }

    /** As {@link #check(List, Set, Map)} with no builtin signatures to check calls against. */
    public static void check(List<Stmt> program, Set<String> known) { check(program, known, Map.of()); }

    /**
     * Throws {@link Diagnostic.Failure} (kind SYNTAX: a check error, exit status 65) listing every problem
     * found: undefined names, misplaced return / break / continue, and calls of {@code builtins} (by the
     * names they are bound to) with too many arguments, unknown or repeated keywords, or a required one missing.
     */
    public static void check(List<Stmt> program, Set<String> known, Map<String, Signature> builtins) {
        Resolver r = new Resolver(known, builtins);
        r.defined.addAll(Definitions.of(program, true));
        r.stmts(program, false, false);
        if (!r.errors.isEmpty()) throw new Diagnostic.Failure(r.errors, Diagnostic.Kind.SYNTAX);
    }

    private void stmts(List<Stmt> body, boolean inFunction, boolean inLoop) {
        depth++;
        for (Stmt s : body) stmt(s, inFunction, inLoop);
        depth--;
    }

    /** assignment, test and score: where each may stand, one title, test names unique. */
    private void grading(Stmt s, boolean inFn) {
        switch (s) {
            case Stmt.Assignment a -> {
                if (depth > 1 || inTest) errors.add(Diagnostic.at(a.span(), Messages.t("lang.check.assignment-nested")));
                else if (assignment != null) errors.add(Diagnostic.at(a.span(), Messages.t("lang.check.assignment-twice", assignment.span().where())));
                else assignment = a;
            }
            case Stmt.Test t -> {
                if (depth > 1 || inTest) {
                    errors.add(Diagnostic.at(t.span(), Messages.t("lang.check.test-nested")));
                    return;
                }
                Stmt.Test earlier = tests.putIfAbsent(t.name(), t);
                if (earlier != null) errors.add(Diagnostic.at(t.nameSpan(), Messages.t("lang.check.test-twice", t.name(), earlier.span().where()),
                        Messages.t("lang.check.test-twice-hint")));
                inTest = true;
                stmts(t.body(), false, false);
                inTest = false;
            }
            case Stmt.Score sc -> {
                if (!inTest || inFn) errors.add(Diagnostic.at(sc.span(), Messages.t("lang.check.score-outside-test"),
                        Messages.t("lang.check.score-outside-test-hint")));
                expr(sc.value());
            }
            default -> throw new IllegalStateException(Messages.t("internal.not-grading-statement"));
        }
    }

    private void stmt(Stmt s, boolean inFn, boolean inLoop) {
        switch (s) {
            case Stmt.Print p -> p.values().forEach(this::expr);
            case Stmt.Show sh -> expr(sh.value());
            case Stmt.ExprStmt e -> expr(e.expr());
            case Stmt.Assign a -> { if (!(a.target() instanceof Expr.Name)) expr(a.target()); expr(a.value()); }
            case Stmt.MultiAssign m -> expr(m.value());
            case Stmt.If i -> { expr(i.condition()); stmts(i.then(), inFn, inLoop); stmts(i.otherwise(), inFn, inLoop); }
            case Stmt.ForRange f -> { expr(f.from()); expr(f.to()); stmts(f.body(), inFn, true); }
            case Stmt.ForEach f -> { expr(f.over()); stmts(f.body(), inFn, true); }
            case Stmt.While w -> { expr(w.condition()); stmts(w.body(), inFn, true); }
            case Stmt.Fn f -> stmts(f.body(), true, false);
            case Stmt.Return r -> {
                if (!inFn) errors.add(Diagnostic.at(r.span(), Messages.t("lang.check.return-outside-function")));
                if (r.value() != null) expr(r.value());
            }
            case Stmt.Break b -> { if (!inLoop) errors.add(Diagnostic.at(b.span(), Messages.t("lang.check.break-outside-loop"))); }
            case Stmt.Continue c -> { if (!inLoop) errors.add(Diagnostic.at(c.span(), Messages.t("lang.check.continue-outside-loop"))); }
            case Stmt.Precision p -> expr(p.digits());
            case Stmt.Dtype d -> dtype(d.dtype());
            case Stmt.Seed sd -> expr(sd.seed());
            case Stmt.TraceSwitch t -> { }
            case Stmt.TraceExpr t -> expr(t.expr());
            case Stmt.Backward b -> expr(b.loss());
            case Stmt.Step st -> { expr(st.network()); expr(st.optimizer()); }
            case Stmt.Explain e -> expr(e.expr());
            case Stmt.GradCheck g -> expr(g.loss());
            case Stmt.GraphTo g -> { expr(g.loss()); expr(g.file()); }
            case Stmt.NetworkBlock n -> n.layers().forEach(l -> {
                switch (l) {
                    case Stmt.InputLayer i -> expr(i.size());
                    case Stmt.DropoutLayer d -> expr(d.rate());
                    case Stmt.DtypeLine d -> dtype(d.dtype());
                    case Stmt.DenseLayer d -> {
                        expr(d.size());
                        optional(d.weights());
                        optional(d.bias());
                        optional(d.init());
                        if (d.activation() != null && !ACTIVATIONS.contains(d.activation().text()))
                            errors.add(Diagnostic.at(d.activation().span(), Messages.t("lang.check.unknown-activation", d.activation().text(), String.join(", ", ACTIVATIONS)), Names.suggest(d.activation().text(), ACTIVATIONS)));
                    }
                }
            });
            case Stmt.NetworkChain n -> {
                n.stages().forEach(this::stage);
                if (n.dtype() != null) dtype(n.dtype());
            }
            case Stmt.Unit u -> expr(u.value());
            case Stmt.PerceptronDecl p -> {
                p.args().forEach(a -> expr(a.value()));
                Signature sig = builtins.get("perceptron");
                if (sig != null) arguments(sig, p.args(), p.span());
            }
            case Stmt.Gate g -> { }
            case Stmt.DatasetDecl d -> expr(d.value());
            case Stmt.TruthTableStmt t -> expr(t.target());
            case Stmt.Plot p -> p.parts().forEach(this::expr);
            case Stmt.Save sv -> { expr(sv.value()); expr(sv.file()); }
            case Stmt.Export ex -> { expr(ex.value()); expr(ex.file()); }
            case Stmt.Assert a -> { expr(a.condition()); optional(a.message()); }
            case Stmt.Expect e -> { expr(e.condition()); optional(e.message()); }
            case Stmt.Assignment a -> grading(a, inFn);
            case Stmt.Test t -> grading(t, inFn);
            case Stmt.Score sc -> grading(sc, inFn);
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
            case Expr.Name n -> {
                if (!inTest && !defined.contains(n.name()) && !known.contains(n.name()))
                    errors.add(Diagnostic.at(n.span(), Messages.t("lang.check.undefined-name", Names.quoted(n.name())), suggest(n.name(), known, defined)));
            }
            case Expr.MatrixLit m -> m.elements().forEach(this::expr);
            case Expr.DatasetLit d -> d.examples().forEach(x -> { expr(x.input()); expr(x.target()); });
            case Expr.Unary u -> expr(u.operand());
            case Expr.Binary b -> { expr(b.left()); expr(b.right()); }
            case Expr.Approx a -> { expr(a.left()); expr(a.right()); optional(a.tolerance()); }
            case Expr.Logical l -> { expr(l.left()); expr(l.right()); }
            case Expr.Not n -> expr(n.operand());
            case Expr.Call c -> {
                // plot(h.loss): plot is a statement; the hint writes the call's argument in the statement's form.
                if (c.callee() instanceof Expr.Name n && n.name().equals("plot") && !inTest && !defined.contains("plot")
                        && !known.contains("plot")) {
                    String subject = c.args().size() == 1 && c.args().get(0).name() == null ? c.args().get(0).value().span().text() : "h";
                    errors.add(Diagnostic.at(n.span(), Messages.t("lang.check.undefined-name", "plot"),
                            Messages.t("lang.habit.plot-call", subject)));
                } else expr(c.callee());
                c.args().forEach(a -> expr(a.value()));
                // A builtin's name the program never rebinds still means the builtin here.
                if (c.callee() instanceof Expr.Name n && !defined.contains(n.name()) && builtins.containsKey(n.name()))
                    arguments(builtins.get(n.name()), c.args(), c.span());
            }
            case Expr.Index i -> { expr(i.target()); optional(i.row()); optional(i.col()); }
            case Expr.Member m -> expr(m.target());
            case Expr.TruthTable t -> expr(t.arg());
            case Expr.Train t -> {
                expr(t.network());
                expr(t.data());
                trainSpec(t.spec());
            }
        }
    }

    /** The arguments of a call of {@code sig}, matched as the interpreter will: positional first, then by name. */
    private void arguments(Signature sig, List<Expr.Arg> args, nn.lang.source.Span call) {
        String usage = Messages.t("lang.check.call-it-as", sig.usage());
        Set<String> given = new HashSet<>();
        int position = 0, count = args.size();
        for (Expr.Arg a : args) {
            String key;
            if (a.name() == null) {
                if (position >= sig.positional()) {
                    if (sig.variadic()) continue;
                    errors.add(Diagnostic.at(a.span(), Messages.t("lang.check.too-many-arguments", sig.name(), sig.positional(), count), usage));
                    return;
                }
                key = sig.params().get(position++);
            } else {
                key = a.name().text();
                if (!sig.params().contains(key)) {
                    String near = Names.suggest(key, sig.params());
                    errors.add(Diagnostic.at(a.span(), Messages.t("lang.check.no-such-parameter", sig.name(), Names.quoted(key)),
                            near != null ? Messages.t("lang.check.suggestion-and-usage", near, usage) : usage));
                    continue;
                }
            }
            if (!given.add(key)) errors.add(Diagnostic.at(a.span(), Messages.t("lang.check.argument-twice", key, sig.name())));
        }
        for (int i = 0; i < sig.params().size(); i++)
            if (sig.required().get(i) && !given.contains(sig.params().get(i))) {
                errors.add(Diagnostic.at(call, Messages.t("lang.check.missing-argument", sig.name(), sig.params().get(i)), usage));
                return;
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
                        case TrainSpec.Report rp -> expr(rp.every());
                        case TrainSpec.Patience p -> expr(p.epochs());
                        case TrainSpec.ValidateOn v -> expr(v.data());
                        case TrainSpec.ValidateSplit v -> { expr(v.fraction()); optional(v.seed()); }
                        case TrainSpec.KeepBest k -> { }
                        case TrainSpec.Clip c -> expr(c.norm());
                        case TrainSpec.Dtype d -> dtype(d.dtype());
                        case TrainSpec.Stop st -> {
                            Set<String> added = new HashSet<>(TRAINING_NAMES);
                            added.removeAll(defined);
                            defined.addAll(added);
                            inStopCondition = true;
                            expr(st.condition());
                            inStopCondition = false;
                            defined.removeAll(added);
                        }
                        case TrainSpec.Watch w -> w.plot().parts().forEach(this::expr);
                    }
                }
            }
        }
    }

    /**
     * A stage of a network chain: {@code dense(2, sigmiod)} says "unknown activation" with the
     * activations' names, as the block form does, rather than "undefined name".
     */
    private void stage(Expr e) {
        if (e instanceof Expr.Call c && c.callee() instanceof Expr.Name callee && callee.name().equals("dense")
                && !defined.contains("dense")) {
            for (int i = 0; i < c.args().size(); i++) {
                Expr.Arg a = c.args().get(i);
                boolean activation = a.name() == null ? i == 1 : a.name().text().equals("activation");
                if (activation && a.value() instanceof Expr.Name n && !defined.contains(n.name()) && !known.contains(n.name())) {
                    errors.add(Diagnostic.at(n.span(), Messages.t("lang.check.unknown-activation", Names.quoted(n.name()), String.join(", ", ACTIVATIONS)), Names.suggest(n.name(), ACTIVATIONS)));
                    List<Expr.Arg> others = new ArrayList<>(c.args());
                    others.remove(i);
                    expr(new Expr.Call(c.span(), c.callee(), others));
                    return;
                }
            }
        }
        expr(e);
    }

    private String suggest(String name, Set<String> known, Set<String> defined) {
        if (inStopCondition) {
            String near = Names.suggest(name, TRAINING_NAMES);
            if (name.equals("acc")) near = Messages.t("lang.check.did-you-mean", "accuracy");
            String names = String.join(", ", TRAINING_NAMES.stream().sorted().toList());
            return near != null ? Messages.t("lang.check.stop-condition-names-near", names, near)
                    : Messages.t("lang.check.stop-condition-names", names);
        }
        String habit = switch (name) {
            case "range" -> Messages.t("lang.habit.range");
            case "np", "numpy", "torch" -> Messages.t("lang.habit.numpy");
            case "None", "null", "nil" -> Messages.t("lang.habit.null");
            case "True", "TRUE" -> Messages.t("lang.check.did-you-mean", "true");
            case "False", "FALSE" -> Messages.t("lang.check.did-you-mean", "false");
            case "plot" -> Messages.t("lang.habit.plot-call", "h");
            case "self", "this" -> Messages.t("lang.habit.self");
            case "help" -> Messages.t("lang.habit.help");
            case "quit", "exit" -> Messages.t("lang.habit.quit");
            case "dtype" -> Messages.t("lang.habit.dtype");
            default -> null;
        };
        return habit != null ? habit : Names.suggestAmong(name, List.of(known, defined));
    }
}
