package nn.cli;

import java.util.ArrayList;
import java.util.List;
import nn.i18n.Lang;
import nn.i18n.Messages;

/**
 * {@code --lang es|en}, taken off the command line before anything else reads it, so that every message
 * from then on — picocli's usage errors included — is in the chosen language. It may stand anywhere
 * ({@code nn --lang es hw.nn}, {@code nn grade --lang=es …}).
 */
final class LanguageOption {
    private LanguageOption() {}

    /** A {@code --lang} value nn does not speak. */
    static final class Unknown extends Exception {
        @java.io.Serial private static final long serialVersionUID = 1L;

        Unknown(String value) { super(value); }
    }

    /** The arguments without {@code --lang}; the language it names is now {@link Messages#lang()}. */
    static String[] apply(String[] args) throws Unknown {
        List<String> rest = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            if (a.equals("--lang")) {
                if (i + 1 >= args.length) throw new Unknown("");
                value = args[++i];
            } else if (a.startsWith("--lang=")) {
                value = a.substring(7);
            } else {
                rest.add(a);
                continue;
            }
            Lang lang = Lang.parse(value);
            if (lang == null) throw new Unknown(value);
            Messages.use(lang);
        }
        return rest.toArray(String[]::new);
    }
}
