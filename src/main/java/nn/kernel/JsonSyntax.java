package nn.kernel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nn.i18n.Messages;

/**
 * Why Gson could not read a JSON text, in nn's words in every language: where it went wrong (line and column)
 * and whether the text simply ends too early. Gson's own sentence (with its Java exception names and JSON
 * paths) is not for the user.
 */
final class JsonSyntax {
    private JsonSyntax() {}

    private static final Pattern AT = Pattern.compile("line (\\d+) column (\\d+)");

    static String reason(Throwable e) {
        boolean early = false;
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof java.io.EOFException || String.valueOf(t.getMessage()).contains("End of input")) early = true;
        Matcher at = AT.matcher(String.valueOf(e.getMessage()));
        if (!at.find()) return Messages.t(early ? "kernel.json-ends-early" : "kernel.json-error");
        return Messages.t(early ? "kernel.json-ends-early-at" : "kernel.json-error-at", at.group(1), at.group(2));
    }
}
