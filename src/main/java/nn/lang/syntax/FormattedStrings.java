package nn.lang.syntax;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nn.lang.ast.Expr;
import nn.lang.source.Diagnostic;
import nn.lang.source.SourceFile;
import nn.lang.source.Span;
import org.antlr.v4.runtime.Token;

/**
 * f-strings: the lexer sees {@code f"…"} as one token; here its text is split into literal pieces and
 * holes ({@link Templates}), and each hole's expression is parsed on its own at its place in the file,
 * so an error inside a hole points into the string.
 */
final class FormattedStrings {
    private FormattedStrings() {}

    static Expr.FString build(SourceFile file, int base, Token token, BiFunction<String, Integer, String> unescape) {
        String raw = token.getText().substring(2, token.getText().length() - 1);
        int first = base + token.getStartIndex() + 2;  // offset of raw's first character
        Span whole = new Span(file, base + token.getStartIndex(), base + token.getStopIndex() + 1);
        List<Templates.Piece> pieces;
        try {
            pieces = Templates.split(raw);
        } catch (Templates.Error e) {
            int at = first + raw.codePointCount(0, e.offset);
            throw new Diagnostic.Failure(Diagnostic.at(new Span(file, at, at + 1), e.getMessage(), e.hint), Diagnostic.Kind.SYNTAX);
        }
        List<Expr.FPart> parts = new ArrayList<>();
        for (Templates.Piece p : pieces) {
            int start = first + raw.codePointCount(0, p.start());
            if (!p.isField()) {
                parts.add(new Expr.FText(unescape.apply(p.literal(), start)));
                continue;
            }
            Span hole = new Span(file, start, first + raw.codePointCount(0, p.end()));
            String source = p.field();
            String label = "";
            String trimmed = source.stripTrailing();
            if (trimmed.endsWith("=") && !trimmed.endsWith("==") && !trimmed.endsWith("<=") && !trimmed.endsWith(">=")
                    && !trimmed.endsWith("!=")) {
                label = source;  // f"{E=}" prints "E=0.191", as in Python
                source = trimmed.substring(0, trimmed.length() - 1);
            }
            if (source.isBlank())
                throw new Diagnostic.Failure(Diagnostic.at(hole, Messages.t("lang.syntax.fstring-empty-hole"),
                        Messages.t("lang.syntax.fstring-empty-hole-hint")),
                        Diagnostic.Kind.SYNTAX);
            if (source.indexOf('\\') >= 0 || source.indexOf('"') >= 0)
                throw new Diagnostic.Failure(Diagnostic.at(hole, Messages.t("lang.syntax.fstring-backslash"),
                        Messages.t("lang.syntax.fstring-backslash-hint")), Diagnostic.Kind.SYNTAX);
            int exprAt = start + 1;
            Expr value = Parsers.embeddedExpr(file, source, exprAt, hole);
            parts.add(new Expr.FHole(hole, value, p.spec(), label));
        }
        return new Expr.FString(whole, List.copyOf(parts));
    }
}
