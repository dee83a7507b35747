package nn.lang.source;

import nn.i18n.Messages;

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
        String hint = "  " + Messages.t("diagnostic.hint") + ": ";
        if (d.span() == null) return Visible.text(d.preformatted()) + (d.hint() == null ? "" : "\n" + hint + Visible.text(d.hint())) + "\n";
        Span s = d.span();
        SourceFile f = s.file();
        int line = s.line();
        // Columns count code points; the caret is placed by the width each character takes on a terminal.
        int[] text = f.lineText(line).codePoints().toArray();
        int col = s.column();
        int lineEndOffset = s.start() - (col - 1) + text.length;
        int width = Math.max(1, Math.min(s.end(), lineEndOffset) - s.start());
        int caret = Math.min(width, Math.max(1, text.length - col + 1));
        // A very long line shows a window around the caret, so one error cannot print megabytes.
        int from = 0, to = text.length;
        if (text.length > WINDOW) {
            from = Math.max(0, Math.min(col - 1 - WINDOW / 3, text.length - WINDOW));
            to = Math.min(text.length, from + WINDOW);
        }
        String shown = (from > 0 ? "…" : "") + visible(new String(text, from, to - from)) + (to < text.length ? "…" : "");
        int caretStart = Math.max(from, Math.min(col - 1, to));
        caret = Math.max(1, Math.min(caret, to - (col - 1)));
        int pad = (from > 0 ? 1 : 0) + displayWidth(text, from, caretStart);
        int carets = Math.max(1, displayWidth(text, caretStart, Math.min(to, caretStart + caret)));
        StringBuilder out = new StringBuilder();
        out.append(Visible.text(s.where() + ": " + translated(label) + ": " + d.message())).append('\n');
        out.append("  ").append(shown).append('\n');
        out.append("  ").append(" ".repeat(pad)).append("^".repeat(carets)).append('\n');
        if (d.hint() != null) out.append(hint).append(Visible.text(d.hint())).append('\n');
        for (String note : d.notes()) out.append("  ").append(Messages.t("diagnostic.note")).append(": ").append(Visible.text(note)).append('\n');
        return out.toString();
    }

    /** The label in the current language; the frame's words are fixed per language so tools can read them. */
    private static String translated(String label) {
        return switch (label) {
            case "error" -> Messages.t("diagnostic.error");
            case "warning" -> Messages.t("diagnostic.warning");
            case "internal error" -> Messages.t("diagnostic.internal");
            default -> label;
        };
    }

    /** The columns code points {@code [from, to)} take on a terminal: two for wide ones (CJK, emoji), none for combining marks. */
    static int displayWidth(int[] cps, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) w += width(cps[i]);
        return w;
    }

    private static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F))
            return 0;
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x1F680 && cp <= 0x1F6FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
