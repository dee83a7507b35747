package nn.interp;

import java.util.List;
import nn.lang.ast.Expr;
import nn.lang.ast.Stmt;
import nn.lang.source.Span;

/** Lecture part 1 in the language: threshold units, perceptrons, gates, truth tables, learning rules. (Being wired.) */
final class LogicFeatures {
    private LogicFeatures() {}

    static void installBuiltins(Interpreter in) { }
    static void perceptron(Interpreter in, Stmt.PerceptronDecl p) { throw Pending.at(p.span(), "perceptron"); }
    static void gate(Interpreter in, Stmt.Gate g) { throw Pending.at(g.span(), "gate"); }
    static void truthtableStmt(Interpreter in, Stmt.TruthTableStmt t) { throw Pending.at(t.span(), "truthtable"); }
    static Value truthtable(Interpreter in, Expr.TruthTable t) { throw Pending.at(t.span(), "truthtable"); }
    static Value member(Interpreter in, Value.UnitV u, Expr.Member m) { throw Pending.at(m.span(), "unit fields"); }
    static Value call(Interpreter in, Value.UnitV u, List<Args.Given> given, Span at) { throw Pending.at(at, "calling a unit"); }
    /** train UNIT on DATA with RULE epochs N. */
    static Value trainWithRule(Interpreter in, Expr.Train t) { throw Pending.at(t.span(), "train with a rule"); }
}
