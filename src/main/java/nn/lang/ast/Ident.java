package nn.lang.ast;

import nn.lang.source.Span;

/**
 * A name where the program introduces or selects one — a declared function, parameter, loop variable,
 * network, field or keyword — with its own span, so a message about the name points at the name.
 * (A name used as a value is an {@link Expr.Name}.)
 */
public record Ident(Span span, String text) {
    @Override public String toString() { return text; }
}
