package nn.lang.syntax;

import nn.i18n.Messages;
import java.util.function.Function;
import nn.lang.check.Names;
import nn.lang.source.Span;
import nn.lang.syntax.gen.NNLexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Syntax errors that come from habits of other languages (Python's {@code **}, {@code +=}, {@code def},
 * {@code elif}, {@code import}, {@code print(…)} with several values, a colon before a block, C's
 * {@code &&}, {@code ||} and {@code !}) or from a misspelt statement word: named for what they are, with the nn way
 * of writing it, instead of the parser's generic "unexpected …".
 */
final class Habits {
    private Habits() {}

    /** Throws a tailored error when the tokens around {@code bad} show a known habit; returns otherwise. */
    static void check(Parser parser, Token previous, Token bad, Token following, Function<Token, Span> spanOf) {
        String b = bad.getText(), p = previous == null ? "" : previous.getText();
        Token first = statementStart(parser, bad);
        String start = first == null ? "" : first.getText();
        if (b.equals("*") && p.equals("*"))
            throw SyntaxErrors.fail(spanOf.apply(previous), Messages.t("lang.habit.double-star"), Messages.t("lang.habit.double-star-hint"));
        if (b.equals("=") && (p.equals("+") || p.equals("-") || p.equals("*") || p.equals("/"))) {
            Token target = SyntaxErrors.previousToken(parser, previous);
            String name = target != null && target.getType() == NNLexer.ID ? target.getText() : "x";
            throw SyntaxErrors.fail(spanOf.apply(previous), Messages.t("lang.habit.compound-assignment", p),
                    Messages.t("lang.habit.compound-assignment-hint", name, p));
        }
        if (b.equals("=") && inCondition(parser, bad))
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.habit.assign-in-condition"), Messages.t("lang.syntax.compare-with-double-equals"));
        if (b.equals(":") && (start.equals("for") || start.equals("if") || start.equals("while") || start.equals("fn")
                || start.equals("else")))
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.habit.colon-block"),
                    Messages.t("lang.habit.colon-block-hint", start));
        if (b.equals("!") && !inFormula(parser, bad))
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.habit.bang"),
                    Messages.t("lang.habit.bang-hint"));
        Token after = nextVisible(parser, bad);
        if ((b.equals("&") || b.equals("|")) && after != null && after.getText().equals(b) && !start.equals("gate"))
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.habit.double-operator", b + b),
                    Messages.t("lang.habit.double-operator-hint", b.equals("&") ? "a and b" : "a or b"));
        if (start.equals("print") && b.equals(",") && first != null && nextVisible(parser, first) != null
                && nextVisible(parser, first).getText().equals("(") && openParenthesis(parser, bad) == nextVisible(parser, first))
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.habit.print-parentheses"),
                    Messages.t("lang.habit.print-parentheses-hint"));
        if ((start.equals("import") || start.equals("from")) && previous == first)
            throw SyntaxErrors.fail(spanOf.apply(first), Messages.t("lang.habit.import"), Messages.t("lang.habit.import-hint"));
        if (start.equals("elif") && previous == first)
            throw SyntaxErrors.fail(spanOf.apply(first), Messages.t("lang.habit.elif"), Messages.t("lang.habit.elif-hint"));
        if (b.equals("elif") && p.equals("}"))
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.habit.elif"), Messages.t("lang.habit.elif-hint"));
        if (start.equals("def") && previous == first)
            throw SyntaxErrors.fail(spanOf.apply(first), Messages.t("lang.habit.def"), Messages.t("lang.habit.def-hint"));
        if (start.equals("perceptron") && b.equals("="))
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.habit.perceptron-equals"),
                    Messages.t("lang.habit.perceptron-equals-hint"));
        if (start.equals("gate") && (b.equals("and") || b.equals("or") || b.equals("not")))
            throw SyntaxErrors.fail(spanOf.apply(bad), Messages.t("lang.habit.gate-word", b),
                    Messages.t("lang.habit.gate-word-hint"));
        if (previous != null && previous == first && previous.getType() == NNLexer.ID && bad.getType() != NNLexer.NL
                && bad.getType() != Token.EOF && !b.equals("=") && !b.equals("(") && !b.equals("[") && !b.equals(".")) {
            String suggestion = Names.suggest(p, Parsers.keywords());
            throw SyntaxErrors.fail(spanOf.apply(previous), Messages.t("lang.habit.not-a-statement", p),
                    suggestion != null ? suggestion : Messages.t("lang.habit.not-a-statement-hint"));
        }
    }

    /** Whether {@code t} is in a gate's or a truth table's formula, where '!' is "not". */
    private static boolean inFormula(Parser parser, Token t) {
        TokenStream stream = parser.getInputStream();
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token x = stream.get(i);
            if (x.getType() == NNLexer.NL) break;
            if (x.getText().equals("gate") || x.getText().equals("truthtable")) return true;
        }
        return false;
    }

    /** The next token on the default channel after {@code t}, or null at the end. */
    static Token nextVisible(Parser parser, Token t) {
        TokenStream stream = parser.getInputStream();
        for (int i = t.getTokenIndex() + 1; i < stream.size(); i++) {
            Token x = stream.get(i);
            if (x.getChannel() == Token.DEFAULT_CHANNEL) return x;
        }
        return null;
    }

    /** The innermost '(' still open before {@code t} within its statement, or null. */
    private static Token openParenthesis(Parser parser, Token t) {
        TokenStream stream = parser.getInputStream();
        int depth = 0;
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token x = stream.get(i);
            if (x.getChannel() != Token.DEFAULT_CHANNEL) continue;
            String s = x.getText();
            if (x.getType() == NNLexer.NL || s.equals(";")) return null;
            if (s.equals(")") || s.equals("]")) depth++;
            else if (s.equals("(") || s.equals("[")) {
                if (depth == 0) return s.equals("(") ? x : null;
                depth--;
            }
        }
        return null;
    }

    /** Whether {@code bad} sits in a condition (if, while, assert, expect) or inside parentheses, where '==' was meant. */
    static boolean inCondition(Parser parser, Token bad) {
        Token first = statementStart(parser, bad);
        String start = first == null ? "" : first.getText();
        return start.equals("if") || start.equals("while") || start.equals("assert") || start.equals("expect")
                || start.equals("else");
    }

    /** The first token of the statement containing {@code t}: after a newline, ';', '{' or '}', or the input's start. */
    static Token statementStart(Parser parser, Token t) {
        TokenStream stream = parser.getInputStream();
        Token first = null;
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token x = stream.get(i);
            if (x.getChannel() != Token.DEFAULT_CHANNEL) continue;
            if (x.getType() == NNLexer.NL || x.getText().equals(";") || x.getText().equals("{") || x.getText().equals("}")) break;
            first = x;
        }
        return first;
    }
}
