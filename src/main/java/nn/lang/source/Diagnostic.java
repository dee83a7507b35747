package nn.lang.source;

/**
 * One user-facing error: a message with the span it is about and an optional hint. Rendered by
 * {@link DiagnosticPrinter} as {@code file:line:col: error: message}, the source line, a caret and the hint.
 */
public record Diagnostic(Span span, String message, String hint, String preformatted, java.util.List<String> notes) {
    public enum Kind { USAGE, SYNTAX, RUNTIME }

    public static Diagnostic at(Span span, String message) { return new Diagnostic(span, message, null, null, java.util.List.of()); }
    public static Diagnostic at(Span span, String message, String hint) {
        return new Diagnostic(span, message, hint, null, java.util.List.of());
    }
    /** A message that has no position in a source (a file that cannot be read, say). */
    public static Diagnostic plain(String text, String hint) { return new Diagnostic(null, text, hint, text, java.util.List.of()); }

    public Diagnostic withHint(String h) { return new Diagnostic(span, message, h, preformatted, notes); }

    /** Lines printed after the hint, such as where a failing function was called from. */
    public Diagnostic withNotes(java.util.List<String> n) { return new Diagnostic(span, message, hint, preformatted, java.util.List.copyOf(n)); }

    /** Carries diagnostics out of a phase; the front end prints them and picks the exit status from the kind. */
    public static final class Failure extends RuntimeException {
        @java.io.Serial private static final long serialVersionUID = 1L;
        private final transient java.util.List<Diagnostic> diagnostics;
        private final Kind kind;

        public Failure(Diagnostic d, Kind kind) { this(java.util.List.of(d), kind); }
        public Failure(java.util.List<Diagnostic> ds, Kind kind) {
            super(ds.get(0).message(), null, false, false);
            this.diagnostics = java.util.List.copyOf(ds);
            this.kind = kind;
        }
        public java.util.List<Diagnostic> diagnostics() { return diagnostics; }
        public Kind kind() { return kind; }
    }
}
