package nn.lang.ast;

import nn.i18n.Messages;
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
    record Unary(Span span, UnaryOp op, Expr operand) implements Expr {}
    record Binary(Span span, BinaryOp op, Expr left, Expr right) implements Expr {}
    /** a ~= b within tol (tol null: the default tolerance). */
    record Approx(Span span, Expr left, Expr right, Expr tolerance) implements Expr {}
    record Logical(Span span, LogicalOp op, Expr left, Expr right) implements Expr {}
    record Not(Span span, Expr operand) implements Expr {}
    record Call(Span span, Expr callee, List<Arg> args) implements Expr {}
    /** A call argument, named (lr = 0.1) or positional (name null). */
    record Arg(Span span, Ident name, Expr value) {
        /** The keyword's text, or null for a positional argument. */
        public String keyword() { return name == null ? null : name.text(); }
    }
    /** f"loss = {E:.4f}": text and holes in order; its value is a string. */
    record FString(Span span, List<FPart> parts) implements Expr {}
    /** A piece of an f-string: literal text, or an expression with its format spec ("" when none). */
    sealed interface FPart {}
    record FText(String text) implements FPart {}
    /** {@code label} is the source text and '=' of a {x=} hole (Python's self-documenting form), else "". */
    record FHole(Span span, Expr value, String spec, String label) implements FPart {}
    /** start:stop:step as an index (each part may be null, as in Python); only an Index holds one. */
    record Slice(Span span, Expr start, Expr stop, Expr step) implements Expr {}
    /** m[i], m[i, j]; an index that is null stands for ':' (the whole axis); either may be a {@link Slice}. */
    record Index(Span span, Expr target, Expr row, Expr col, boolean twoIndices) implements Expr {}
    /** target.field, e.g. W.T, net.hidden.weights. */
    record Member(Span span, Expr target, Ident field) implements Expr {
        /** The field's name as written. */
        public String name() { return field.text(); }
    }
    record TruthTable(Span span, Expr arg, Formula formula) implements Expr {}
    record Train(Span span, Name network, Expr data, TrainSpec spec) implements Expr {}

    /** The prefix operators. */
    enum UnaryOp {
        NEG("-"), PLUS("+");

        private final String symbol;
        UnaryOp(String symbol) { this.symbol = symbol; }
        public String symbol() { return symbol; }
    }

    /** The infix operators that compute a value, as the language spells them. */
    enum BinaryOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), MATMUL("@"), POW("^"),
        LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!=");

        private final String symbol;
        BinaryOp(String symbol) { this.symbol = symbol; }
        public String symbol() { return symbol; }

        /** True for the six comparisons, which give true/false (elementwise 1/0 on matrices). */
        public boolean isComparison() {
            return switch (this) {
                case LT, LE, GT, GE, EQ, NE -> true;
                case ADD, SUB, MUL, DIV, MATMUL, POW -> false;
            };
        }

        /** The operator spelled {@code symbol}; the parser only produces these spellings. */
        public static BinaryOp of(String symbol) {
            for (BinaryOp op : values()) if (op.symbol.equals(symbol)) return op;
            throw new IllegalArgumentException(Messages.t("internal.not-binary-operator", symbol));
        }
    }

    /** {@code and}, {@code or}: they evaluate their right side only when the left does not decide. */
    enum LogicalOp {
        AND("and"), OR("or");

        private final String word;
        LogicalOp(String word) { this.word = word; }
        public String word() { return word; }
    }
}
