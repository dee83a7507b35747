package nn.data;

import java.util.List;

/**
 * Cells, column names and headers as messages quote them: a file's text is the user's data, and a
 * 10 MB cell or a header of 3,000 columns must not become a 10 MB message.
 */
final class Quoted {
    private Quoted() {}

    static final int LONGEST = 40;
    static final int MOST_COLUMNS = 12;

    /** {@code text} whole when short, else its start, "…" and its length. */
    static String text(String text) {
        int n = text.codePointCount(0, text.length());
        if (n <= LONGEST) return text;
        return text.substring(0, text.offsetByCodePoints(0, LONGEST - 8)) + "… (" + n + " characters)";
    }

    /** A header's names, at most {@value #MOST_COLUMNS} of them, each shortened. */
    static String columns(List<String> header) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(header.size(), MOST_COLUMNS); i++) sb.append(i > 0 ? ", " : "").append(text(header.get(i)));
        if (header.size() > MOST_COLUMNS) sb.append(", … (").append(header.size()).append(" columns)");
        return sb.toString();
    }
}
