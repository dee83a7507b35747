package nn.run;

import java.util.ArrayDeque;
import java.util.Deque;
import nn.lang.syntax.Parsers;

/**
 * Whether an entry is finished, for every front end: the REPL continues a line while a bracket is open, and
 * a notebook asks the kernel the same question (Jupyter's is_complete). Brackets in strings and comments
 * do not count.
 */
public final class Completeness {
    private Completeness() {}

    public enum Status { COMPLETE, INCOMPLETE, INVALID }

    /** Spaces of indentation per open bracket on a continuation line. */
    public static final int INDENT = 2;

    public static Status of(String text) {
        int depth = 0;
        for (Parsers.Lexeme t : Parsers.lex(text)) {
            if (t.kind() != Parsers.TokenKind.OPERATOR) continue;
            switch (t.text()) {
                case "(", "[", "{" -> depth++;
                case ")", "]", "}" -> { if (--depth < 0) return Status.INVALID; }
                default -> { }
            }
        }
        return depth > 0 ? Status.INCOMPLETE : Status.COMPLETE;
    }

    /** The indentation for the next line of an unfinished entry. */
    public static String indent(String text) { return " ".repeat(INDENT * openBrackets(text).size()); }

    /** The closers still owed, innermost first. */
    public static Deque<String> openBrackets(String text) { return openBrackets(new ArrayDeque<>(), text); }

    /**
     * The closers still owed after {@code text}, when {@code owed} were owed before it (changed in place and
     * returned). No token spans a line break, so an entry can be read a line at a time (the REPL does, as
     * lines arrive).
     */
    public static Deque<String> openBrackets(Deque<String> owed, String text) {
        for (Parsers.Lexeme t : Parsers.lex(text)) {
            if (t.kind() != Parsers.TokenKind.OPERATOR) continue;
            switch (t.text()) {
                case "(" -> owed.push(")");
                case "[" -> owed.push("]");
                case "{" -> owed.push("}");
                case ")", "]", "}" -> { if (!owed.isEmpty()) owed.pop(); }
                default -> { }
            }
        }
        return owed;
    }
}
