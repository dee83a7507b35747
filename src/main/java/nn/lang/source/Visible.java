package nn.lang.source;

/**
 * Makes control characters visible in text nn prints on a script's behalf (print, messages, file and
 * network names): an escape sequence in a string must not recolour the terminal, move the cursor or
 * overwrite a line to fake a "tests passed". Newlines and tabs stay (they are layout); other C0
 * controls and DEL become their ␀–␡ symbols, as in error lines; C1 controls and the invisible
 * direction and width marks (which can reorder what a reader sees) become {@code <U+XXXX>}.
 */
public final class Visible {
    private Visible() {}

    public static String text(String s) {
        if (s == null) return null;
        int i = 0, n = s.length();
        while (i < n && !hidden(s.charAt(i))) i++;
        if (i == n) return s;
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!hidden(c)) sb.append(c);
            else if (c < 0x20) sb.append((char) (0x2400 + c));
            else if (c == 0x7F) sb.append('\u2421');
            else sb.append(String.format("<U+%04X>", (int) c));
        }
        return sb.toString();
    }

    /** The most characters of a file name a message shows. */
    static final int LONGEST_NAME = 80;

    /** A file name as messages show it: control characters (line breaks too) visible, and at most {@value #LONGEST_NAME} characters ("…" in the middle). */
    public static String name(String name) {
        if (name == null) return null;
        int n = name.codePointCount(0, name.length());
        String shown = name;
        if (n > LONGEST_NAME) {
            int head = name.offsetByCodePoints(0, LONGEST_NAME / 2 - 1), tail = name.offsetByCodePoints(0, n - (LONGEST_NAME / 2 - 1));
            shown = name.substring(0, head) + "…" + name.substring(tail);
        }
        // In a name, a line break is not layout: it would start a line of the name's choosing ("all tests passed").
        return text(shown).replace('\n', '\u240A').replace('\t', '\u2409');
    }

    /** The most characters of source text a hint quotes. */
    static final int LONGEST_EXCERPT = 60;

    /**
     * Source text as a hint quotes it: one line (a formula written over several lines is joined, its
     * comments dropped, its spaces collapsed), shortened to {@value #LONGEST_EXCERPT} characters with
     * "…", control characters visible.
     */
    public static String excerpt(String source) {
        StringBuilder sb = new StringBuilder();
        for (String line : source.split("\n", -1)) {
            int hash = line.indexOf('#');
            String code = (hash >= 0 && line.lastIndexOf('"', hash) < 0 ? line.substring(0, hash) : line).strip();
            if (code.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(code);
        }
        String one = sb.toString().replaceAll("\\s+", " ");
        if (one.codePointCount(0, one.length()) > LONGEST_EXCERPT)
            one = one.substring(0, one.offsetByCodePoints(0, LONGEST_EXCERPT - 1)) + "…";
        return text(one);
    }

    /** True for the characters {@link #text} replaces. */
    public static boolean hidden(char c) {
        if (c < 0x20) return c != '\n' && c != '\t';
        if (c < 0x7F) return false;
        if (c <= 0x9F) return true;
        return c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
