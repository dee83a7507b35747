/**
 * Source text and diagnostics: a {@link nn.lang.source.SourceFile} with line lookup, the
 * {@link nn.lang.source.Span} of a piece of it, and the one user-facing message format
 * ({@link nn.lang.source.Diagnostic}, rendered by {@link nn.lang.source.DiagnosticPrinter} as
 * {@code file:line:col: error: message}, the line, a caret and a hint).
 */
package nn.lang.source;
