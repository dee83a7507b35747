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
 * A brace that closes a dataset literal ({@code { [0, 0] -> 0 }}) ends an expression, not a statement, so
 * the statement goes on as after {@code ]}: {@code plot boundary n on { … } to "f.png"},
 * {@code train n on { … } { epochs 5 }}. A literal is told from a block by the token before its opening brace:
 * one after which only an expression can come ({@code =}, {@code on}, an operator, …).
 */
final class NewlineFilter implements TokenSource {
    /** Tokens that may continue a statement after its closing brace. */
    private static final Set<String> FOLLOWS_BRACE = Set.of("else", "}", ")", "]", ",", ";", "->", ".", "[", "(");

    /**
     * Tokens after which an opening brace starts a dataset literal (an expression), not a block: operators, and the
     * words a statement or clause puts before an expression ({@code plot KIND} too, see {@link #opensLiteral}).
     */
    private static final Set<String> BEFORE_EXPRESSION = Set.of("=", ",", "(", "[", "->", ":", "..", "+", "-", "*", "/", "@",
            "^", "<", "<=", ">", ">=", "==", "!=", "~=", "and", "or", "not", "on", "in", "to", "within", "print", "show",
            "return", "assert", "expect", "save", "export", "graph", "explain", "truthtable");

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
    /** The brackets open now, innermost first; a brace is marked when it opened a dataset literal. */
    private final Deque<Opened> open = new ArrayDeque<>();
    private final Deque<Token> pending = new ArrayDeque<>();
    /** The last two tokens read on the default channel, and whether the last brace closed was a dataset literal's. */
    private Token previous, beforePrevious;
    private boolean closedLiteral;

    private record Opened(Token token, boolean literal) {}

    NewlineFilter(NNLexer lexer) { this.lexer = lexer; }

    @Override public Token nextToken() {
        if (!pending.isEmpty()) return pending.poll();
        Token t = next();
        if ("}".equals(t.getText()) && !closedLiteral && !insideParens()) {
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
                    case "(", "[" -> open.push(new Opened(t, false));
                    case "{" -> open.push(new Opened(t, opensLiteral()));
                    case ")", "]", "}" -> { closedLiteral = !open.isEmpty() && open.pop().literal(); }
                    default -> { }
                }
            }
            if (t.getType() == NNLexer.NL && insideParens()) continue;
            if (t.getChannel() == Token.DEFAULT_CHANNEL && ++count > MAX_TOKENS) throw new TooLong(t);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                beforePrevious = previous;
                previous = t;
            }
            return t;
        }
    }

    /** Whether an opening brace read now starts a dataset literal: after an operator or such a word, or as a plot's subject. */
    private boolean opensLiteral() {
        if (previous == null) return false;
        return BEFORE_EXPRESSION.contains(previous.getText())
                || beforePrevious != null && beforePrevious.getType() == NNLexer.PLOT;
    }

    private boolean insideParens() {
        Opened top = open.peek();
        return top != null && !"{".equals(top.token().getText());
    }

    @Override public int getLine() { return lexer.getLine(); }
    @Override public int getCharPositionInLine() { return lexer.getCharPositionInLine(); }
    @Override public CharStream getInputStream() { return lexer.getInputStream(); }
    @Override public String getSourceName() { return lexer.getSourceName(); }
    @Override public void setTokenFactory(TokenFactory<?> factory) { lexer.setTokenFactory(factory); }
    @Override public TokenFactory<?> getTokenFactory() { return lexer.getTokenFactory(); }
}
