package nn.lang.syntax;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The brace syntax shared by f-strings ({@code f"loss = {E:.4f}"}) and {@code format("{:.3f}", x)}, as
 * Python writes it: text with fields in braces, each field's text and an optional format spec after the
 * first ':' that is not inside brackets; {@code {{} and {@code }}} stand for braces themselves.
 */
public final class Templates {
    private Templates() {}

    /** One piece of a template: literal text (field null) or a field with its spec (empty when none). */
    public record Piece(String literal, String field, String spec, int start, int end) {
        public boolean isField() { return field != null; }
    }

    /** A template that does not scan, with the offset of the offending character. */
    public static final class Error extends Exception {
        private static final long serialVersionUID = 1L;
        public final int offset;
        public final String hint;

        Error(int offset, String message, String hint) {
            super(message, null, false, false);
            this.offset = offset;
            this.hint = hint;
        }
    }

    public static List<Piece> split(String text) throws Error {
        List<Piece> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int literalStart = 0;
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < n && text.charAt(i + 1) == '{' || c == '}' && i + 1 < n && text.charAt(i + 1) == '}') {
                literal.append(c);
                i += 2;
                continue;
            }
            if (c == '}') throw new Error(i, Messages.t("lang.template.single-close"), Messages.t("lang.template.single-close-hint"));
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            if (!literal.isEmpty()) out.add(new Piece(literal.toString(), null, null, literalStart, i));
            literal.setLength(0);
            int open = i, depth = 0, colon = -1;
            i++;
            for (; i < n; i++) {
                char d = text.charAt(i);
                if (colon < 0 && (d == '(' || d == '[' || d == '{')) depth++;
                else if (colon < 0 && (d == ')' || d == ']')) depth--;
                else if (d == '}' && depth > 0 && colon < 0) depth--;
                else if (d == '}') break;
                else if (d == ':' && depth == 0 && colon < 0) colon = i;
                else if (d == '{' && colon >= 0)
                    throw new Error(i, Messages.t("lang.template.brace-in-spec"), Messages.t("lang.template.brace-in-spec-hint"));
            }
            if (i >= n) throw new Error(open, Messages.t("lang.template.never-closed"), Messages.t("lang.template.never-closed-hint"));
            String field = text.substring(open + 1, colon < 0 ? i : colon);
            String spec = colon < 0 ? "" : text.substring(colon + 1, i);
            out.add(new Piece(null, field, spec, open, i + 1));
            i++;
            literalStart = i;
        }
        if (!literal.isEmpty()) out.add(new Piece(literal.toString(), null, null, literalStart, n));
        return out;
    }
}
