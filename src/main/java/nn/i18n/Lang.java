package nn.i18n;

import java.util.Locale;
import java.util.Map;

/**
 * The languages nn speaks. Keywords and builtin names are one language; everything nn says — errors,
 * hints, traces, progress, help — follows the chosen {@code Lang}.
 */
public enum Lang {
    // The browser's build reads catalogues without locales (BrowserCatalogues) and has no forLanguageTag.
    EN(Locale.ROOT), ES(nn.platform.Browser.isBrowser() ? Locale.ROOT : Locale.forLanguageTag("es"));

    /** The locale whose catalogue holds this language's texts (English is the base catalogue). */
    public final Locale locale;

    Lang(Locale locale) { this.locale = locale; }

    /** The code users type: {@code en}, {@code es}. */
    public String code() { return name().toLowerCase(Locale.ROOT); }

    /** {@code "es"}, {@code "ES"}, {@code "es_ES.UTF-8"}, {@code "es-MX"} → ES; null when not a language nn speaks. */
    public static Lang parse(String text) {
        if (text == null) return null;
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Lang l : values()) {
            String c = l.code();
            if (t.equals(c) || t.startsWith(c + "_") || t.startsWith(c + "-") || t.startsWith(c + ".")) return l;
        }
        return null;
    }

    /**
     * The language a run speaks when no {@code --lang} was given: {@code NN_LANG}, else the locale
     * ({@code LC_ALL}, then {@code LC_MESSAGES}, then {@code LANG}, as POSIX orders them; the first that is
     * set decides, so {@code LC_ALL=C} means English), else English.
     */
    public static Lang fromEnvironment(Map<String, String> env) {
        Lang chosen = parse(env.get("NN_LANG"));
        if (chosen != null) return chosen;
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                Lang l = parse(value);
                return l != null ? l : EN;
            }
        }
        return EN;
    }
}
