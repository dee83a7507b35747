package nn.lang.syntax;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import nn.lang.ast.Expr;
import nn.lang.ast.Formula;
import nn.lang.ast.Ident;
import nn.lang.ast.Stmt;
import nn.lang.ast.TrainSpec;
import nn.lang.source.Diagnostic;
import nn.lang.source.SourceFile;
import nn.lang.source.Span;
import nn.lang.syntax.gen.NNParser;
import nn.lang.syntax.gen.NNParser.*;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import nn.tensor.decimal.DecimalParser;

/** The only class that sees ANTLR's parse-tree types: it turns them into AST records with spans. */
final class AstBuilder {
    private final SourceFile file;

    /** Added to every token offset: an f-string's hole is parsed on its own, at its place in the file. */
    private final int base;

    AstBuilder(SourceFile file) { this(file, 0); }

    AstBuilder(SourceFile file, int base) {
        this.file = file;
        this.base = base;
    }

    List<Stmt> program(ProgramContext ctx) { return stmts(ctx.stmt()); }

    private List<Stmt> stmts(List<StmtContext> list) {
        List<Stmt> out = new ArrayList<>(list.size());
        for (StmtContext s : list) out.add(stmt(s));
        return out;
    }

    private List<Stmt> block(BlockContext b) { return stmts(b.stmt()); }

    private Span span(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null ? ctx.getStart() : ctx.getStop();
        int end = stop.getType() == Token.EOF ? stop.getStartIndex() : stop.getStopIndex() + 1;
        return new Span(file, base + ctx.getStart().getStartIndex(), base + Math.max(end, ctx.getStart().getStartIndex()));
    }

    private Span span(Token t) { return new Span(file, base + t.getStartIndex(), base + t.getStopIndex() + 1); }

    private Stmt stmt(StmtContext ctx) {
        Span s = span(ctx);
        return switch (ctx) {
            case PrintStmtContext c -> new Stmt.Print(s, exprs(c.expr()));
            case ShowStmtContext c -> new Stmt.Show(s, expr(c.expr()));
            case IfStmtContext c -> new Stmt.If(s, expr(c.expr()), block(c.block(0)),
                    c.ifElse != null ? List.of(stmt(c.ifElse)) : c.elseBlock != null ? block(c.elseBlock) : List.of());
            case ForStmtContext c -> forStmt(s, c);
            case WhileStmtContext c -> new Stmt.While(s, expr(c.expr()), block(c.block()));
            case FnStmtContext c -> new Stmt.Fn(s, ident(c.name(0)), idents(c.name().subList(1, c.name().size())), block(c.block()));
            case ReturnStmtContext c -> new Stmt.Return(s, c.expr() == null ? null : expr(c.expr()));
            case BreakStmtContext c -> new Stmt.Break(s);
            case ContinueStmtContext c -> new Stmt.Continue(s);
            case PrecisionStmtContext c -> new Stmt.Precision(s, expr(c.expr()));
            case DtypeStmtContext c -> new Stmt.Dtype(s, ident(c.name()));
            case SeedStmtContext c -> new Stmt.Seed(s, expr(c.expr()));
            case TraceSwitchStmtContext c -> new Stmt.TraceSwitch(s, c.ON() != null);
            case TraceExprStmtContext c -> new Stmt.TraceExpr(s, expr(c.expr()));
            case BackwardStmtContext c -> new Stmt.Backward(s, expr(c.expr()));
            case StepStmtContext c -> new Stmt.Step(s, expr(c.expr(0)), expr(c.expr(1)));
            case ExplainStmtContext c -> new Stmt.Explain(s, expr(c.expr()));
            case GradcheckStmtContext c -> new Stmt.GradCheck(s, expr(c.expr()));
            case GraphStmtContext c -> new Stmt.GraphTo(s, expr(c.expr(0)), expr(c.expr(1)));
            case NetworkBlockStmtContext c -> new Stmt.NetworkBlock(s, ident(c.name()),
                    c.layerDecl().stream().map(this::layer).toList());
            case NetworkChainStmtContext c -> new Stmt.NetworkChain(s, ident(c.name(0)), exprs(c.expr()),
                    c.name().size() > 1 ? ident(c.name(1)) : null);
            case UnitStmtContext c -> new Stmt.Unit(s, ident(c.name()), expr(c.expr()));
            case PerceptronStmtContext c -> new Stmt.PerceptronDecl(s, ident(c.name()), args(c.args()));
            case GateStmtContext c -> new Stmt.Gate(s, ident(c.name(0)), idents(c.name().subList(1, c.name().size())), formula(c.formula()));
            case DatasetStmtContext c -> new Stmt.DatasetDecl(s, ident(c.name()), expr(c.expr()));
            case TruthtableStmtContext c -> new Stmt.TruthTableStmt(s, expr(c.expr()));
            case PlotStmtContext c -> plot(s, c.plotSpec());
            case SaveStmtContext c -> new Stmt.Save(s, expr(c.expr(0)), expr(c.expr(1)));
            case ExportStmtContext c -> new Stmt.Export(s, expr(c.expr(0)), expr(c.expr(1)));
            case AssertStmtContext c -> new Stmt.Assert(s, expr(c.expr(0)), c.expr().size() > 1 ? expr(c.expr(1)) : null);
            case ExpectStmtContext c -> new Stmt.Expect(s, expr(c.expr(0)), c.expr().size() > 1 ? expr(c.expr(1)) : null);
            case MultiAssignStmtContext c -> {
                List<Expr> all = exprs(c.expr());
                List<Expr> targets = all.subList(0, all.size() - 1);
                targets.forEach(this::checkAssignable);
                yield new Stmt.MultiAssign(s, List.copyOf(targets), all.get(all.size() - 1));
            }
            case AssignStmtContext c -> {
                Expr target = expr(c.expr(0));
                checkAssignable(target);
                yield new Stmt.Assign(s, target, expr(c.expr(1)));
            }
            case ExprStmtContext c -> new Stmt.ExprStmt(s, expr(c.expr()));
            case AssignmentStmtContext c -> assignment(s, c);
            case TestStmtContext c -> GradingHeaders.test(s, unescape(c.STRING().getSymbol()), span(c.STRING().getSymbol()),
                    c.HIDDEN_() != null, words(c.word()), block(c.block()));
            case ScoreStmtContext c -> new Stmt.Score(s, expr(c.expr()));
            default -> throw new IllegalStateException(Messages.t("internal.unhandled", ctx.getClass().getSimpleName()));
        };
    }

    private Stmt assignment(Span s, AssignmentStmtContext c) {
        nn.lang.ast.AssignmentSettings settings = nn.lang.ast.AssignmentSettings.none();
        for (SettingContext set : c.setting())
            settings = GradingHeaders.setting(settings, span(set), new GradingHeaders.Word(span(set.name()), set.name().getText(),
                    GradingHeaders.Kind.NAME), words(set.word()));
        return new Stmt.Assignment(s, unescape(c.STRING().getSymbol()), settings);
    }

    private List<GradingHeaders.Word> words(List<WordContext> list) {
        List<GradingHeaders.Word> out = new ArrayList<>(list.size());
        for (WordContext w : list) {
            Span at = span(w);
            if (w.NUMBER() != null) out.add(new GradingHeaders.Word(at, w.getText(), GradingHeaders.Kind.NUMBER));
            else if (w.STRING() != null) out.add(new GradingHeaders.Word(at, unescape(w.STRING().getSymbol()), GradingHeaders.Kind.STRING));
            else if (w.name() != null) out.add(new GradingHeaders.Word(at, w.getText(), GradingHeaders.Kind.NAME));
            else if (w.getText().equals("%")) out.add(new GradingHeaders.Word(at, "%", GradingHeaders.Kind.PERCENT));
            else throw GradingHeaders.error(at, Messages.t("lang.syntax.unexpected-character", Characters.describe(w.getText())), null);
        }
        return out;
    }

    private void checkAssignable(Expr target) {
        switch (target) {
            case Expr.Name n -> { }
            case Expr.Index i -> checkAssignable(i.target());
            case Expr.Member m -> checkAssignable(m.target());
            case Expr.Num n -> notAssignable(target);
            case Expr.Str st -> notAssignable(target);
            case Expr.FString f -> notAssignable(target);
            case Expr.Slice sl -> notAssignable(target);
            case Expr.Bool b -> notAssignable(target);
            case Expr.MatrixLit ml -> notAssignable(target);
            case Expr.DatasetLit dl -> notAssignable(target);
            case Expr.Unary u -> notAssignable(target);
            case Expr.Binary b -> notAssignable(target);
            case Expr.Approx a -> notAssignable(target);
            case Expr.Logical l -> notAssignable(target);
            case Expr.Not n -> notAssignable(target);
            case Expr.Call c -> notAssignable(target);
            case Expr.TruthTable t -> notAssignable(target);
            case Expr.Train t -> notAssignable(target);
        }
    }

    private static void notAssignable(Expr target) {
        throw new Diagnostic.Failure(Diagnostic.at(target.span(),
                Messages.t("lang.syntax.cannot-assign", describe(target)), Messages.t("lang.syntax.cannot-assign-hint")),
                Diagnostic.Kind.SYNTAX);
    }

    private static String describe(Expr e) {
        return switch (e) {
            case Expr.Call c -> Messages.t("lang.syntax.target-call");
            case Expr.Num n -> Messages.t("lang.syntax.target-number");
            case Expr.Str st -> Messages.t("lang.syntax.target-string");
            case Expr.Binary b -> Messages.t("lang.syntax.target-result", b.op().symbol());
            default -> Messages.t("lang.syntax.target-expression");
        };
    }

    private Stmt.Plot plot(Span s, PlotSpecContext c) {
        Expr subject = expr(c.expr(0));
        Expr data = c.ON() != null ? expr(c.expr(1)) : null;
        Stmt.Point from = null, to = null;
        if (c.FROM() != null) {
            from = bound(c.bound(0));
            to = bound(c.bound(1));
        }
        Expr every = null;
        List<Stmt.PlotOption> options = new ArrayList<>();
        for (PlotOptionContext o : c.plotOption()) {
            switch (o) {
                case EveryPlotOptionContext e -> {
                    if (every != null) throw new Diagnostic.Failure(Diagnostic.at(span(e), Messages.t("lang.syntax.every-twice")), Diagnostic.Kind.SYNTAX);
                    every = expr(e.expr());
                }
                case NamedPlotOptionContext n -> options.add(new Stmt.PlotOption(span(n), new Ident(span(n.ID().getSymbol()),
                        n.ID().getText()), n.expr() == null ? null : expr(n.expr()), n.point() == null ? null : point(n.point())));
                default -> throw new IllegalStateException(Messages.t("internal.unhandled", "plotOption"));
            }
        }
        Expr fileExpr = c.file == null ? null : expr(c.file);
        return new Stmt.Plot(s, ident(c.plotKind), subject, data, from, to, options, every, fileExpr);
    }

    private Stmt.Point bound(BoundContext b) {
        return b.point() != null ? point(b.point()) : new Stmt.Point(span(b), expr(b.expr()), null);
    }

    private Stmt.Point point(PointContext p) { return new Stmt.Point(span(p), expr(p.expr(0)), expr(p.expr(1))); }

    /**
     * {@code for v in a..b} or {@code for v[, w] in collection}. A range gives one number per step, so a
     * second name there is a mistake found before anything runs.
     */
    private Stmt forStmt(Span s, ForStmtContext c) {
        Ident var = ident(c.name(0));
        Ident second = c.name().size() > 1 ? ident(c.name(1)) : null;
        if (c.expr().size() == 1) return new Stmt.ForEach(s, var, second, expr(c.expr(0)), block(c.block()));
        if (second != null)
            throw new Diagnostic.Failure(Diagnostic.at(second.span(), Messages.t("lang.syntax.range-binds-one-name"),
                    Messages.t("lang.syntax.range-binds-one-name-hint", var.text(), span(c.expr(0)).text() + ".." + span(c.expr(1)).text())), Diagnostic.Kind.SYNTAX);
        return new Stmt.ForRange(s, var, expr(c.expr(0)), expr(c.expr(1)), block(c.block()));
    }

    private Ident ident(ParserRuleContext ctx) { return new Ident(span(ctx), ctx.getText()); }

    private List<Ident> idents(List<? extends ParserRuleContext> list) { return list.stream().map(this::ident).toList(); }

    private Stmt.LayerDecl layer(LayerDeclContext ctx) {
        Span s = span(ctx);
        return switch (ctx) {
            case InputLayerContext c -> new Stmt.InputLayer(s, expr(c.expr()));
            case DtypeLineContext c -> new Stmt.DtypeLine(s, ident(c.name()));
            case DenseLayerContext c -> {
                Expr weights = null, bias = null, init = null;
                boolean noBias = false;
                Ident name = null;
                for (LayerOptionContext o : c.layerOption()) {
                    switch (o) {
                        case WeightsOptionContext w -> weights = expr(w.expr());
                        case BiasOptionContext b -> bias = expr(b.expr());
                        case NobiasOptionContext n -> noBias = true;
                        case NameOptionContext n -> name = ident(n.name());
                        case InitOptionContext i -> init = expr(i.expr());
                        default -> throw new IllegalStateException(Messages.t("internal.unhandled", "layerOption"));
                    }
                }
                yield new Stmt.DenseLayer(s, expr(c.expr()), c.name() == null ? null : ident(c.name()), weights, bias, noBias, name, init);
            }
            case DropoutLayerContext c -> new Stmt.DropoutLayer(s, expr(c.expr()));
            default -> throw new IllegalStateException(Messages.t("internal.unhandled", ctx.getClass().getSimpleName()));
        };
    }

    private List<Expr> exprs(List<ExprContext> list) { return list.stream().map(this::expr).toList(); }

    private List<Expr.Arg> args(ArgsContext ctx) {
        if (ctx == null) return List.of();
        return ctx.arg().stream().map(a -> new Expr.Arg(span(a), a.name() == null ? null : ident(a.name()), expr(a.expr()))).toList();
    }

    Expr expr(ExprContext ctx) {
        Span s = span(ctx);
        return switch (ctx) {
            case CallExprContext c -> new Expr.Call(s, expr(c.expr()), args(c.args()));
            case IndexExprContext c -> new Expr.Index(s, expr(c.expr()), index(c.index(0)),
                    c.index().size() > 1 ? index(c.index(1)) : null, c.index().size() > 1);
            case MemberExprContext c -> new Expr.Member(s, expr(c.expr()), ident(c.name()));
            case PowExprContext c -> new Expr.Binary(s, Expr.BinaryOp.POW, expr(c.expr(0)), expr(c.expr(1)));
            case UnaryExprContext c -> c.op.getText().equals("-") && c.expr() instanceof NumberExprContext n
                    ? new Expr.Num(s, -number(n.NUMBER().getSymbol()))
                    : new Expr.Unary(s, c.op.getText().equals("-") ? Expr.UnaryOp.NEG : Expr.UnaryOp.PLUS, expr(c.expr()));
            case MulExprContext c -> binary(s, c.op, c.expr(0), c.expr(1));
            case AddExprContext c -> binary(s, c.op, c.expr(0), c.expr(1));
            case CompareExprContext c -> binary(s, c.op, c.expr(0), c.expr(1));
            case ApproxExprContext c -> new Expr.Approx(s, expr(c.expr(0)), expr(c.expr(1)),
                    c.expr().size() > 2 ? expr(c.expr(2)) : null);
            case NotExprContext c -> new Expr.Not(s, expr(c.expr()));
            case AndExprContext c -> new Expr.Logical(s, Expr.LogicalOp.AND, expr(c.expr(0)), expr(c.expr(1)));
            case OrExprContext c -> new Expr.Logical(s, Expr.LogicalOp.OR, expr(c.expr(0)), expr(c.expr(1)));
            case NumberExprContext c -> new Expr.Num(s, number(c.NUMBER().getSymbol()));
            case StringExprContext c -> new Expr.Str(s, unescape(c.STRING().getSymbol()));
            case FstringExprContext c -> FormattedStrings.build(file, base, c.FSTRING().getSymbol(), this::unescapeText);
            case BoolExprContext c -> new Expr.Bool(s, c.getText().equals("true"));
            case TruthtableExprContext c -> new Expr.TruthTable(s, expr(c.expr()), c.formula() == null ? null : formula(c.formula()));
            case TrainExprContext c -> new Expr.Train(s, new Expr.Name(span(c.name()), c.name().getText()), expr(c.expr()), trainSpec(c.trainSpec()));
            case MatrixExprContext c -> new Expr.MatrixLit(s, exprs(c.expr()));
            case DatasetExprContext c -> new Expr.DatasetLit(s, c.example().stream()
                    .map(e -> new Expr.Example(expr(e.expr(0)), expr(e.expr(1)))).toList());
            case ParenExprContext c -> expr(c.expr());
            case NameExprContext c -> new Expr.Name(s, c.getText());
            default -> throw new IllegalStateException(Messages.t("internal.unhandled", ctx.getClass().getSimpleName()));
        };
    }

    private Expr binary(Span s, Token op, ExprContext left, ExprContext right) {
        return new Expr.Binary(s, Expr.BinaryOp.of(op.getText()), expr(left), expr(right));
    }

    private Expr index(IndexContext ctx) {
        return switch (ctx) {
            case OneIndexContext c -> expr(c.expr());
            case SliceIndexContext c -> c.start == null && c.stop == null && c.step == null && c.getChildCount() == 1
                    ? null  // a lone ':' is the whole axis
                    : new Expr.Slice(span(c), c.start == null ? null : expr(c.start), c.stop == null ? null : expr(c.stop),
                            c.step == null ? null : expr(c.step));
            default -> throw new IllegalStateException(Messages.t("internal.unhandled", "index"));
        };
    }

    private TrainSpec trainSpec(TrainSpecContext ctx) {
        return switch (ctx) {
            case RuleTrainingContext c -> new TrainSpec.Rule(expr(c.expr(0)), expr(c.expr(1)));
            case BlockTrainingContext c -> new TrainSpec.Block(c.trainOption().stream().map(this::trainOption).toList());
            default -> throw new IllegalStateException(Messages.t("internal.unhandled", "training"));
        };
    }

    private TrainSpec.Option trainOption(TrainOptionContext ctx) {
        Span s = span(ctx);
        return switch (ctx) {
            case LossOptionContext c -> new TrainSpec.Loss(s, ident(c.name()));
            case OptimizerOptionContext c -> new TrainSpec.Optimizer(s, expr(c.expr()));
            case EpochsOptionContext c -> new TrainSpec.Epochs(s, expr(c.expr()));
            case FullBatchOptionContext c -> new TrainSpec.Batch(s, null);
            case BatchOptionContext c -> new TrainSpec.Batch(s, expr(c.expr()));
            case ShuffleOptionContext c -> new TrainSpec.Shuffle(s, expr(c.expr()));
            case NoShuffleOptionContext c -> new TrainSpec.Shuffle(s, null);
            case ReportOptionContext c -> new TrainSpec.Report(s, expr(c.expr()));
            case StopOptionContext c -> new TrainSpec.Stop(s, expr(c.expr()));
            case WatchOptionContext c -> new TrainSpec.Watch(s, plot(s, c.plotSpec()));
            case PatienceOptionContext c -> new TrainSpec.Patience(s, ident(c.monitor), expr(c.expr()), ident(c.unit));
            case ValidateOnOptionContext c -> new TrainSpec.ValidateOn(s, expr(c.expr()));
            case ValidateSplitOptionContext c -> new TrainSpec.ValidateSplit(s, expr(c.expr(0)), c.expr().size() > 1 ? expr(c.expr(1)) : null);
            case KeepBestOptionContext c -> new TrainSpec.KeepBest(s);
            case ClipOptionContext c -> new TrainSpec.Clip(s, expr(c.expr()));
            case DtypeOptionContext c -> new TrainSpec.Dtype(s, ident(c.name()));
            default -> throw new IllegalStateException(Messages.t("internal.unhandled", "trainOption"));
        };
    }

    private Formula formula(FormulaContext ctx) {
        Span s = span(ctx);
        return switch (ctx) {
            case ParenFormulaContext c -> formula(c.formula());
            case NotFormulaContext c -> new Formula.Not(s, formula(c.formula()));
            case AndFormulaContext c -> new Formula.Binary(s, Formula.Connective.AND, formula(c.formula(0)), formula(c.formula(1)));
            case XorFormulaContext c -> new Formula.Binary(s, Formula.Connective.XOR, formula(c.formula(0)), formula(c.formula(1)));
            case OrFormulaContext c -> new Formula.Binary(s, Formula.Connective.OR, formula(c.formula(0)), formula(c.formula(1)));
            case VarFormulaContext c -> new Formula.Var(s, c.getText());
            case ConstFormulaContext c -> {
                double v = number(c.NUMBER().getSymbol());
                if (v != 0 && v != 1) throw new Diagnostic.Failure(Diagnostic.at(s,
                        Messages.t("lang.syntax.formula-constant", c.getText())), Diagnostic.Kind.SYNTAX);
                yield new Formula.Const(s, v == 1);
            }
            default -> throw new IllegalStateException(Messages.t("internal.unhandled", "formula"));
        };
    }

    private static double number(Token t) { return DecimalParser.parseDouble(t.getText().replace("_", "")); }

    private String unescape(Token t) {
        return unescapeText(t.getText().substring(1, t.getText().length() - 1), base + t.getStartIndex() + 1);
    }

    /** The escapes of a string's text; {@code at} is the offset of its first character, for the error's place. */
    private String unescapeText(String raw, int at) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch != '\\') { out.append(ch); continue; }
            char next = raw.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                default -> throw new Diagnostic.Failure(Diagnostic.at(new Span(file, at + raw.codePointCount(0, i - 1), at + raw.codePointCount(0, i - 1) + 2),
                        Messages.t("lang.syntax.unknown-escape", "\\" + next), Messages.t("lang.syntax.unknown-escape-hint")), Diagnostic.Kind.SYNTAX);
            }
        }
        return out.toString();
    }

    @SuppressWarnings("unused")
    private static final int KEEP_PARSER_IMPORT = NNParser.NL;
}
