package nn.web.teavm;

import java.util.List;
import org.apache.commons.math3.exception.util.Localizable;

/**
 * commons-math's exception messages in the browser's build (see {@link MathMessagesPlugin}): each pattern's
 * English text with its numbered arguments ({@code {0}}) filled in, the patterns joined by the separator, as
 * {@code ExceptionContext} does with MessageFormat on the JVM (numbers as Java writes them, no grouping).
 */
public final class MathMessages {
    private MathMessages() {}

    public static String build(List<Localizable> patterns, List<Object[]> arguments, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < patterns.size(); i++) {
            if (i > 0) out.append(separator);
            fill(out, patterns.get(i).getSourceString(), arguments.get(i));
        }
        return out.toString();
    }

    /** MessageFormat's subset the patterns use: {N} arguments, '' for a quote, '…' for quoted text. */
    static void fill(StringBuilder out, String pattern, Object[] args) {
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') { out.append('\''); i++; }
                else quoted = !quoted;
            } else if (c == '{' && !quoted) {
                int close = pattern.indexOf('}', i);
                if (close < 0) { out.append(pattern, i, pattern.length()); return; }
                String spec = pattern.substring(i + 1, close);
                int comma = spec.indexOf(',');
                String number = (comma < 0 ? spec : spec.substring(0, comma)).trim();
                int index = number.chars().allMatch(Character::isDigit) && !number.isEmpty() ? Integer.parseInt(number) : -1;
                if (index >= 0 && args != null && index < args.length) out.append(args[index]);
                else out.append('{').append(spec).append('}');
                i = close;
            } else {
                out.append(c);
            }
        }
    }
}
