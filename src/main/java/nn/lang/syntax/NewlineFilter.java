package nn.lang.syntax;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import nn.lang.syntax.gen.NNLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * Adjusts newlines between lexer and parser: drops them inside ( ) and [ ] so an expression may span
 * lines there, as in Python; and after a closing brace followed by more code on the same line
 * ({@code if c { … } print x}) inserts one, since the brace ends the statement as a newline would.
 */
final class NewlineFilter implements TokenSource {
    /** Tokens that may continue a statement after its closing brace. */
    private static final Set<String> FOLLOWS_BRACE = Set.of("else", "}", ")", "]", ",", ";", "->", ".", "[", "(");

    /** Programs longer than this many tokens are refused: the parse tree of a much longer one fills the heap. */
    static final int MAX_TOKENS = 4_000_000;

    /** Thrown at the first token past {@link #MAX_TOKENS}. */
    static final class TooLong extends RuntimeException {
        @java.io.Serial private static final long serialVersionUID = 1L;
        final transient Token at;
        TooLong(Token at) { super(null, null, false, false); this.at = at; }
    }

    private final NNLexer lexer;
    private int count;
    private final Deque<Token> open = new ArrayDeque<>();
    private final Deque<Token> pending = new ArrayDeque<>();

    NewlineFilter(NNLexer lexer) { this.lexer = lexer; }

    @Override public Token nextToken() {
        if (!pending.isEmpty()) return pending.poll();
        Token t = next();
        if ("}".equals(t.getText()) && !insideParens()) {
            Deque<Token> hidden = new ArrayDeque<>();
            Token after = next();
            while (after.getChannel() != Token.DEFAULT_CHANNEL) {
                hidden.add(after);
                after = next();
            }
            pending.addAll(hidden);
            if (after.getType() != NNLexer.NL && after.getType() != Token.EOF && !FOLLOWS_BRACE.contains(after.getText())) {
                CommonToken newline = new CommonToken(t);
                newline.setType(NNLexer.NL);
                newline.setText("\n");
                newline.setStartIndex(t.getStopIndex() + 1);
                newline.setStopIndex(t.getStopIndex());
                pending.add(newline);
            }
            pending.add(after);
        }
        return t;
    }

    private Token next() {
        while (true) {
            Token t = lexer.nextToken();
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                switch (t.getText() == null ? "" : t.getText()) {
                    case "(", "[", "{" -> open.push(t);
                    case ")", "]", "}" -> { if (!open.isEmpty()) open.pop(); }
                    default -> { }
                }
            }
            if (t.getType() == NNLexer.NL && insideParens()) continue;
            if (t.getChannel() == Token.DEFAULT_CHANNEL && ++count > MAX_TOKENS) throw new TooLong(t);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) return t;
            return t;
        }
    }

    private boolean insideParens() {
        Token top = open.peek();
        return top != null && !"{".equals(top.getText());
    }

    @Override public int getLine() { return lexer.getLine(); }
    @Override public int getCharPositionInLine() { return lexer.getCharPositionInLine(); }
    @Override public CharStream getInputStream() { return lexer.getInputStream(); }
    @Override public String getSourceName() { return lexer.getSourceName(); }
    @Override public void setTokenFactory(TokenFactory<?> factory) { lexer.setTokenFactory(factory); }
    @Override public TokenFactory<?> getTokenFactory() { return lexer.getTokenFactory(); }
}
