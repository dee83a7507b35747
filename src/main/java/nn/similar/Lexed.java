package nn.similar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nn.lang.source.SourceFile;
import nn.lang.syntax.Parsers;

/**
 * A file's tokens from nn's own lexer, normalised: comments, blank lines, spaces and ';' disappear;
 * every number is one token, every string another, every name the student chose a third; keywords,
 * operators and the names of builtins (which a copier cannot rename) stay what they are.
 */
final class Lexed {
    static final String NAME = "\u0001name";
    static final String NUMBER = "\u0001number";
    static final String STRING = "\u0001string";

    private final List<Token> tokens;
    private final int[] starts;

    private Lexed(List<Token> tokens, int[] starts) {
        this.tokens = tokens;
        this.starts = starts;
    }

    /** The file's tokens, with {@code chosen} the names to normalise (found from the parsed program). */
    static Lexed of(SourceFile file, int fileIndex, Set<String> chosen) {
        return build(file, fileIndex, code(file.text()), chosen);
    }

    /**
     * The tokens of a file that does not parse. Without an AST, a name counts as chosen by the student
     * where it is being defined: before '=', after fn, for, network, unit, dataset, perceptron or gate,
     * and as a parameter in fn's parentheses.
     */
    static Lexed unparsed(SourceFile file, int fileIndex) {
        List<Parsers.Lexeme> code = code(file.text());
        Set<String> chosen = new HashSet<>();
        boolean params = false;
        for (int i = 0; i < code.size(); i++) {
            Parsers.Lexeme t = code.get(i);
            if (!isWord(t)) {
                if (t.text().equals(")")) params = false;
                continue;
            }
            String before = i > 0 ? code.get(i - 1).text() : "";
            String after = i + 1 < code.size() ? code.get(i + 1).text() : "";
            boolean defines = after.equals("=") || params || switch (before) {
                case "fn", "for", "network", "unit", "dataset", "perceptron", "gate" -> true;
                default -> false;
            };
            if (defines && !t.text().equals("fn")) chosen.add(t.text());
            if (before.equals("fn") && after.equals("(")) params = true;
        }
        return build(file, fileIndex, code, chosen);
    }

    private static List<Parsers.Lexeme> code(String text) {
        List<Parsers.Lexeme> out = new ArrayList<>();
        for (Parsers.Lexeme l : Parsers.lex(text)) {
            switch (l.kind()) {
                case SPACE, COMMENT -> { }
                default -> { if (!l.text().equals(";")) out.add(l); }
            }
        }
        return out;
    }

    private static boolean isWord(Parsers.Lexeme l) {
        return l.kind() == Parsers.TokenKind.NAME || l.kind() == Parsers.TokenKind.KEYWORD;
    }

    private static Lexed build(SourceFile file, int fileIndex, List<Parsers.Lexeme> code, Set<String> chosen) {
        List<Token> tokens = new ArrayList<>(code.size());
        int[] starts = new int[code.size()];
        for (int i = 0; i < code.size(); i++) {
            Parsers.Lexeme l = code.get(i);
            String norm = switch (l.kind()) {
                case NUMBER -> NUMBER;
                case STRING -> STRING;
                case NAME, KEYWORD -> chosen.contains(l.text()) ? NAME : l.text();
                case OPERATOR, ERROR, SPACE, COMMENT -> l.text();
            };
            tokens.add(new Token(norm.hashCode(), fileIndex, file.line(l.start())));
            starts[i] = l.start();
        }
        return new Lexed(tokens, starts);
    }

    List<Token> all() { return tokens; }

    /** The tokens that start in [from, to). */
    List<Token> between(int from, int to) {
        int i = lowerBound(from), j = lowerBound(to);
        return tokens.subList(i, Math.max(i, j));
    }

    private int lowerBound(int offset) {
        int lo = 0, hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
