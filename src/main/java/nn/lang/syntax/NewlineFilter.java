package nn.lang.syntax;

import java.util.ArrayDeque;
import java.util.Deque;
import nn.lang.syntax.gen.NNLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * Drops newline tokens inside ( ) and [ ] so an expression may span lines there, as in Python;
 * inside { } newlines separate statements or examples again.
 */
final class NewlineFilter implements TokenSource {
    private final NNLexer lexer;
    private final Deque<Integer> open = new ArrayDeque<>();

    NewlineFilter(NNLexer lexer) { this.lexer = lexer; }

    @Override public Token nextToken() {
        while (true) {
            Token t = lexer.nextToken();
            switch (t.getText() == null ? "" : t.getText()) {
                case "(", "[", "{" -> open.push(t.getType());
                case ")", "]", "}" -> { if (!open.isEmpty()) open.pop(); }
                default -> { }
            }
            if (t.getType() == NNLexer.NL && t.getChannel() == Token.DEFAULT_CHANNEL && insideParens()) continue;
            return t;
        }
    }

    private boolean insideParens() {
        Integer top = open.peek();
        return top != null && !"'{'".equals(lexer.getVocabulary().getLiteralName(top));
    }

    @Override public int getLine() { return lexer.getLine(); }
    @Override public int getCharPositionInLine() { return lexer.getCharPositionInLine(); }
    @Override public CharStream getInputStream() { return lexer.getInputStream(); }
    @Override public String getSourceName() { return lexer.getSourceName(); }
    @Override public void setTokenFactory(TokenFactory<?> factory) { lexer.setTokenFactory(factory); }
    @Override public TokenFactory<?> getTokenFactory() { return lexer.getTokenFactory(); }
}
