package nn.repl;

import nn.i18n.Messages;
import java.util.ArrayDeque;
import java.util.Deque;
import nn.lang.syntax.Parsers;
import nn.run.Completeness;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Tells JLine an entry is unfinished while a bracket or brace is open, so Enter continues it on a new
 * line, indented one step per open bracket. Brackets inside strings and comments do not count.
 */
final class EntryParser extends DefaultParser {
    EntryParser() {
        setEofOnUnclosedQuote(false);
        setEofOnEscapedNewLine(false);
        setEscapeChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.strip().startsWith(":")) {
            Deque<String> open = openBracketsOf(line);
            if (!open.isEmpty())
                throw new EOFError(-1, -1, Messages.t("repl.continues-open-bracket"), open.peek(), open.size(), null);
            if (mayTakeElse(line))
                throw new EOFError(-1, -1, Messages.t("repl.continues-else"), null, 0, null);
        }
        return super.parse(line, cursor, context);
    }

    /** The closers still owed, innermost first (shared with the notebook kernel's is_complete). */
    static Deque<String> openBrackets(String text) { return Completeness.openBrackets(text); }

    /** The entry's lines read so far (up to and including its last line break) and the closers owed after them. */
    private String readLines = "";
    private Deque<String> owedAfterReadLines = new ArrayDeque<>();

    /**
     * As {@link #openBrackets(String)}, reading only the lines added since the last call when the entry grew
     * by whole lines (Enter inside an open bracket), so a long multi-line entry costs time in proportion to
     * its length, not its square.
     */
    private Deque<String> openBracketsOf(String text) {
        if (!text.startsWith(readLines)) {
            readLines = "";
            owedAfterReadLines = new ArrayDeque<>();
        }
        int lastBreak = text.lastIndexOf('\n');
        Deque<String> owed = owedAfterReadLines;
        if (lastBreak >= readLines.length()) {
            owed = Completeness.openBrackets(new ArrayDeque<>(owed), text.substring(readLines.length(), lastBreak + 1));
            readLines = text.substring(0, lastBreak + 1);
            owedAfterReadLines = owed;
        }
        return Completeness.openBrackets(new ArrayDeque<>(owed), text.substring(Math.max(lastBreak + 1, readLines.length())));
    }

    /**
     * Whether the entry ends with the '}' of an {@code if} (or {@code else if}) block, so an {@code else} on
     * the next line would continue it: the entry is then held for one more line, as Python's REPL holds a
     * compound statement, and an empty line (or any other statement) ends it. An entry whose last line is
     * empty is finished.
     */
    static boolean mayTakeElse(String text) {
        int lastBreak = text.lastIndexOf('\n');
        if (lastBreak >= 0 && text.substring(lastBreak + 1).isBlank()) return false;
        int depth = 0;
        boolean chain = false, statementStart = true, afterElse = false;
        String last = "";
        for (Parsers.Lexeme t : Parsers.lex(text)) {
            if (t.kind() == Parsers.TokenKind.SPACE && !t.text().contains("\n") || t.kind() == Parsers.TokenKind.COMMENT) continue;
            String w = t.kind() == Parsers.TokenKind.SPACE ? "\n" : t.text();
            if (depth == 0) {
                if (w.equals("\n") || w.equals(";")) { statementStart = true; continue; }
                if (w.equals("else")) {
                    afterElse = true;
                } else {
                    if (afterElse || statementStart) chain = w.equals("if");
                    afterElse = false;
                }
                statementStart = false;
            }
            switch (w) {
                case "(", "[", "{" -> depth++;
                case ")", "]", "}" -> depth = Math.max(0, depth - 1);
                default -> { }
            }
            last = w;
        }
        return chain && depth == 0 && last.equals("}");
    }
}
