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
    /** for v in a..b (to non-null) or for v[, w] in collection (rows of a matrix or dataset). */
    record For(Span span, String var, String second, Expr from, Expr to, List<Stmt> body) implements Stmt {}
    record While(Span span, Expr condition, List<Stmt> body) implements Stmt {}
    record Fn(Span span, String name, List<String> params, List<Stmt> body) implements Stmt {}
    record Return(Span span, Expr value) implements Stmt {}
    record Break(Span span) implements Stmt {}
    record Continue(Span span) implements Stmt {}
    record Precision(Span span, Expr digits) implements Stmt {}
    record Seed(Span span, Expr seed) implements Stmt {}
    record TraceSwitch(Span span, boolean on) implements Stmt {}
    record TraceExpr(Span span, Expr expr) implements Stmt {}
    record Backward(Span span, Expr loss) implements Stmt {}
    record Step(Span span, Expr network, Expr optimizer) implements Stmt {}
    record Explain(Span span, Expr expr) implements Stmt {}
    record GradCheck(Span span, Expr loss) implements Stmt {}
    record GraphTo(Span span, Expr loss, Expr file) implements Stmt {}
    record NetworkBlock(Span span, String name, List<LayerDecl> layers) implements Stmt {}
    record NetworkChain(Span span, String name, List<Expr> stages) implements Stmt {}
    record Unit(Span span, String name, Expr value) implements Stmt {}
    record PerceptronDecl(Span span, String name, List<Expr.Arg> args) implements Stmt {}
    record Gate(Span span, String name, List<String> inputs, Formula formula) implements Stmt {}
    record DatasetDecl(Span span, String name, Expr value) implements Stmt {}
    record TruthTableStmt(Span span, Expr target) implements Stmt {}
    /** plot KIND what [on data] [from (x0, y0) to (x1, y1)] [to "file.png"]. */
    record Plot(Span span, String kind, Span kindSpan, Expr subject, Expr data, Expr[] from, Expr[] to, Expr file) implements Stmt {}
    record Save(Span span, Expr value, Expr file) implements Stmt {}
    /** {@code export NET to "f.onnx"}: the network as an ONNX model. */
    record Export(Span span, Expr value, Expr file) implements Stmt {}
    record Assert(Span span, Expr condition, Expr message) implements Stmt {}
    record Expect(Span span, Expr condition, Expr message) implements Stmt {}

    /** One line of a `network NAME { ... }` block. */
    sealed interface LayerDecl { Span span(); }
    record InputLayer(Span span, Expr size) implements LayerDecl {}
    /** dense SIZE [ACTIVATION] [weights W] [bias b | nobias] [as NAME]; bias null and noBias false: initialised. */
    record DenseLayer(Span span, Expr size, String activation, Span activationSpan, Expr weights, Expr bias,
                      boolean noBias, String name) implements LayerDecl {}
}
