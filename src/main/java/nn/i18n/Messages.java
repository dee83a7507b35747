package nn.i18n;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Everything nn says to its user, in the chosen language. A text is named by a key whose first part is
 * its catalogue: {@code "train.converged"} lives in {@code nn/i18n/train.properties} (English) and
 * {@code nn/i18n/train_es.properties} (Spanish). One catalogue per area keeps each area's texts together.
 *
 * <p>Texts are {@link MessageFormat} patterns with two conveniences, so catalogues read as plain prose:
 * an apostrophe is just an apostrophe ({@code 'tanh'}, {@code don't}), and a brace that does not open a
 * numbered argument is just a brace ({@code train net on data { epochs 10 }}). Arguments are
 * {@code {0}}, {@code {1}}…; plurals are choices: {@code {0,choice,1#1 epoch|1<{0} epochs}}
 * ({@code {0,choice,1#1 época|1<{0} épocas}}); inside a choice write no apostrophes or literal braces.
 *
 * <p>Numbers keep the notation of the language's code in both languages — {@code 0.85}, never
 * {@code 0,85}, and no thousands separators — because a number in a message is one the student may
 * copy back into a script. A plain {@code {0}} given a number prints it as nn prints numbers.
 */
public final class Messages {
    private static volatile Lang current = Lang.EN;

    private Messages() {}

    /** The language texts are in now. */
    public static Lang lang() { return current; }

    /** Chooses the language for everything said from now on (set once at start-up; tests restore it). */
    public static void use(Lang lang) { current = lang; }

    /** The text named {@code key} in the current language, with its arguments filled in. */
    public static String t(String key, Object... args) { return in(current, key, args); }

    /** The text named {@code key} in {@code lang}. */
    public static String in(Lang lang, String key, Object... args) {
        return format(pattern(lang, key), args);
    }

    /**
     * Fills a catalogue text's arguments. Plural choices are resolved first, as text, so that a number
     * inside the chosen branch ({@code {0} epochs}) prints as nn prints numbers, not with the thousands
     * separators MessageFormat would give it.
     */
    static String format(String text, Object... given) {
        Object[] args = given.clone();
        // The browser build fills texts itself: MessageFormat would bring calendars and locale data into nn.js.
        if (nn.platform.Browser.isBrowser()) return PlainFormat.fill(expandChoices(text, args), args);
        MessageFormat format = new MessageFormat(escape(expandChoices(text, args)), Locale.ROOT);
        Format[] byArgument = format.getFormatsByArgumentIndex();
        for (int i = 0; i < args.length && i < byArgument.length; i++) {
            if (byArgument[i] == null && args[i] instanceof Number n) args[i] = plain(n);
        }
        return format.format(args);
    }

    /** Replaces each {@code {N,choice,…}} by the branch its number chooses. */
    static String expandChoices(String text, Object[] args) {
        if (!text.contains(",choice,")) return text;
        StringBuilder out = new StringBuilder(text.length());
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                int end = closing(text, i);
                String element = text.substring(i + 1, end);
                int comma = element.indexOf(",choice,");
                if (comma > 0) {
                    int index = Integer.parseInt(element.substring(0, comma).trim());
                    Object arg = index < args.length ? args[index] : null;
                    if (!(arg instanceof Number number)) {
                        throw new IllegalArgumentException(Messages.t("internal.plural-needs-number", index, String.valueOf(arg)));
                    }
                    String choices = element.substring(comma + 8);
                    out.append(nn.platform.Browser.isBrowser() ? PlainFormat.choose(choices, number.doubleValue())
                            : new ChoiceFormat(choices).format(number.doubleValue()));
                } else {
                    out.append(text, i, end + 1);
                }
                i = end + 1;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int closing(String text, int open) {
        int depth = 0;
        for (int j = open; j < text.length(); j++) {
            char d = text.charAt(j);
            if (d == '{') depth++;
            else if (d == '}' && --depth == 0) return j;
        }
        // Said without formatting (the text that could not be formatted may be this one).
        throw new IllegalArgumentException(pattern(current, "internal.unclosed-argument").replace("{0}", text));
    }

    /**
     * The raw pattern of {@code key} in {@code lang}. A key or catalogue that is not there is a bug in nn
     * (MessageCataloguesTest prevents it), reported as an internal error in the language's own words.
     */
    public static String pattern(Lang lang, String key) {
        String text = lookup(lang, key);
        if (text == null) throw new IllegalStateException(missing(lang, key));
        return text;
    }

    /** The text of {@code key}, or null when its catalogue or the key is missing. */
    private static String lookup(Lang lang, String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) return null;
        if (nn.platform.Browser.isBrowser()) return BrowserCatalogues.pattern(lang, key);
        try {
            return ResourceBundle.getBundle("nn.i18n." + key.substring(0, dot), lang.locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** "no text for message key K in es", from the internal catalogue; the key alone if even that is gone. */
    static String missing(Lang lang, String key) {
        String text = key.equals("internal.no-text") ? null : lookup(lang, "internal.no-text");
        return text == null ? key : text.replace("{0}", key).replace("{1}", lang.code());
    }

    /** Numbers as nn prints them: integers in full, others in nn's shortest decimal form. */
    static String plain(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) return n.toString();
        return nn.tensor.Decimals.number(n.doubleValue());
    }

    /**
     * Turns a catalogue text into a MessageFormat pattern: apostrophes become literal ({@code ''}) and
     * braces that do not open a numbered argument become quoted braces. A numbered argument, with any
     * choice inside it, is copied as written.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                int j = closing(text, i);
                out.append(text, i, j + 1);
                i = j + 1;
                continue;
            }
            if (c == '\'' || c == '{' || c == '}') {
                // A run of literal quotes and braces: braces go in one quoted section (quoting each alone
                // would put sections side by side, '{''}', and MessageFormat reads the '' between them as a
                // quote); a quote is '' inside a section and outside one alike.
                int end = i;
                boolean brace = false;
                while (end < n && (text.charAt(end) == '\'' || text.charAt(end) == '}'
                        || (text.charAt(end) == '{' && !(end + 1 < n && Character.isDigit(text.charAt(end + 1)))))) {
                    brace |= text.charAt(end) != '\'';
                    end++;
                }
                String run = text.substring(i, end).replace("'", "''");
                out.append(brace ? "'" + run + "'" : run);
                i = end;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
