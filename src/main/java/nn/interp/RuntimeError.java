package nn.interp;

import nn.i18n.Messages;
import nn.lang.source.Diagnostic;
import nn.lang.source.Span;

/**
 * An error while running: a sentence for the user, optionally a hint, and the span it is about.
 * Code far from the AST may throw it without a span; the interpreter fills in the span of the
 * expression being evaluated.
 */
public final class RuntimeError extends RuntimeException {
    @java.io.Serial private static final long serialVersionUID = 1L;
    // Never serialized: the fields are transient only to say so to the compiler.
    private final transient Span span;
    private final String hint;
    /** Where the failing code was called from, innermost first ("in f, called at a.nn:3:7"), repeats folded. */
    private final transient java.util.List<Note> notes;

    private record Note(String text, int times) {
        String render() { return times == 1 ? text : Messages.t("interp.note-repeated", text, times); }
    }

    public RuntimeError(String message) { this(null, message, null); }
    public RuntimeError(String message, String hint) { this(null, message, hint); }
    public RuntimeError(Span span, String message) { this(span, message, null); }

    public RuntimeError(Span span, String message, String hint) { this(span, message, hint, java.util.List.of()); }

    private RuntimeError(Span span, String message, String hint, java.util.List<Note> notes) {
        super(message, null, false, false);
        this.span = span;
        this.hint = hint;
        this.notes = notes;
    }

    public Span span() { return span; }
    public String hint() { return hint; }
    public RuntimeError at(Span s) { return span != null ? this : new RuntimeError(s, getMessage(), hint, notes); }

    /** The same error with one more call-site note; a recursive call repeating the last note is counted, not listed. */
    public RuntimeError withNote(String note) {
        var more = new java.util.ArrayList<>(notes);
        Note last = more.isEmpty() ? null : more.get(more.size() - 1);
        if (last != null && last.text().equals(note)) more.set(more.size() - 1, new Note(note, last.times() + 1));
        else if (more.size() < 8) more.add(new Note(note, 1));
        return new RuntimeError(span, getMessage(), hint, java.util.List.copyOf(more));
    }

    public Diagnostic toDiagnostic() {
        return Diagnostic.at(span, getMessage(), hint).withNotes(notes.stream().map(Note::render).toList());
    }
}
