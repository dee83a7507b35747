package nn.lang.ast;

import java.util.List;
import nn.lang.source.Span;

/** Expressions. Every node carries the span of its source text. */
public sealed interface Expr {
    Span span();

    record Num(Span span, double value) implements Expr {}
    record Str(Span span, String value) implements Expr {}
    record Bool(Span span, boolean value) implements Expr {}
    record Name(Span span, String name) implements Expr {}
    /** [a, b] is a row; [[..], [..]] stacks rows; elements that are not numbers make a list. */
    record MatrixLit(Span span, List<Expr> elements) implements Expr {}
    record DatasetLit(Span span, List<Example> examples) implements Expr {}
    record Example(Expr input, Expr target) {}
    record Unary(Span span, String op, Expr operand) implements Expr {}
    record Binary(Span span, String op, Expr left, Expr right) implements Expr {}
    /** a ~= b within tol (tol null: the default tolerance). */
    record Approx(Span span, Expr left, Expr right, Expr tolerance) implements Expr {}
    record Logical(Span span, String op, Expr left, Expr right) implements Expr {}
    record Not(Span span, Expr operand) implements Expr {}
    record Call(Span span, Expr callee, List<Arg> args) implements Expr {}
    /** A call argument, named (lr = 0.1) or positional (name null). */
    record Arg(Span span, String name, Expr value) {}
    /** m[i], m[i, j]; an index that is null stands for ':' (the whole axis). */
    record Index(Span span, Expr target, Expr row, Expr col, boolean twoIndices) implements Expr {}
    record Member(Span span, Expr target, String name) implements Expr {}
    record TruthTable(Span span, Expr arg, Formula formula) implements Expr {}
    record Train(Span span, Name network, Expr data, TrainSpec spec) implements Expr {}
}
