package nn.repl;

import java.util.regex.Pattern;
import nn.lang.syntax.Parsers;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Colours the line as the language's own lexer reads it: keywords, numbers, strings, comments, errors. */
final class SyntaxHighlighter implements Highlighter {
    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        int at = 0;
        boolean astral = buffer.codePointCount(0, buffer.length()) != buffer.length();
        for (Parsers.Lexeme t : Parsers.lex(buffer)) {
            // The lexer counts code points; the buffer is indexed by UTF-16 chars (they differ after an emoji).
            int start = astral ? charIndex(buffer, t.start()) : Math.min(t.start(), buffer.length());
            int end = astral ? charIndex(buffer, t.end()) : Math.min(t.end(), buffer.length());
            if (start > at) out.append(buffer.substring(at, start));
            if (end > start) out.styled(style(t.kind()), buffer.substring(start, end));
            at = Math.max(at, end);
        }
        if (at < buffer.length()) out.append(buffer.substring(at));
        return out.toAttributedString();
    }

    private static int charIndex(String s, int codePoints) {
        int cps = s.codePointCount(0, s.length());
        return codePoints >= cps ? s.length() : s.offsetByCodePoints(0, codePoints);
    }

    static AttributedStyle style(Parsers.TokenKind kind) {
        return switch (kind) {
            case KEYWORD -> AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
            case NUMBER -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
            case STRING -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
            case COMMENT -> AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT + AttributedStyle.BLACK);
            case ERROR -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
            case NAME, OPERATOR, SPACE -> AttributedStyle.DEFAULT;
        };
    }

    @Override public void setErrorPattern(Pattern errorPattern) { }
    @Override public void setErrorIndex(int errorIndex) { }
}
