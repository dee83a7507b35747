package nn.interp.lib.graph;

import nn.i18n.Messages;
import nn.interp.lib.Args;
import java.util.ArrayList;
import java.util.List;
import nn.graph.BackwardListener;
import nn.graph.Explain;
import nn.graph.GradCheck;
import nn.graph.Graph;
import nn.graph.GraphExport;
import nn.graph.Node;
import nn.graph.Ops;
import nn.lang.ast.Expr;
import nn.lang.ast.Stmt;
import nn.lang.source.Span;
import nn.model.Adam;
import nn.model.Momentum;
import nn.model.Optimizer;
import nn.model.Sgd;
import nn.tensor.Matrix;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;

/**
 * The computational graph in the language: tracked arithmetic, losses, {@code backward}, {@code step},
 * {@code explain}, {@code gradcheck} and {@code graph E to "file"}.
 */
public final class GraphFeatures {
    private GraphFeatures() {}

    /** Relative error above which gradcheck reports a mismatch. */
    private static final double GRADCHECK_TOLERANCE = 1e-6;

    public static Value tracked(Interpreter in, Node n) { return new Value.Tracked(n, in.updates); }

    /** A graph op's result: tracked if it depends on a parameter, else a plain matrix (or number if 1×1 from numbers). */
    public static Value result(Interpreter in, Node n) {
        in.trace.record(n);
        return n.requiresGrad() ? tracked(in, n) : new Value.Mat(n.value());
    }

    /** The graph node for an operand; a plain matrix becomes a constant, named after its variable when it has one. */
    public static Node node(Interpreter in, Value v, Expr source) {
        return switch (v) {
            case Value.Tracked t -> t.node();
            case Value.Mat m -> labelled(Node.constant(m.value()), source);
            case Value.Num n -> labelled(Node.constant(Matrix.scalar(n.value())), source);
            default -> throw new RuntimeError(source == null ? null : source.span(), Messages.t("graph.expected-matrix", v.describe()));
        };
    }

    private static Node labelled(Node n, Expr source) {
        if (source instanceof Expr.Name name) n.setLabel(name.name());
        return n;
    }

    // ---- statements ----

    public static void backward(Interpreter in, Stmt.Backward b) {
        Value v = in.eval(b.loss());
        in.trace.flush(in, b);  // the forward pass's trace lines come before the gradients'
        if (!(v instanceof Value.Tracked t))
            throw new RuntimeError(b.loss().span(), Messages.t("graph.backward-needs-parameters", v.describe()),
                    Messages.t("graph.backward-needs-parameters-hint"));
        Node root = t.node();
        if (!root.value().isScalar())
            throw new RuntimeError(b.loss().span(), Messages.t("graph.backward-needs-number", root.value().shape()),
                    Messages.t("graph.backward-needs-number-hint"));
        if (root.label() == null && b.loss() instanceof Expr.Name n) root.setLabel(n.name());
        Graph.zeroGrad(Graph.params(root));
        BackwardListener listener = in.trace.active() ? (node, i, contribution, formula) -> {
            Node input = node.inputs().get(i);
            String name = BackwardListener.NONE.gradName(root, input);
            in.output.line(name + " = " + formula + " = " + in.format.matrix(contribution), b.span());
        } : BackwardListener.NONE;
        Graph.backward(root, listener);
    }

    public static void step(Interpreter in, Stmt.Step s) {
        Value target = in.eval(s.network());
        // A step's update is float64 arithmetic: on a float32 network it would leave weights float32 cannot hold.
        if (target instanceof Value.NetworkV n && n.network().dtype() == nn.model.DType.FLOAT32)
            throw new RuntimeError(s.network().span(), Messages.t("graph.step-float32-network", n.network().name()),
                    Messages.t("graph.step-float32-network-hint"));
        List<Node> params = params(in, target, s.network().span());
        Value o = in.eval(s.optimizer());
        if (!(o instanceof Value.OptimizerV opt))
            throw new RuntimeError(s.optimizer().span(), Messages.t("graph.step-needs-optimizer", o.describe()));
        if (params.stream().allMatch(p -> p.grad() == null))
            throw new RuntimeError(s.span(), Messages.t("graph.no-gradients"), Messages.t("graph.no-gradients-hint"));
        Optimizer optimizer = opt.optimizer();
        optimizer.step(params, in.trace.active()
                ? (param, before, after) -> in.output.line((param.label() == null ? Messages.t("graph.unnamed-parameter") : param.label()) + ": "
                        + in.format.matrix(before) + " → " + in.format.matrix(after), s.span())
                : nn.model.StepListener.NONE);
        in.updates++;
    }

    /** The parameters of a network, a parameter, or a list of them. */
    static List<Node> params(Interpreter in, Value v, Span at) {
        List<Node> out = new ArrayList<>();
        switch (v) {
            case Value.NetworkV n -> out.addAll(n.network().params());
            case Value.LayerV l -> out.addAll(l.layer().params());
            case Value.Tracked t when t.node().isParam() -> out.add(t.node());
            case Value.ListV l -> { for (Value item : l.items()) out.addAll(params(in, item, at)); }
            default -> throw new RuntimeError(at, Messages.t("graph.step-needs-parameters", v.describe()));
        }
        return out;
    }

    public static void explain(Interpreter in, Stmt.Explain e) {
        if (!(e.expr() instanceof Expr.Binary b) || b.op() != Expr.BinaryOp.MATMUL)
            throw new RuntimeError(e.expr().span(), Messages.t("graph.explain-needs-product"));
        Matrix x = in.matrixOf(Value.plain(in.eval(b.left())), b.left().span(), Messages.t("graph.left-side"));
        Matrix y = in.matrixOf(Value.plain(in.eval(b.right())), b.right().span(), Messages.t("graph.right-side"));
        if (x.size() * y.cols() > 400)
            throw new RuntimeError(e.expr().span(), Messages.t("graph.explain-too-big", x.size() * y.cols()));
        String name = b.span().text();
        for (Explain.Element el : Explain.product(x, y))
            // Explain counts from 1 as in mathematics; the label is written as nn indexes, from 0. The factors
            // are exact and only the result follows precision, so "2 × 0.11 + 3 × 0.21 = 0.9" reads as rounding.
            in.output.line("(" + name + ")[" + (el.row() - 1) + ", " + (el.col() - 1) + "] = " + el.expansion() + " = "
                    + in.format.number(el.value()), e.span());
    }

    public static void gradcheck(Interpreter in, Stmt.GradCheck g) {
        Value v = in.eval(g.loss());
        in.trace.flush(in, g);
        if (!(v instanceof Value.Tracked t))
            throw new RuntimeError(g.loss().span(), Messages.t("graph.gradcheck-needs-parameters", v.describe()));
        GradCheck.Result r = GradCheck.check(t.node());
        for (GradCheck.ParamResult p : r.params())
            in.output.line("  " + Messages.t("graph.gradcheck-parameter", p.name(), in.format.number(p.maxRelativeError())), g.span());
        boolean ok = r.maxRelativeError() < GRADCHECK_TOLERANCE;
        String largest = in.format.number(r.maxRelativeError());
        in.output.line(ok ? Messages.t("graph.gradcheck-agree", largest) : Messages.t("graph.gradcheck-mismatch", largest), g.span());
    }

    public static void graphTo(Interpreter in, Stmt.GraphTo g) {
        Value v = in.eval(g.loss());
        in.trace.flush(in, g);
        if (!(v instanceof Value.Tracked t))
            throw new RuntimeError(g.loss().span(), Messages.t("graph.graph-needs-parameters", v.describe()));
        if (t.node().label() == null && g.loss() instanceof Expr.Name n) t.node().setLabel(n.name());
        Value f = in.eval(g.file());
        if (!(f instanceof Value.Str name)) throw new RuntimeError(g.file().span(), Messages.t("graph.file-name-not-string"));
        if (!name.value().endsWith(".dot") && !name.value().endsWith(".svg"))
            throw new RuntimeError(g.file().span(), Messages.t("graph.file-not-dot-or-svg", name.value()));
        GraphExport.export(t.node(), in.sandbox.forWriting(name.value()));
        in.output.line(Messages.t("graph.wrote", name.value()), g.span());
    }
}
