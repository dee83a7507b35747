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
    /** plot KIND what [on data] [from (x0, y0) to (x1, y1)] [to "file.png"]. */
    record Plot(Span span, Ident kind, Expr subject, Expr data, Point from, Point to, Expr file) implements Stmt {}
    /** A corner of a plot's region, (x, y). */
    record Point(Span span, Expr x, Expr y) {}
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
    /** dense SIZE [ACTIVATION] [weights W] [bias b | nobias] [as NAME]; bias null and noBias false: initialised. */
    record DenseLayer(Span span, Expr size, Ident activation, Expr weights, Expr bias,
                      boolean noBias, Ident name) implements LayerDecl {}
    /** dtype float32 | float64 inside a network block: that network's number format. */
    record DtypeLine(Span span, Ident dtype) implements LayerDecl {}
}
