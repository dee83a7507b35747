package nn.run;

import java.util.List;
import java.util.TreeSet;
import nn.lang.syntax.Parsers;

/**
 * Tab completion for every front end (the REPL's JLine completer, the Jupyter kernel): keywords, builtins
 * and the names the session has defined so far, offered when they start with the word before the cursor.
 */
public final class Completion {
    private Completion() {}

    /** The words to complete at {@code [start, end)} of the text (UTF-16 indexes), sorted. */
    public record Result(List<String> matches, int start, int end) { }

    /** Every word completion may offer, sorted. */
    public static TreeSet<String> words(Session session) {
        TreeSet<String> out = new TreeSet<>(Parsers.keywords());
        out.addAll(session.names());
        return out;
    }

    /** The fields of the value the global {@code name} holds (see {@link nn.interp.Fields}), sorted; none when it names nothing. */
    public static TreeSet<String> fields(Session session, String name) {
        TreeSet<String> out = new TreeSet<>();
        if (!name.matches("[A-Za-z_][A-Za-z_0-9]*")) return out;
        nn.interp.Value v = session.interpreter().globals().lookup(name);
        if (v != null) out.addAll(nn.interp.Fields.names(v));
        return out;
    }

    /** The completions of the name that ends at {@code cursor} (after {@code name.}, its fields); none inside a string or comment. */
    public static Result at(Session session, String text, int cursor) {
        int end = Math.max(0, Math.min(cursor, text.length()));
        int start = end;
        while (start > 0 && isNamePart(text.charAt(start - 1))) start--;
        String prefix = text.substring(start, end);
        if (insideStringOrComment(text, start)) return new Result(List.of(), start, end);
        if (!prefix.isEmpty() && Character.isDigit(prefix.charAt(0))) return new Result(List.of(), start, end);
        int dot = start - 1, base = dot;
        while (base > 0 && isNamePart(text.charAt(base - 1))) base--;
        TreeSet<String> pool = dot >= 0 && text.charAt(dot) == '.' ? fields(session, text.substring(base, dot)) : words(session);
        List<String> matches = pool.stream().filter(w -> w.startsWith(prefix)).toList();
        return new Result(matches, start, end);
    }

    private static boolean isNamePart(char c) { return Character.isLetterOrDigit(c) || c == '_'; }

    private static boolean insideStringOrComment(String text, int at) {
        String before = text.substring(0, at);
        at = before.codePointCount(0, before.length());  // the lexer counts code points
        for (Parsers.Lexeme t : Parsers.lex(before + " ")) {
            if (t.start() < at && at <= t.end()
                    && (t.kind() == Parsers.TokenKind.STRING || t.kind() == Parsers.TokenKind.COMMENT)) return true;
            if (t.kind() == Parsers.TokenKind.ERROR && t.text().startsWith("\"") && t.start() < at) return true;
        }
        return false;
    }
}
