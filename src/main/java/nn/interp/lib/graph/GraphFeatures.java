package nn.interp.lib.graph;

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
            default -> throw new RuntimeError(source == null ? null : source.span(), "expected a matrix, got " + v.describe());
        };
    }

    private static Node labelled(Node n, Expr source) {
        if (source instanceof Expr.Name name) n.setLabel(name.name());
        return n;
    }

    public static boolean involvesGraph(Value a, Value b) { return a instanceof Value.Tracked || b instanceof Value.Tracked; }

    public static Value binary(Interpreter in, String op, Value a, Value b, Expr.Binary at) {
        Node x = node(in, a, at.left()), y = node(in, b, at.right());
        Node out = switch (op) {
            case "+" -> Ops.add(x, y);
            case "-" -> Ops.sub(x, y);
            case "*" -> Ops.mul(x, y);
            case "/" -> Ops.div(x, y);
            case "@" -> Ops.matmul(x, y);
            case "^" -> Ops.pow(x, y);
            default -> null;
        };
        if (out == null) return in.arith.binary(op, Value.plain(a), Value.plain(b));
        return result(in, out);
    }

    // ---- statements ----

    public static void backward(Interpreter in, Stmt.Backward b) {
        Value v = in.eval(b.loss());
        in.trace.flush(in, b);  // the forward pass's trace lines come before the gradients'
        if (!(v instanceof Value.Tracked t))
            throw new RuntimeError(b.loss().span(), "backward needs a value computed from parameters, got " + v.describe(),
                    "make weights trainable with param(...) or use a network's output");
        Node root = t.node();
        if (!root.value().isScalar())
            throw new RuntimeError(b.loss().span(), "backward needs a single number (a loss), got a " + root.value().shape() + " matrix",
                    "reduce it first, e.g. sum(...), mean(...) or a loss like mse(prediction, target)");
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
        List<Node> params = params(in, in.eval(s.network()), s.network().span());
        Value o = in.eval(s.optimizer());
        if (!(o instanceof Value.OptimizerV opt))
            throw new RuntimeError(s.optimizer().span(), "step needs an optimizer like sgd(lr = 0.1), got " + o.describe());
        if (params.stream().allMatch(p -> p.grad() == null))
            throw new RuntimeError(s.span(), "no gradients to step with", "run backward on a loss first");
        Optimizer optimizer = opt.optimizer();
        optimizer.step(params, in.trace.active()
                ? (param, before, after) -> in.output.line((param.label() == null ? "parameter" : param.label()) + ": "
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
            default -> throw new RuntimeError(at, "step needs a network or parameters, got " + v.describe());
        }
        return out;
    }

    public static void explain(Interpreter in, Stmt.Explain e) {
        if (!(e.expr() instanceof Expr.Binary b) || b.op() != Expr.BinaryOp.MATMUL)
            throw new RuntimeError(e.expr().span(), "explain spells out a matrix product; write explain A @ B");
        Matrix x = in.matrixOf(Value.plain(in.eval(b.left())), b.left().span(), "the left side");
        Matrix y = in.matrixOf(Value.plain(in.eval(b.right())), b.right().span(), "the right side");
        if (x.size() * y.cols() > 400)
            throw new RuntimeError(e.expr().span(), "explain is for small products (at most 400 multiplications), this one has "
                    + (x.size() * y.cols()));
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
            throw new RuntimeError(g.loss().span(), "gradcheck needs a loss computed from parameters, got " + v.describe());
        GradCheck.Result r = GradCheck.check(t.node());
        for (GradCheck.ParamResult p : r.params())
            in.output.line("  " + p.name() + ": max relative error " + in.format.number(p.maxRelativeError()), g.span());
        boolean ok = r.maxRelativeError() < GRADCHECK_TOLERANCE;
        in.output.line("gradcheck: largest relative error " + in.format.number(r.maxRelativeError())
                + (ok ? " (analytic and numeric gradients agree)"
                        : " — MISMATCH: the analytic and numeric gradients differ (a wrong gradient, or a kink such as relu at 0)"), g.span());
    }

    public static void graphTo(Interpreter in, Stmt.GraphTo g) {
        Value v = in.eval(g.loss());
        in.trace.flush(in, g);
        if (!(v instanceof Value.Tracked t))
            throw new RuntimeError(g.loss().span(), "graph draws a value computed from parameters, got " + v.describe());
        if (t.node().label() == null && g.loss() instanceof Expr.Name n) t.node().setLabel(n.name());
        Value f = in.eval(g.file());
        if (!(f instanceof Value.Str name)) throw new RuntimeError(g.file().span(), "the file name must be a string");
        if (!name.value().endsWith(".dot") && !name.value().endsWith(".svg"))
            throw new RuntimeError(g.file().span(), "graph writes .dot or .svg files, got " + name.value());
        GraphExport.export(t.node(), in.sandbox.forWriting(name.value()));
        in.output.line("wrote " + name.value(), g.span());
    }
}
