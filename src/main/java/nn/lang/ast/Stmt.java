package nn.lang.ast;

import java.util.List;
import nn.lang.source.Span;

/** Statements. Every node carries the span of its source text. */
public sealed interface Stmt {
    Span span();

    record Print(Span span, List<Expr> values) implements Stmt {}
    record Show(Span span, Expr value) implements Stmt {}
    record ExprStmt(Span span, Expr expr) implements Stmt {}
    record Assign(Span span, Expr target, Expr value) implements Stmt {}
    record MultiAssign(Span span, List<Expr> targets, Expr value) implements Stmt {}
    record If(Span span, Expr condition, List<Stmt> then, List<Stmt> otherwise) implements Stmt {}
    /** for v in a..b: whole numbers from a to b, both included. */
    record ForRange(Span span, Ident var, Expr from, Expr to, List<Stmt> body) implements Stmt {}
    /**
     * for v in collection (the rows of a matrix, the items of a list) or for x, t in dataset (each
     * example's input and target; {@code second} null when one name is given).
     */
    record ForEach(Span span, Ident var, Ident second, Expr over, List<Stmt> body) implements Stmt {}
    record While(Span span, Expr condition, List<Stmt> body) implements Stmt {}
    record Fn(Span span, Ident name, List<Ident> params, List<Stmt> body) implements Stmt {}
    record Return(Span span, Expr value) implements Stmt {}
    record Break(Span span) implements Stmt {}
    record Continue(Span span) implements Stmt {}
    record Precision(Span span, Expr digits) implements Stmt {}
    /** dtype float32 | float64: the number format of the networks declared after it. */
    record Dtype(Span span, Ident dtype) implements Stmt {}
    record Seed(Span span, Expr seed) implements Stmt {}
    record TraceSwitch(Span span, boolean on) implements Stmt {}
    record TraceExpr(Span span, Expr expr) implements Stmt {}
    record Backward(Span span, Expr loss) implements Stmt {}
    record Step(Span span, Expr network, Expr optimizer) implements Stmt {}
    record Explain(Span span, Expr expr) implements Stmt {}
    record GradCheck(Span span, Expr loss) implements Stmt {}
    record GraphTo(Span span, Expr loss, Expr file) implements Stmt {}
    record NetworkBlock(Span span, Ident name, List<LayerDecl> layers) implements Stmt {}
    /** dtype null: the script's (float64 unless a dtype statement said otherwise). */
    record NetworkChain(Span span, Ident name, List<Expr> stages, Ident dtype) implements Stmt {}
    record Unit(Span span, Ident name, Expr value) implements Stmt {}
    record PerceptronDecl(Span span, Ident name, List<Expr.Arg> args) implements Stmt {}
    record Gate(Span span, Ident name, List<Ident> inputs, Formula formula) implements Stmt {}
    record DatasetDecl(Span span, Ident name, Expr value) implements Stmt {}
    record TruthTableStmt(Span span, Expr target) implements Stmt {}
    /**
     * plot KIND what [on data] [from (x0, y0) to (x1, y1) | from a to b] [every N epochs] [name [=] value …]
     * [to "file.png"]. A one-number bound (plot curve f from -6 to 6) is a Point whose y is null;
     * {@code every} is null outside a train block's watched plot; options are in the order written.
     */
    record Plot(Span span, Ident kind, Expr subject, Expr data, Point from, Point to, List<PlotOption> options,
                Expr every, Expr file) implements Stmt {
        public Plot {
            options = List.copyOf(options);
        }

        /** Every expression in the statement, in source order (for the checker and the similarity index). */
        public List<Expr> parts() {
            List<Expr> out = new java.util.ArrayList<>();
            out.add(subject);
            if (data != null) out.add(data);
            for (Point p : from == null ? List.<Point>of() : List.of(from, to)) {
                out.add(p.x());
                if (p.y() != null) out.add(p.y());
            }
            if (every != null) out.add(every);
            for (PlotOption o : options) {
                if (o.value() != null) out.add(o.value());
                if (o.point() != null) { out.add(o.point().x()); out.add(o.point().y()); }
            }
            if (file != null) out.add(file);
            return out;
        }
    }
    /** A corner of a plot's region, (x, y); or one end of a curve's range, with y null. */
    record Point(Span span, Expr x, Expr y) {}
    /** A named plot option, {@code limit 25} or {@code shape = (28, 28)}: a value or a pair (the other null). */
    record PlotOption(Span span, Ident name, Expr value, Point point) {}
    record Save(Span span, Expr value, Expr file) implements Stmt {}
    /** {@code export NET to "f.onnx"}: the network as an ONNX model. */
    record Export(Span span, Expr value, Expr file) implements Stmt {}
    record Assert(Span span, Expr condition, Expr message) implements Stmt {}
    record Expect(Span span, Expr condition, Expr message) implements Stmt {}
    /** assignment "title" { settings }: the header of an assignment file for nn grade. */
    record Assignment(Span span, String title, AssignmentSettings settings) implements Stmt {}
    /**
     * [hidden] test "name" points P [partial] [timeout T] [visible after due|published] { body }.
     * timeout null: the assignment's. A test's body runs only under nn grade.
     */
    record Test(Span span, String name, Span nameSpan, boolean hidden, double points, boolean partial,
                java.time.Duration timeout, Visibility visibility, List<Stmt> body) implements Stmt {}
    /** score FRACTION inside a test: the share of the test's points earned (clamped to [0, 1]). */
    record Score(Span span, Expr value) implements Stmt {}

    /** Who sees a test's result: Gradescope's four visibilities. */
    enum Visibility { VISIBLE, HIDDEN, AFTER_DUE_DATE, AFTER_PUBLISHED }

    /** One line of a `network NAME { ... }` block. */
    sealed interface LayerDecl { Span span(); }
    record InputLayer(Span span, Expr size) implements LayerDecl {}
    /**
     * dense SIZE [ACTIVATION] [weights W] [bias b | nobias] [as NAME] [init I]; bias null and noBias false:
     * initialised; init null: the activation's default.
     */
    record DenseLayer(Span span, Expr size, Ident activation, Expr weights, Expr bias,
                      boolean noBias, Ident name, Expr init) implements LayerDecl {}
    /** dropout RATE: the layer above drops its outputs at RATE in training. */
    record DropoutLayer(Span span, Expr rate) implements LayerDecl {}
    /** dtype float32 | float64 inside a network block: that network's number format. */
    record DtypeLine(Span span, Ident dtype) implements LayerDecl {}
}
