package nn.lang.syntax;

import nn.i18n.Messages;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import nn.lang.source.Diagnostic;
import nn.lang.source.SourceFile;
import nn.lang.source.Span;
import nn.lang.syntax.gen.NNLexer;
import nn.lang.syntax.gen.NNParser;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR's first syntax error into one positioned message in the words of the language
 * ("expected ']' to close the matrix opened at 3:5"), and stops the parse there.
 */
final class SyntaxErrors extends BaseErrorListener {
    private final SourceFile file;

    SyntaxErrors(SourceFile file) { this.file = file; }

    /** Whether an f-string token ends inside a hole: f"{" of f"{"mid"}" (the quote closed the string). */
    private static boolean opensHole(String fstring) {
        try {
            Templates.split(fstring.substring(2, fstring.length() - 1));
            return false;
        } catch (Templates.Error e) {
            return true;
        }
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                            RecognitionException e) {
        if (!(offending instanceof Token bad) || !(recognizer instanceof Parser parser)) {
            throw fail(new Span(file, 0, 0), msg, null);
        }
        Span at = spanOf(bad);
        if (bad.getType() == NNLexer.OPEN_STRING)
            throw fail(at, Messages.t("lang.syntax.open-string"), Messages.t("lang.syntax.open-string-hint"));
        if (bad.getType() == NNLexer.UNEXPECTED) {
            String hint = hintForCharacter(bad.getText());
            throw fail(at, Messages.t("lang.syntax.unexpected-character", Characters.describe(bad.getText())),
                    hint != null ? hint : Characters.hint(bad.getText()));
        }

        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        Token following = nextToken(parser, bad);
        Token previous = previousToken(parser, bad);
        if (previous != null && previous.getType() == NNLexer.FSTRING && opensHole(previous.getText()))
            throw fail(spanOf(previous), Messages.t("lang.syntax.fstring-quote-in-hole"), Messages.t("lang.syntax.fstring-quote-in-hole-hint"));
        Forms.check(file, parser, previous, bad, following, this::spanOf);
        Habits.check(parser, previous, bad, following, this::spanOf);
        if (BINARY_OPERATORS.contains(bad.getText()) && following != null && !startsExpression(following)) {
            boolean endOfLine = following.getType() == NNLexer.NL || following.getType() == Token.EOF;
            throw fail(endOfLine ? at : spanOf(following), Messages.t("lang.syntax.expected-expression-after", bad.getText(), describe(following)),
                    endOfLine ? continuesHint(parser, bad) : null);
        }
        if (previous != null && (BINARY_OPERATORS.contains(previous.getText()) || OPENERS_AND_COMMA.contains(previous.getText()))
                && !startsExpression(bad) && !(previous.getText().equals(",") && CLOSERS.contains(bad.getText())))
            throw fail(at, Messages.t("lang.syntax.expected-expression-after", previous.getText(), describe(bad)),
                    bad.getType() == NNLexer.NL || bad.getType() == Token.EOF ? continuesHint(parser, bad) : null);
        Token opener = unclosedOpener(parser, bad);
        if (opener != null && !opener.getText().equals("{") && startsExpression(bad) && previous != null && endsExpression(previous))
            throw fail(at, Messages.t("lang.syntax.expected-comma-or-close", elements(parser, opener), closerOf(opener.getText()),
                    what(parser, opener, where(opener))), null);
        if (opener != null && (closes(opener, expected) || bad.getText().equals("=") || bad.getType() == Token.EOF
                || bad.getType() == NNLexer.NL)) {
            String close = closerOf(opener.getText());
            throw fail(at, Messages.t("lang.syntax.expected-close", close, what(parser, opener, where(opener))), null);
        }
        String found = describe(bad);
        if (expectsExpression(expected)) {
            throw fail(at, previous == null ? Messages.t("lang.syntax.expected-expression", found)
                    : Messages.t("lang.syntax.expected-expression-after", previous.getText(), found), null);
        }
        if (bad.getType() == NNLexer.NL || bad.getType() == Token.EOF) {
            throw fail(at, bad.getType() == Token.EOF ? Messages.t("lang.syntax.unexpected-end-of-input", words(expected, parser))
                    : Messages.t("lang.syntax.unexpected-end-of-line", words(expected, parser)), null);
        }
        String hint = bad.getText().equals("=") && Habits.inCondition(parser, bad) ? Messages.t("lang.syntax.compare-with-double-equals") : null;
        if (expected.contains(NNParser.NL) || expected.contains(Token.EOF))
            throw fail(at, Messages.t("lang.syntax.unexpected-after-statement", found),
                    hint != null ? hint : Messages.t("lang.syntax.one-statement-per-line"));
        throw fail(at, Messages.t("lang.syntax.unexpected-expected", found, words(expected, parser)), hint);
    }

    /**
     * The hint where an expression stops at the end of a line or of the input: outside brackets, that a
     * statement goes on only inside ( ) or [ ]; inside an open one, that it is never closed (the other
     * hint would contradict the situation).
     */
    private String continuesHint(Parser parser, Token bad) {
        Token open = unclosedOpener(parser, bad);
        if (open == null) return Messages.t("lang.syntax.continues-inside-brackets");
        if (open.getText().equals("{")) return null;
        // The line as the input numbers it (a REPL entry or piped input does not start at line 1).
        return Messages.t("lang.syntax.never-closed-hint", open.getText(), where(open));
    }

    private static String hintForCharacter(String ch) {
        return switch (ch) {
            case "'" -> Messages.t("lang.character.single-quote");
            case "&", "|" -> Messages.t("lang.character.ampersand-bar");
            case "!" -> Messages.t("lang.character.bang");
            case "%" -> Messages.t("lang.character.percent");
            case "\u2212" -> Messages.t("lang.character.minus-sign");
            case "\u00D7", "\u00B7", "\u22C5" -> Messages.t("lang.character.times-sign");
            case "\u00F7" -> Messages.t("lang.character.division-sign");
            case "\u00B2" -> Messages.t("lang.character.superscript-two");
            case "\u201C", "\u201D", "\u2018", "\u2019" -> Messages.t("lang.character.curly-quote");
            default -> null;
        };
    }

    Span spanOf(Token t) {
        if (t.getType() == Token.EOF) {
            // Point just past the last character that is not white space: where more input was expected.
            int end = file.text().length();
            while (end > 0 && Character.isWhitespace(file.text().charAt(end - 1))) end--;
            return new Span(file, file.offsetOf(end), file.offsetOf(end));
        }
        return new Span(file, t.getStartIndex(), t.getStopIndex() + 1);
    }

    static Diagnostic.Failure fail(Span span, String message, String hint) {
        return new Diagnostic.Failure(Diagnostic.at(span, message, hint), Diagnostic.Kind.SYNTAX);
    }

    /** The innermost bracket still open when the parser met {@code bad}. */
    static Token unclosedOpener(Parser parser, Token bad) {
        Deque<Token> open = new ArrayDeque<>();
        var stream = parser.getInputStream();
        for (int i = 0; i < stream.size(); i++) {
            Token t = stream.get(i);
            if (t.getTokenIndex() >= bad.getTokenIndex()) break;
            switch (t.getText()) {
                case "(", "[", "{" -> open.push(t);
                case ")", "]", "}" -> { if (!open.isEmpty()) open.pop(); }
                default -> { }
            }
        }
        return open.peek();
    }

    private static boolean closes(Token opener, IntervalSet expected) {
        int type = switch (opener.getText()) {
            case "(" -> tokenType(")");
            case "[" -> tokenType("]");
            default -> tokenType("}");
        };
        return expected.contains(type);
    }

    private static int tokenType(String literal) {
        var vocab = NNParser.VOCABULARY;
        for (int t = 1; t <= vocab.getMaxTokenType(); t++)
            if (("'" + literal + "'").equals(vocab.getLiteralName(t))) return t;
        return -1;
    }

    private static String closerOf(String open) {
        return switch (open) { case "(" -> ")"; case "[" -> "]"; default -> "}"; };
    }

    private static boolean endsExpression(Token t) {
        int type = t.getType();
        return type == NNLexer.NUMBER || type == NNLexer.STRING || type == NNLexer.FSTRING || type == NNLexer.ID
                || (type >= NNParser.SEED && type <= NNParser.PERCEPTRON) || CLOSERS.contains(t.getText())
                || t.getText().equals("true") || t.getText().equals("false");
    }

    /** What a missing comma separates inside an opener: "elements", "arguments" or "indices". */
    private static String elements(Parser parser, Token open) {
        return switch (kind(parser, open)) {
            case "matrix" -> Messages.t("lang.syntax.elements");
            case "index" -> Messages.t("lang.syntax.indices");
            default -> {
                Token before = previousToken(parser, open);
                yield before != null && endsExpression(before) ? Messages.t("lang.syntax.arguments") : Messages.t("lang.syntax.values");
            }
        };
    }

    /** Where a token is, as the input numbers its lines: a REPL entry or piped input does not start at line 1. */
    private String where(Token t) {
        Span at = spanOf(t);
        return at.line() + ":" + at.column();
    }

    /** "the matrix opened at 3:5", in the current language. */
    private static String what(Parser parser, Token open, String at) {
        return switch (kind(parser, open)) {
            case "parenthesis" -> Messages.t("lang.syntax.opened-parenthesis", at);
            case "index" -> Messages.t("lang.syntax.opened-index", at);
            case "matrix" -> Messages.t("lang.syntax.opened-matrix", at);
            default -> Messages.t("lang.syntax.opened-block", at);
        };
    }

    private static String kind(Parser parser, Token open) {
        return switch (open.getText()) {
            case "(" -> "parenthesis";
            case "[" -> {
                Token before = previousToken(parser, open);
                boolean indexing = before != null && (before.getType() == NNLexer.ID || before.getText().equals(")")
                        || before.getText().equals("]"));
                yield indexing ? "index" : "matrix";
            }
            default -> "block";
        };
    }

    static Token previousToken(Parser parser, Token bad) {
        var stream = parser.getInputStream();
        for (int i = bad.getTokenIndex() - 1; i >= 0; i--) {
            Token t = stream.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != NNLexer.NL) return t;
        }
        return null;
    }

    static final java.util.Set<String> BINARY_OPERATORS = java.util.Set.of(
            "+", "-", "*", "/", "@", "^", "<", "<=", ">", ">=", "==", "!=", "~=", "and", "or", "=");

    private static final java.util.Set<String> OPENERS_AND_COMMA = java.util.Set.of("(", "[", ",");
    private static final java.util.Set<String> CLOSERS = java.util.Set.of(")", "]", "}");

    private static boolean startsExpression(Token t) {
        int type = t.getType();
        if (type == NNLexer.NUMBER || type == NNLexer.STRING || type == NNLexer.FSTRING || type == NNLexer.ID) return true;
        if (type >= NNParser.SEED && type <= NNParser.PERCEPTRON) return true;
        return java.util.Set.of("(", "[", "{", "-", "+", "not", "true", "false", "truthtable", "train").contains(t.getText());
    }

    private static Token nextToken(Parser parser, Token bad) {
        var stream = parser.getInputStream();
        for (int i = bad.getTokenIndex() + 1; i < stream.size(); i++) {
            Token t = stream.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) return t;
        }
        return null;
    }

    private static boolean expectsExpression(IntervalSet expected) {
        return expected.contains(NNParser.NUMBER) && expected.contains(NNParser.ID) && expected.contains(NNParser.STRING)
                && !expected.contains(NNParser.NL);
    }

    private static String describe(Token t) {
        if (t.getType() == Token.EOF) return Messages.t("lang.syntax.the-end-of-input");
        if (t.getType() == NNLexer.NL) return Messages.t("lang.syntax.the-end-of-the-line");
        return "'" + t.getText() + "'";
    }

    /** The expected set in the language's words, a few items at most. */
    private static String words(IntervalSet expected, Parser parser) {
        List<String> out = new ArrayList<>();
        String aName = Messages.t("lang.syntax.a-name");
        if (expected.contains(NNParser.NUMBER) && expected.contains(NNParser.ID)) out.add(Messages.t("lang.syntax.an-expression"));
        else if (expected.contains(NNParser.ID)) out.add(aName);
        boolean operator = false;
        for (int type : expected.toArray()) {
            if (type == NNParser.ID || type == NNParser.NUMBER || type == NNParser.STRING) continue;
            String literal = parser.getVocabulary().getLiteralName(type);
            // An operator, a call, an index or a field continues the expression: one entry for them all.
            if (literal != null && OPERATORS.contains(literal.substring(1, literal.length() - 1))) {
                if (!operator) out.add(Messages.t("lang.syntax.an-operator"));
                operator = true;
                continue;
            }
            if (type == NNParser.NL) { out.add(Messages.t("lang.syntax.a-new-line")); continue; }
            if (type == Token.EOF) { out.add(Messages.t("lang.syntax.the-end-of-input")); continue; }
            String lit = parser.getVocabulary().getLiteralName(type);
            if (lit != null && !(out.contains(aName) && Character.isLetter(lit.charAt(1)) && isSoftKeyword(type))) out.add(lit);
        }
        if (out.size() > 6) return String.join(", ", out.subList(0, 6)) + ", …";
        return out.size() == 1 ? out.get(0)
                : Messages.t("lang.syntax.either-or", String.join(", ", out.subList(0, out.size() - 1)), out.get(out.size() - 1));
    }

    /** The words the grammar's name rule accepts: keywords only where the grammar expects them (SEED to CLIP, in the lexer's order). */
    private static boolean isSoftKeyword(int type) { return type >= NNParser.SEED && type <= NNParser.CLIP; }

    /** What may continue an expression: binary operators, and a call's '(', an index's '[' and a field's '.'. */
    private static final java.util.Set<String> OPERATORS = java.util.Set.of(
            "+", "-", "*", "/", "@", "^", "<", "<=", ">", ">=", "==", "!=", "~=", "and", "or", "(", "[", ".");
}
