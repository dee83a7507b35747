package nn.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import nn.lang.ast.Expr;
import nn.lang.ast.Formula;
import nn.lang.ast.Ident;
import nn.lang.ast.Stmt;
import nn.lang.ast.TrainSpec;
import nn.lang.source.SourceFile;
import nn.lang.source.Span;
import org.junit.jupiter.api.Test;

/** The AST the parser builds: operators as enums, both kinds of for, plot corners as points, names with their spans. */
class AstShapeTest {
    private static List<Stmt> parse(String text) { return Parsers.parse(new SourceFile("t.nn", text)); }
    private static Stmt one(String text) { return parse(text).get(0); }
    private static Expr value(String text) { return ((Stmt.Assign) one("x = " + text)).value(); }
    private static String at(Span s) { return s.line() + ":" + s.column() + " " + s.text(); }
    private static String at(Ident id) { return at(id.span()); }

    @Test void operatorsAreEnumsWithTheirSpelling() {
        Expr.Binary sum = (Expr.Binary) value("a + b * c");
        assertEquals(Expr.BinaryOp.ADD, sum.op());
        assertEquals(Expr.BinaryOp.MUL, ((Expr.Binary) sum.right()).op());
        assertEquals(Expr.BinaryOp.MATMUL, ((Expr.Binary) value("x @ W")).op());
        assertEquals(Expr.BinaryOp.POW, ((Expr.Binary) value("a ^ 2")).op());
        Expr.Binary le = (Expr.Binary) value("a <= b");
        assertEquals(Expr.BinaryOp.LE, le.op());
        assertEquals(true, le.op().isComparison());
        assertEquals(false, Expr.BinaryOp.SUB.isComparison());
        for (Expr.BinaryOp op : Expr.BinaryOp.values()) assertEquals(op, Expr.BinaryOp.of(op.symbol()));
        assertEquals(Expr.UnaryOp.NEG, ((Expr.Unary) value("-a")).op());
        assertEquals(Expr.UnaryOp.PLUS, ((Expr.Unary) value("+a")).op());
        assertEquals(Expr.LogicalOp.OR, ((Expr.Logical) value("a or b")).op());
        Stmt.Gate g = (Stmt.Gate) one("gate g(a, b, c) = a | b & c ^ a");
        assertEquals(Formula.Connective.OR, ((Formula.Binary) g.formula()).op());
    }

    @Test void aRangeAndACollectionAreDifferentLoops() {
        Stmt.ForRange r = assertInstanceOf(Stmt.ForRange.class, one("for i in 0..n { }"));
        assertEquals("1:5 i", at(r.var()));
        assertEquals("n", r.to().span().text());
        Stmt.ForEach e = assertInstanceOf(Stmt.ForEach.class, one("for x, t in data { }"));
        assertEquals("1:8 t", at(e.second()));
        assertEquals("data", e.over().span().text());
        assertNull(assertInstanceOf(Stmt.ForEach.class, one("for row in M { }")).second());
    }

    @Test void aPlotsCornersArePoints() {
        Stmt.Plot p = (Stmt.Plot) one("plot regions u from (0, -1) to (2, 3)");
        assertEquals("1:6 regions", at(p.kind()));
        assertEquals("1:21 (0, -1)", at(p.from().span()));
        assertEquals("-1", p.from().y().span().text());
        assertEquals("3", p.to().y().span().text());
        assertNull(((Stmt.Plot) one("plot loss h")).from());
    }

    @Test void declaredNamesCarryTheirSpans() {
        Stmt.Fn f = (Stmt.Fn) one("fn area(w, h) { return w * h }");
        assertEquals("1:4 area", at(f.name()));
        assertEquals(List.of("1:9 w", "1:12 h"), f.params().stream().map(AstShapeTest::at).toList());
        Stmt.Gate g = (Stmt.Gate) one("gate nand(a, b) = !(a & b)");
        assertEquals(List.of("1:11 a", "1:14 b"), g.inputs().stream().map(AstShapeTest::at).toList());
        Stmt.NetworkBlock n = (Stmt.NetworkBlock) parse("network net {\n  input 2\n  dense 3 tanh as hidden\n}").get(0);
        Stmt.DenseLayer d = (Stmt.DenseLayer) n.layers().get(1);
        assertEquals("1:9 net", at(n.name()));
        assertEquals("3:11 tanh", at(d.activation()));
        assertEquals("3:19 hidden", at(d.name()));
        Expr.Member m = (Expr.Member) value("net.hidden");
        assertEquals("1:9 hidden", at(m.field()));
        Expr.Call c = (Expr.Call) value("sgd(lr = 0.1)");
        assertEquals("1:9 lr", at(c.args().get(0).name()));
        assertEquals("lr", c.args().get(0).keyword());
        Expr.Train t = (Expr.Train) value("train net on d { loss mse }");
        TrainSpec.Loss loss = (TrainSpec.Loss) ((TrainSpec.Block) t.spec()).options().get(0);
        assertEquals("1:27 mse", at(loss.name()));
    }
    @Test void aDatasetLiteralEndsAnExpressionSoItsStatementGoesOn() {
        Stmt.Plot p = (Stmt.Plot) one("plot boundary n on { [0, 0] -> 0; [1, 1] -> 1 } from (0, 0) to (1, 1) to \"f.png\"");
        assertInstanceOf(Expr.DatasetLit.class, p.data());
        assertEquals("\"f.png\"", p.file().span().text());
        assertEquals("1", p.to().x().span().text());
        Expr.Train t = (Expr.Train) value("train n on { [0] -> 1 } { epochs 5 }");
        assertInstanceOf(TrainSpec.Block.class, t.spec());
        assertInstanceOf(Expr.DatasetLit.class, assertInstanceOf(Stmt.ForEach.class, one("for x, y in { [0] -> 1 } { print y }")).over());
        // A block's brace still ends its statement as a newline would.
        assertEquals(2, parse("if true { x = 1 } print 2").size());
        assertEquals(2, parse("while false { } x = { [0] -> 1 }").size());
    }
}
