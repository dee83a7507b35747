package nn.lang.ast;

import nn.lang.source.Span;

/** Boolean formulas of gates and truth tables: ! & ^ | over named inputs and the constants 0 and 1. */
public sealed interface Formula {
    Span span();

    record Var(Span span, String name) implements Formula {}
    record Const(Span span, boolean value) implements Formula {}
    record Not(Span span, Formula operand) implements Formula {}
    record Binary(Span span, Connective op, Formula left, Formula right) implements Formula {}

    /** The binary connectives, tightest first: & binds tighter than ^, which binds tighter than |. */
    enum Connective {
        AND('&'), XOR('^'), OR('|');

        private final char symbol;
        Connective(char symbol) { this.symbol = symbol; }
        public char symbol() { return symbol; }
    }
}
