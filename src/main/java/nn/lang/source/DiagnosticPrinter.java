package nn.lang.source;

/** Renders a {@link Diagnostic} in the one format used everywhere: location, message, line, caret, hint. */
public final class DiagnosticPrinter {
    private DiagnosticPrinter() {}

    /** The most characters of a source line an error shows. */
    static final int WINDOW = 200;

    /** The source line as it can be shown: a tab as one space and control characters as their ␀–␟ symbols, one column each. */
    static String visible(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            sb.append(c == '\t' ? ' ' : c < 0x20 ? (char) (0x2400 + c) : c == 0x7F ? '\u2421' : c);
        }
        return sb.toString();
    }

    /** An error: {@code file:line:col: error: message}, the line, a caret, the hint and notes. */
    public static String render(Diagnostic d) { return render(d, "error"); }

    /**
     * The same layout with another label in place of {@code error}: {@code warning}, or {@code internal error}
     * for a bug in nn shown where the script was. A diagnostic without a span prints its preformatted text.
     */
    public static String render(Diagnostic d, String label) {
        if (d.span() == null) return Visible.text(d.preformatted()) + (d.hint() == null ? "" : "\n  hint: " + Visible.text(d.hint())) + "\n";
        Span s = d.span();
        SourceFile f = s.file();
        int line = s.line();
        String text = f.lineText(line);
        int col = s.column();
        int lineEndOffset = s.start() - (col - 1) + text.length();
        int width = Math.max(1, Math.min(s.end(), lineEndOffset) - s.start());
        int caret = width == 0 ? 1 : Math.min(width, Math.max(1, text.length() - col + 1));
        // A very long line shows a window around the caret, so one error cannot print megabytes.
        int from = 0, to = text.length();
        if (text.length() > WINDOW) {
            from = Math.max(0, Math.min(col - 1 - WINDOW / 3, text.length() - WINDOW));
            to = Math.min(text.length(), from + WINDOW);
        }
        String shown = (from > 0 ? "…" : "") + visible(text.substring(from, to)) + (to < text.length() ? "…" : "");
        int caretColumn = col - 1 - from + (from > 0 ? 1 : 0);
        caret = Math.max(1, Math.min(caret, to - (col - 1)));
        StringBuilder out = new StringBuilder();
        out.append(Visible.text(s.where() + ": " + label + ": " + d.message())).append('\n');
        out.append("  ").append(shown).append('\n');
        out.append("  ").append(" ".repeat(Math.max(0, caretColumn))).append("^".repeat(caret)).append('\n');
        if (d.hint() != null) out.append("  hint: ").append(Visible.text(d.hint())).append('\n');
        for (String note : d.notes()) out.append("  note: ").append(Visible.text(note)).append('\n');
        return out.toString();
    }
}
