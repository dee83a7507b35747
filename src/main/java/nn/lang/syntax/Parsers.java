package nn.lang.syntax;

import nn.i18n.Messages;
import java.util.List;
import nn.lang.ast.Stmt;
import nn.lang.source.Diagnostic;
import nn.lang.source.SourceFile;
import nn.lang.source.Span;
import nn.lang.syntax.gen.NNLexer;
import nn.lang.syntax.gen.NNParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.Token;

/** The entry point of the syntax phase: source text in, AST out, or a positioned syntax error. */
public final class Parsers {
    private Parsers() {}

    /** Parses a whole program; throws {@link Diagnostic.Failure} (kind SYNTAX) on the first error. */
    public static List<Stmt> parse(SourceFile file) {
        try {
            return new AstBuilder(file).program(tree(file));
        } catch (StackOverflowError deep) {
            throw new Diagnostic.Failure(Diagnostic.at(new Span(file, 0, 0),
                    Messages.t("lang.syntax.too-deep"), Messages.t("lang.syntax.too-deep-hint")),
                    Diagnostic.Kind.SYNTAX);
        } catch (NewlineFilter.TooLong tooLong) {
            throw new Diagnostic.Failure(Diagnostic.at(new Span(file, tooLong.at.getStartIndex(), tooLong.at.getStopIndex() + 1),
                    Messages.t("lang.syntax.too-long", NewlineFilter.MAX_TOKENS),
                    Messages.t("lang.syntax.large-data-hint")), Diagnostic.Kind.SYNTAX);
        } catch (OutOfMemoryError big) {
            throw new Diagnostic.Failure(Diagnostic.at(new Span(file, 0, 0),
                    Messages.t("lang.syntax.too-large"),
                    Messages.t("lang.syntax.large-data-hint")), Diagnostic.Kind.SYNTAX);
        }
    }

    /**
     * The parse tree, in ANTLR's two stages: the fast SLL prediction first (linear on ordinary programs,
     * where full LL prediction can turn quadratic, e.g. on long chains of '^'); only if it fails, the full
     * LL parse again, whose first error {@link SyntaxErrors} reports. The LL stage may do at most
     * {@link #LL_WORK_PER_SLL} times the SLL stage's work (plus {@link #LL_WORK_FLOOR}): past that
     * (a syntax error after 5,000 '^' took a minute) the error is reported from an SLL parse with the
     * same messages, so a failing parse costs a bounded multiple of a successful one. Both stages stop
     * when the thread is interrupted (see {@link BoundedTokens}).
     */
    private static NNParser.ProgramContext tree(SourceFile file) {
        NNLexer lexer = new NNLexer(CharStreams.fromString(file.text(), file.name()));
        lexer.removeErrorListeners();
        BoundedTokens tokens = new BoundedTokens(new NewlineFilter(lexer));
        NNParser parser = new NNParser(tokens);
        parser.setInterpreter(new CountingSimulator(parser, parser.getInterpreter(), tokens));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.program();
        } catch (ParseCancellationException sllFailed) {
            long sllWork = tokens.ticks();
            parser.addErrorListener(new SyntaxErrors(file));
            parser.setErrorHandler(new DefaultErrorStrategy());
            try {
                tokens.seek(0);
                parser.reset();
                tokens.cap(LL_WORK_FLOOR + LL_WORK_PER_SLL * sllWork);
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                return parser.program();
            } catch (BoundedTokens.TooMuchWork tooMuch) {
                tokens.seek(0);
                parser.reset();
                tokens.cap(Long.MAX_VALUE);
                parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
                return parser.program();
            }
        }
    }

    /**
     * Builds the lexer's and the parser's state machines now (ANTLR deserialises them when their classes
     * are first used: about 30 ms of a script's start-up, most of it the lexer's Unicode letter sets). A
     * front end calls it on a thread of its own while it makes the session, so the first parse finds them
     * ready; whoever comes second waits for the JVM's class initialisation, and nothing else changes.
     */
    public static void prepare() {
        NNLexer.VOCABULARY.getMaxTokenType();
        NNParser.VOCABULARY.getMaxTokenType();
    }

    /** See {@link #tree}: the LL stage's work is capped at this multiple of the SLL stage's, plus a floor. */
    static final long LL_WORK_PER_SLL = 8, LL_WORK_FLOOR = 2_000_000;

    /** Thrown when a parse was interrupted (the time budget or Ctrl-C); the session says which. */
    public static boolean isInterruption(Throwable t) { return t instanceof BoundedTokens.Interrupted; }

    /**
     * One expression written inside another token (an f-string's hole), parsed at offset {@code at} of
     * {@code file} so its spans point into the string; an error is placed on the whole {@code hole}.
     */
    static nn.lang.ast.Expr embeddedExpr(SourceFile file, String text, int at, Span hole) {
        NNLexer lexer = new NNLexer(CharStreams.fromString(text, file.name()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        NNParser parser = new NNParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            NNParser.ExprContext ctx = parser.expr();
            if (tokens.LA(1) == Token.EOF) return new AstBuilder(file, at).expr(ctx);
        } catch (ParseCancellationException | StackOverflowError bad) {
            // reported below, on the hole as a whole
        }
        throw new Diagnostic.Failure(Diagnostic.at(hole, Messages.t("lang.syntax.fstring-hole-not-expression", shorten(text)),
                Messages.t("lang.syntax.fstring-hole-hint")),
                Diagnostic.Kind.SYNTAX);
    }

    private static String shorten(String text) { return text.length() <= 40 ? text : text.substring(0, 37) + "…"; }

    /**
     * Every name that {@code text} calls ({@code name(}), f-strings' holes included: what grading keeps as the
     * builtin in its tests when a submission redefines it. Read from the tokens, not the tree, so it needs no
     * walk over every kind of statement, and it errs towards more names (a helper's own {@code fn f(} too).
     */
    public static java.util.Set<String> calledNames(String text) {
        NNLexer lexer = new NNLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        java.util.Set<String> out = new java.util.TreeSet<>();
        java.util.regex.Pattern inHole = java.util.regex.Pattern.compile("([A-Za-z_][A-Za-z_0-9]*)\\s*\\(");
        Token previous = null;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            if (t.getText().equals("(") && previous != null && previous.getType() == NNLexer.ID) out.add(previous.getText());
            if (t.getType() == NNLexer.FSTRING) {
                java.util.regex.Matcher m = inHole.matcher(t.getText());
                while (m.find()) out.add(m.group(1));
            }
            previous = t;
        }
        return out;
    }

    /**
     * Whether {@code text} is unfinished input (a bracket, brace or string still open), so the REPL
     * should read another line instead of reporting an error.
     */
    public static boolean isIncomplete(String text) {
        NNLexer lexer = new NNLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        int depth = 0;
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            switch (t.getText()) {
                case "(", "[", "{" -> depth++;
                case ")", "]", "}" -> depth--;
                default -> { }
            }
        }
        return depth > 0;
    }

    /** A lexical category for each token, for syntax highlighting; the REPL never sees ANTLR types. */
    public enum TokenKind { KEYWORD, NUMBER, STRING, COMMENT, NAME, OPERATOR, ERROR, SPACE }

    public record Lexeme(int start, int end, TokenKind kind, String text) {}

    /** Splits text into lexemes covering every character, whatever errors it contains. */
    public static List<Lexeme> lex(String text) {
        NNLexer lexer = new NNLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        var out = new java.util.ArrayList<Lexeme>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            out.add(new Lexeme(t.getStartIndex(), t.getStopIndex() + 1, kindOf(t), t.getText()));
        }
        return out;
    }

    private static TokenKind kindOf(Token t) {
        return switch (t.getType()) {
            case NNLexer.NUMBER -> TokenKind.NUMBER;
            case NNLexer.STRING, NNLexer.FSTRING, NNLexer.OPEN_STRING -> TokenKind.STRING;
            case NNLexer.COMMENT -> TokenKind.COMMENT;
            case NNLexer.ID -> TokenKind.NAME;
            case NNLexer.WS, NNLexer.NL -> TokenKind.SPACE;
            case NNLexer.UNEXPECTED -> TokenKind.ERROR;
            default -> Character.isLetter(t.getText().charAt(0)) ? TokenKind.KEYWORD : TokenKind.OPERATOR;
        };
    }

    /** Every word the grammar treats as a keyword somewhere, for completion. */
    public static List<String> keywords() {
        var vocab = NNLexer.VOCABULARY;
        var out = new java.util.ArrayList<String>();
        for (int t = 1; t <= vocab.getMaxTokenType(); t++) {
            String lit = vocab.getLiteralName(t);
            if (lit != null && Character.isLetter(lit.charAt(1))) out.add(lit.substring(1, lit.length() - 1));
        }
        return out;
    }
}
