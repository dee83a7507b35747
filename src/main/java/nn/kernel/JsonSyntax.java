package nn.kernel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nn.i18n.Foreign;
import nn.i18n.Messages;

/** Why Gson could not read a JSON text: Gson's sentence in English, nn's (with its line and column) otherwise. */
final class JsonSyntax {
    private JsonSyntax() {}

    private static final Pattern AT = Pattern.compile("line (\\d+) column (\\d+)");

    static String reason(String gsonText) {
        Matcher at = AT.matcher(String.valueOf(gsonText));
        return Foreign.orSaid(gsonText, at.find() ? Messages.t("kernel.json-error-at", at.group(1), at.group(2))
                : Messages.t("kernel.json-error"));
    }
}
