package nn.interp;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import nn.lang.ast.Expr;
import nn.lang.ast.Ident;
import nn.lang.check.Names;
import nn.lang.ast.Stmt;
import nn.lang.source.Span;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import nn.tensor.ShapeException;
import nn.error.UserError;
import nn.interp.lib.Args;
import nn.interp.lib.Builtin;
import nn.interp.lib.Param;
import nn.interp.lib.Registry;
import nn.interp.lib.Type;
import nn.interp.lib.data.DataFeatures;
import nn.interp.lib.files.OnnxFeatures;
import nn.interp.lib.files.SaveLoad;
import nn.interp.lib.graph.GraphFeatures;
import nn.interp.lib.matrices.Arith;
import nn.interp.lib.matrices.Indexing;
import nn.interp.lib.matrices.MatrixLiterals;
import nn.interp.lib.networks.NetworkFeatures;
import nn.interp.lib.plot.PlotFeatures;
import nn.interp.lib.train.TrainFeatures;
import nn.interp.lib.units.LogicFeatures;

/**
 * Walks the AST. Statements run in {@link #exec}; expressions evaluate in {@link #eval}. Every error
 * leaves as a {@link RuntimeError} carrying the span of the innermost expression that failed: the
 * libraries' {@link UserError}s (and the tensor engine's {@link ShapeException}) become runtime errors
 * in {@link #located}, the one place they are caught. Any other exception is a bug in nn and escapes,
 * to be reported as an internal error at the statement that was running ({@link #runningStatement}).
 */
public final class Interpreter {
    final Environment globals = new Environment(null);
    public final Budget budget;
    public final Output output;
    public final Format format = new Format();
    public final Arith arith;
    public final Sandbox sandbox;
    public Rng rng = new Rng(0);
    /** The dtype networks get when their declaration names none; set by a dtype statement (see NetworkFeatures). */
    public nn.model.DType dtype = nn.model.DType.FLOAT64;
    /** Where the script's dtype was last set, for errors that it causes; null while it is the default. */
    public nn.lang.source.Span dtypeAt;
    public final Tracing trace = new Tracing();
    /** Optimizer steps (and weight assignments) so far: tracked values computed before the latest are stale. */
    public long updates;
    /** In the REPL a bare expression echoes its value; in a script only print and show print. */
    boolean echo;
    private Environment env = globals;
    /** The grading test whose body is running (nn grade), or null: then expect stops the run like assert. */
    TestRecord test;

    public Interpreter(Budget budget, Output output, Sandbox sandbox) {
        this.budget = budget;
        budget.measureLiveWith(this::liveBytes);
        this.output = output;
        this.sandbox = sandbox;
        this.arith = new Arith(budget);
        installBuiltins();
    }

    /** Binds every registered builtin as a global. */
    private void installBuiltins() {
        for (Builtin b : Registry.standard().all()) globals.define(b.name(), new Value.Builtin(b));
    }

    public Environment globals() { return globals; }

    /** The checker's view of every global still bound to a builtin (a name the user rebinds is no longer checked as one). */
    public java.util.Map<String, nn.lang.check.Signature> builtinSignatures() {
        java.util.Map<String, nn.lang.check.Signature> out = new java.util.HashMap<>();
        for (String name : globals.names())
            if (globals.lookup(name) instanceof Value.Builtin b && b.name().equals(name)) out.put(name, Registry.signature(b.def()));
        return out;
    }
    public Sandbox sandbox() { return sandbox; }
    public Output output() { return output; }
    public Format format() { return format; }
    public Budget budget() { return budget; }

    /** Rebinds a name where it lives (append(xs, v) changes xs, even an outer one from inside a function). */
    public void rebind(Expr.Name name, Value value) {
        if (env.lookup(name.name()) == null) throw new RuntimeError(name.span(), Messages.t("lang.check.undefined-name", name.name()));
        env.rebind(name.name(), value);
    }
    /** The run's seeded generator ({@code seed N} replaces it). */
    public Rng rng() { return rng; }
    public void setEcho(boolean on) { echo = on; }

    /** Clears every user definition (the REPL's :reset), keeping builtins. */
    public void reset() {
        globals.clear();
        installBuiltins();
        format.setPrecision(4);
        rng = new Rng(0);
    }

    /** Starts the random stream afresh, so each grading test sees the same numbers on every run. */
    public void reseed(long seed) { rng = new Rng(seed); }

    /**
     * Runs a grading test's body at the top level: expects record their outcome in the returned record and
     * go on; a failed assert is recorded and ends the body (its RuntimeError leaves as usual).
     */
    public TestRecord runTest(List<Stmt> body, TestRecord record) {
        test = record;
        try {
            run(body);
            return record;
        } finally {
            test = null;
        }
    }

    public void run(List<Stmt> program) {
        env = globals;
        output.setPlace(null);
        try {
            for (Stmt s : program) exec(s);
        } catch (Signals.Return r) {
            throw new RuntimeError(Messages.t("lang.check.return-outside-function"));
        } finally {
            output.flush();
        }
    }

    void execAll(List<Stmt> body) {
        for (Stmt s : body) exec(s);
    }

    public void exec(Stmt stmt) {
        budget.step(stmt.span());
        // Left pointing at the failing statement when an exception escapes: that is where an internal error is shown.
        Span outer = output.place();
        output.setPlace(stmt.span());
        try {
            execUnchecked(stmt);
            trace.flush(this, stmt);
        } catch (RuntimeError e) {
            throw e.at(stmt.span());
        } catch (UserError | ShapeException e) {
            throw located(e, stmt.span());
        } catch (OutOfMemoryError e) {
            throw new RuntimeError(stmt.span(), Messages.t("interp.budget.heap-exhausted", Budget.bytes(nn.platform.Heap.current().max())),
                    budget.heapHint());
        } catch (RuntimeException e) {
            // In the browser a value larger than JavaScript can make (a string past V8's 2^29 characters, an array
            // the browser cannot allocate) is a JavaScript RangeError, not an OutOfMemoryError: the memory budget's
            // message, not an internal error.
            String message = String.valueOf(e.getMessage());
            if (nn.platform.Browser.isBrowser() && message.contains("RangeError") && (message.contains("string length")
                    || message.contains("allocation failed") || message.contains("array length")))
                throw new RuntimeError(stmt.span(), Messages.t("interp.budget.page-exhausted"),
                        Messages.t("interp.budget.memory-held-hint.page"));
            throw e;
        }
        output.setPlace(outer);
    }

    /** The statement that was running when the last exception escaped (or is running now); null before any. */
    public Span runningStatement() { return output.place(); }

    /** A library's report of the user's mistake, as a runtime error at the expression or statement that failed. */
    private static RuntimeError located(RuntimeException e, Span at) {
        String hint = e instanceof UserError u ? u.hint() : null;
        return new RuntimeError(at, e.getMessage(), hint);
    }

    private void execUnchecked(Stmt stmt) {
        switch (stmt) {
            case Stmt.Print p -> {
                List<String> parts = new ArrayList<>();
                for (Expr e : p.values()) parts.add(printed(eval(e)));
                output.line(format.printLine(parts), p.span());
            }
            case Stmt.Show s -> {
                Value v = Value.plain(eval(s.value()));
                String text = v instanceof Value.Mat m ? format.table(m.value()) : format.value(v) + "\n";
                output.text(text, s.span());
            }
            case Stmt.ExprStmt e -> {
                Value v = eval(e.expr());
                if (echo && v != Value.Nothing.INSTANCE && !(e.expr() instanceof Expr.Train))
                    output.result(printed(v), e.span());
            }
            case Stmt.Assign a -> assign(a.target(), eval(a.value()));
            case Stmt.MultiAssign m -> multiAssign(m);
            case Stmt.If i -> execAll(truth(eval(i.condition()), i.condition().span()) ? i.then() : i.otherwise());
            case Stmt.While w -> {
                try {
                    while (truth(eval(w.condition()), w.condition().span())) {
                        budget.step(w.span());
                        try { execAll(w.body()); } catch (Signals.Continue c) { /* next iteration */ }
                    }
                } catch (Signals.Break b) { /* loop ends */ }
            }
            case Stmt.ForRange f -> Loops.range(this, f);
            case Stmt.ForEach f -> Loops.each(this, f);
            case Stmt.Fn f -> {
                List<String> params = f.params().stream().map(Ident::text).toList();
                define(f.name().text(), new Value.Fn(f.name().text(), params, f.body(), env, FunctionLocals.of(params, f.body())));
            }
            case Stmt.Return r -> throw new Signals.Return(r.value() == null ? Value.Nothing.INSTANCE : eval(r.value()));
            case Stmt.Break b -> throw new Signals.Break();
            case Stmt.Continue c -> throw new Signals.Continue();
            case Stmt.Precision p -> {
                double d = number(eval(p.digits()), p.digits().span(), Messages.t("interp.what.precision"));
                if (d != Math.rint(d) || d < 0 || d > 15)
                    throw new RuntimeError(p.digits().span(), Messages.t("interp.precision-range", format.number(d)));
                format.setPrecision((int) d);
            }
            case Stmt.Dtype d -> NetworkFeatures.dtypeStatement(this, d);
            case Stmt.Seed s -> {
                double d = number(eval(s.seed()), s.seed().span(), Messages.t("interp.what.seed"));
                if (d != Math.rint(d)) throw new RuntimeError(s.seed().span(), Messages.t("interp.seed-whole", format.number(d)));
                rng = new Rng((long) d);
            }
            case Stmt.Assert a -> Checks.assertion(this, a);
            case Stmt.Expect e -> Checks.expectation(this, e);
            case Stmt.TraceSwitch t -> trace.set(t.on());
            case Stmt.TraceExpr t -> {
                trace.force(true);
                try {
                    Value v = eval(t.expr());
                    trace.flush(this, t);
                    if (!(v instanceof Value.Tracked)) output.line(t.expr().span().text() + " = " + format.value(v), t.span());
                } finally {
                    trace.force(false);
                }
            }
            case Stmt.Backward b -> GraphFeatures.backward(this, b);
            case Stmt.Step s -> GraphFeatures.step(this, s);
            case Stmt.Explain e -> GraphFeatures.explain(this, e);
            case Stmt.GradCheck g -> GraphFeatures.gradcheck(this, g);
            case Stmt.GraphTo g -> GraphFeatures.graphTo(this, g);
            case Stmt.NetworkBlock n -> NetworkFeatures.networkBlock(this, n);
            case Stmt.NetworkChain n -> NetworkFeatures.networkChain(this, n);
            case Stmt.Unit u -> {
                NetworkFeatures.requireFloat64(this, u.span(), Messages.t("interp.what.unit", u.name().text()));
                LogicFeatures.unit(this, u);
            }
            case Stmt.PerceptronDecl p -> {
                NetworkFeatures.requireFloat64(this, p.span(), Messages.t("interp.what.perceptron", p.name().text()));
                LogicFeatures.perceptron(this, p);
            }
            case Stmt.Gate g -> {
                NetworkFeatures.requireFloat64(this, g.span(), Messages.t("interp.what.gate", g.name().text()));
                LogicFeatures.gate(this, g);
            }
            case Stmt.DatasetDecl d -> DataFeatures.declare(this, d);
            case Stmt.TruthTableStmt t -> LogicFeatures.truthtableStmt(this, t);
            case Stmt.Plot p -> PlotFeatures.plot(this, p);
            case Stmt.Save s -> SaveLoad.save(this, s);
            case Stmt.Export e -> OnnxFeatures.export(this, e);
            case Stmt.Assignment a -> { }  // read by nn grade; a plain run has nothing to do
            case Stmt.Test t -> output.warn(t.span(), Messages.t("interp.test-skipped", t.name(), t.span().file().name()));
            case Stmt.Score s -> {
                if (test == null) throw new RuntimeError(s.span(), Messages.t("interp.score-outside-test"));
                double v = number(eval(s.value()), s.value().span(), Messages.t("interp.what.score"));
                test.score(Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v)));
            }
        }
    }

    private void multiAssign(Stmt.MultiAssign m) {
        Value v = eval(m.value());
        if (!(v instanceof Value.ListV list))
            throw new RuntimeError(m.value().span(), Messages.t("interp.cannot-unpack", v.describe(), m.targets().size()),
                    Messages.t("interp.cannot-unpack-hint", m.targets().size()));
        if (list.items().size() != m.targets().size())
            throw new RuntimeError(m.value().span(), Messages.t("interp.cannot-unpack-values", list.items().size(), m.targets().size()));
        for (int i = 0; i < list.items().size(); i++) assign(m.targets().get(i), list.items().get(i));
    }

    void assign(Expr target, Value value) {
        switch (target) {
            case Expr.Name n -> define(n.name(), value);
            case Expr.Index i -> assign(i.target(), Indexing.set(this, eval(i.target()), i, value));
            case Expr.Member m -> Features.setMember(this, m, value);
            default -> throw new RuntimeError(target.span(), Messages.t("lang.syntax.cannot-assign", Messages.t("lang.syntax.target-expression")));
        }
    }

    /** Binds a name in the current scope; an unnamed graph node takes the name, so traces can use it. */
    public void define(String name, Value value) {
        if (value instanceof Value.Tracked t && t.node().label() == null) t.node().setLabel(name);
        env.define(name, value);
    }

    public Value globalsOrLocal(String name) { return env.lookup(name); }

    /** How print shows a value; a loss computed before the latest update says so. */
    private String printed(Value v) {
        String text = format.value(v);
        if (v instanceof Value.Tracked t && t.version() < updates && !t.node().isParam())
            return Messages.t("interp.computed-before-update", text);
        return text;
    }

    public boolean truth(Value v, Span at) {
        if (v instanceof Value.Bool b) return b.value();
        if (v instanceof Value.VerdictV d) return d.holds();
        if (v instanceof Value.Mat m && m.value().isScalar()) return m.value().item() != 0;
        throw new RuntimeError(at, Messages.t("interp.condition-not-bool", v.describe()),
                v instanceof Value.Num ? Messages.t("interp.condition-number-hint") : v instanceof Value.Mat ? Messages.t("interp.condition-matrix-hint") : null);
    }

    public double number(Value v, Span at, String what) {
        if (v instanceof Value.Num n) return n.value();
        if (v instanceof Value.Mat m && m.value().isScalar()) return m.value().item();
        throw new RuntimeError(at, Messages.t("interp.must-be-number", what, v.describe()));
    }

    public Value eval(Expr expr) {
        try {
            return evalUnchecked(expr);
        } catch (RuntimeError e) {
            throw e.at(expr.span());
        } catch (UserError | ShapeException e) {
            throw located(e, expr.span());
        }
    }

    private Value evalUnchecked(Expr expr) {
        return switch (expr) {
            case Expr.Num n -> new Value.Num(n.value());
            case Expr.Str s -> new Value.Str(s.value());
            case Expr.Bool b -> new Value.Bool(b.value());
            case Expr.Name n -> lookup(n);
            case Expr.MatrixLit m -> MatrixLiterals.build(this, m);
            case Expr.Unary u -> {
                Value v = eval(u.operand());
                yield switch (u.op()) {
                    case PLUS -> v;
                    case NEG -> arith.negate(this, v);
                };
            }
            case Expr.Binary b -> Features.binary(this, b.op(), eval(b.left()), eval(b.right()), b);
            case Expr.Approx a -> {
                double tol = a.tolerance() == null ? 1e-9 : number(eval(a.tolerance()), a.tolerance().span(), Messages.t("interp.what.tolerance"));
                yield new Value.Bool(arith.approx(Value.plain(eval(a.left())), Value.plain(eval(a.right())), tol));
            }
            case Expr.Logical l -> {
                boolean left = truth(eval(l.left()), l.left().span());
                boolean decided = switch (l.op()) {
                    case AND -> !left;
                    case OR -> left;
                };
                if (decided) yield new Value.Bool(left);
                yield new Value.Bool(truth(eval(l.right()), l.right().span()));
            }
            case Expr.Not n -> new Value.Bool(!truth(eval(n.operand()), n.operand().span()));
            case Expr.Call c -> call(c);
            case Expr.Index i -> Indexing.get(this, eval(i.target()), i);
            case Expr.FString f -> nn.interp.lib.text.TextLib.fstring(this, f);
            case Expr.Slice sl -> throw new RuntimeError(sl.span(), Messages.t("interp.slice-outside-index"));
            case Expr.Member m -> Features.member(this, eval(m.target()), m);
            case Expr.DatasetLit d -> DataFeatures.datasetLiteral(this, d);
            case Expr.TruthTable t -> LogicFeatures.truthtable(this, t);
            case Expr.Train t -> TrainFeatures.train(this, t);
        };
    }

    private Value lookup(Expr.Name n) {
        Value v = env.lookup(n.name());
        if (v == null) throw new RuntimeError(n.span(), Messages.t("lang.check.undefined-name", Names.quoted(n.name())), Names.suggest(n.name(), visibleNames()));
        return v;
    }

    List<String> visibleNames() {
        List<String> out = new ArrayList<>();
        for (Environment e = env; e != null; e = e.parent()) out.addAll(e.names());
        return out;
    }

    private Value call(Expr.Call c) {
        // x.mean(), xs.append(3), opt.step(), net.fit(…): a method call, which nn writes as a function call or a statement.
        Value callee = c.callee() instanceof Expr.Member m ? Fields.getToCall(this, eval(m.target()), m, c) : eval(c.callee());
        List<Args.Given> given = new ArrayList<>(c.args().size());
        for (Expr.Arg a : c.args()) given.add(new Args.Given(a.keyword(), eval(a.value()), a.span(), a.value()));
        return callValue(callee, given, c.span());
    }

    public Value callValue(Value callee, List<Args.Given> given, Span at) {
        budget.step(at);
        return switch (callee) {
            case Value.Fn f -> callFunction(f, given, at);
            case Value.Builtin b -> b.def().impl().call(this, Args.bind(b.name(), b.def().params(), Registry.usage(b.def()), given, at));
            default -> Features.callObject(this, callee, given, at);
        };
    }

    /** The scopes of the function calls running now, innermost last: with the globals, what the session holds. */
    private final java.util.ArrayList<Environment> frames = new java.util.ArrayList<>();

    /** The bytes the session's variables hold (the memory budget's measure where no heap can be measured). */
    private long liveBytes() {
        java.util.ArrayList<Environment> roots = new java.util.ArrayList<>(frames);
        roots.add(globals);
        roots.add(env);
        return LiveValues.of(roots);
    }

    private Value callFunction(Value.Fn f, List<Args.Given> given, Span at) {
        List<Param> params = f.params().stream().map(p -> Param.of(p, Type.ANY)).toList();
        Args args = Args.bind(f.name(), params, f.name() + "(" + String.join(", ", f.params()) + ")", given, at);
        Environment local = new Environment(f.closure(), f.name(), f.locals());
        for (String p : f.params()) local.define(p, args.value(p));
        Environment saved = env;
        budget.enter(at);
        env = local;
        frames.add(local);
        try {
            execAll(f.body());
            return Value.Nothing.INSTANCE;
        } catch (Signals.Return r) {
            return r.value;
        } catch (RuntimeError e) {
            throw e.withNote(Messages.t("interp.called-at", f.name(), at.where()));
        } catch (Signals.Break | Signals.Continue s) {
            throw new RuntimeError(at, Messages.t("interp.break-outside-loop-in", f.name()));
        } catch (StackOverflowError so) {
            throw new RuntimeError(at, Messages.t("interp.budget.stack-exhausted"), budget.stackHint());
        } finally {
            frames.remove(frames.size() - 1);
            env = saved;
            budget.leave();
        }
    }

    /** Charges the memory budget for an r×c matrix about to be created. */
    public void allocate(long rows, long cols, Span at) {
        budget.allocate(rows * cols, Messages.t("interp.what.matrix", rows + "×" + cols), at);
    }

    /** Charges the memory budget for {@code bytes} of something else about to be held ({@code what}: "the text of net.json"). */
    public void allocateBytes(long bytes, String what, Span at) {
        budget.allocate((bytes + 7) / 8, what, at);
    }

    /** Charges the memory budget for a forward pass of {@code net} over {@code rows} rows (run in chunks of at most 4096). */
    public void chargeForward(nn.model.Network net, long rows, Span at) {
        long units = net.inputSize();
        for (var layer : net.layers()) units += layer.units();
        allocate(Math.min(rows, 4096), units, at);
        allocate(rows, net.outputSize(), at);
    }

    public Matrix matrixOf(Value v, Span at, String what) {
        return switch (v) {
            case Value.Mat m -> m.value();
            case Value.Num n -> Matrix.scalar(n.value());
            case Value.ListV l when Value.numbersAsRow(l) != null -> Value.numbersAsRow(l);
            default -> throw new RuntimeError(at, Messages.t("interp.must-be-matrix", what, v.describe()));
        };
    }
}
