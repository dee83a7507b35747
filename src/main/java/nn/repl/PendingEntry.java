package nn.repl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import nn.lang.syntax.Parsers;

/**
 * The piped REPL's entry being gathered, line by line: it goes on while a bracket or brace is open. Each
 * line is lexed once as it arrives (the open brackets are carried over), so gathering an entry of n lines
 * costs O(n), not the O(n²) of re-reading the whole entry after every line.
 *
 * <p>A stray '(' or '[' must not swallow the rest of the input: a line that cannot continue an expression
 * (one that starts with a statement keyword such as {@code print} or {@code fn}, or a colon command) ends
 * the entry before it, and the entry's parse then reports the bracket that was never closed. Inside an
 * open '{' statements are what a block holds, so only a colon command ends it early.
 */
final class PendingEntry {
    /** Keywords that start a statement and never an expression. */
    private static final Set<String> STATEMENT_KEYWORDS = Set.of("print", "show", "if", "for", "while", "fn", "return",
            "break", "continue", "precision", "trace", "backward", "explain", "gradcheck", "network", "unit", "gate",
            "dataset", "save", "assert", "expect");

    private final StringBuilder text = new StringBuilder();
    private final Deque<Character> open = new ArrayDeque<>();
    /** An open string continued by a backslash at the end of the line: lexed again with the next line. */
    private String carried = "";
    private int firstLine;

    boolean isEmpty() { return text.isEmpty(); }
    String text() { return text.toString(); }
    int firstLine() { return firstLine; }

    void clear() {
        text.setLength(0);
        open.clear();
        carried = "";
    }

    /** Adds a line (numbered {@code lineNo} in the input) to the entry. */
    void add(String line, int lineNo) {
        if (text.isEmpty()) firstLine = lineNo;
        text.append(line).append('\n');
        String lexed = carried + line + "\n";
        carried = "";
        var lexemes = Parsers.lex(lexed);
        for (Parsers.Lexeme t : lexemes) {
            if (t.kind() != Parsers.TokenKind.OPERATOR) continue;
            switch (t.text()) {
                case "(", "[", "{" -> open.push(t.text().charAt(0));
                case ")", "]", "}" -> { if (!open.isEmpty()) open.pop(); }
                default -> { }
            }
        }
        if (!lexemes.isEmpty()) {
            Parsers.Lexeme last = lexemes.get(lexemes.size() - 1);
            // The STRING rule lets a backslash escape the line break: "a\<newline>b" is one string.
            if (last.kind() == Parsers.TokenKind.STRING && last.text().endsWith("\\\n"))
                carried = lexed.substring(lexed.offsetByCodePoints(0, last.start()));
        }
    }

    /** Whether the entry goes on to the next line: a bracket, brace or escaped line break is open. */
    boolean continues() { return !open.isEmpty() || !carried.isEmpty(); }

    /** Whether {@code next} cannot belong to the open entry, which then ends before it. */
    boolean endsBefore(String next) {
        if (open.isEmpty() || !carried.isEmpty()) return false;
        String s = next.strip();
        if (s.startsWith(":")) return true;
        if (open.peek() == '{') return false;
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
        return end > 0 && STATEMENT_KEYWORDS.contains(s.substring(0, end));
    }
}
