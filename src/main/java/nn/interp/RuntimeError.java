package nn.interp;

import nn.lang.source.Diagnostic;
import nn.lang.source.Span;

/**
 * An error while running: a sentence for the user, optionally a hint, and the span it is about.
 * Code far from the AST may throw it without a span; the interpreter fills in the span of the
 * expression being evaluated.
 */
public final class RuntimeError extends RuntimeException {
    private final Span span;
    private final String hint;

    public RuntimeError(String message) { this(null, message, null); }
    public RuntimeError(String message, String hint) { this(null, message, hint); }
    public RuntimeError(Span span, String message) { this(span, message, null); }

    public RuntimeError(Span span, String message, String hint) {
        super(message, null, false, false);
        this.span = span;
        this.hint = hint;
    }

    public Span span() { return span; }
    public String hint() { return hint; }
    public RuntimeError at(Span s) { return span != null ? this : new RuntimeError(s, getMessage(), hint); }

    public Diagnostic toDiagnostic() { return Diagnostic.at(span, getMessage(), hint); }
}
