package nn.interp.lib;

import java.util.Locale;
import nn.i18n.Lang;
import nn.i18n.Messages;

/**
 * The registry's texts in the chosen language. Each builtin, field, area, kind of value and parameter
 * type is declared with its English text next to its code; the {@code doc} catalogue holds that text in
 * both languages under a key built from the declared name ({@code doc.builtin.NAME},
 * {@code doc.field.HOLDER.NAME}, …), and RegistryDocsTest checks the family both ways. English is
 * the declaration itself, so a declaration and its English entry cannot drift apart unnoticed.
 */
final class Docs {
    private Docs() {}

    static String builtin(String name, String english) { return text("doc.builtin." + name, english); }

    static String field(Holder holder, String name, String english) { return text("doc.field." + word(holder) + "." + name, english); }

    static String holds(String english) { return text("doc.holds." + english.replace(' ', '-'), english); }

    static String area(String topic, String english) { return text("doc.area." + topic, english); }

    static String holder(Holder holder, String english) { return text("doc.holder." + word(holder), english); }

    static String type(Type type, String english) { return text("doc.type." + word(type), english); }

    static String example(String name, String english) { return hasWords(english) ? text("doc.example." + name, english) : english; }

    /**
     * Whether an example says something in words, which a language translates: a comment with a word in it
     * (not a value such as true or nan), or a string holding a phrase. Plain code and plain values are the
     * same in every language.
     */
    static boolean hasWords(String example) {
        int hash = example.indexOf("  # ");
        String comment = hash < 0 ? "" : example.substring(hash + 4);
        java.util.regex.Matcher string = STRING.matcher(example);
        while (string.find()) if (string.group().contains(" ") && WORD.matcher(string.group()).find()) return true;
        return WORD.matcher(STRING.matcher(comment).replaceAll("").replaceAll("\\b(true|false|nan|inf)\\b", "")).find();
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}{3,}");
    private static final java.util.regex.Pattern STRING = java.util.regex.Pattern.compile("\"[^\"]*\"");

    /** The key a builtin's doc is catalogued under (for the test). */
    static String key(Builtin b) { return "doc.builtin." + b.name(); }

    static String word(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }

    /**
     * The catalogue's text for {@code key}; English is the declaration. A builtin added on another branch
     * without its Spanish doc yet reads in English rather than failing :help (the test names the gap).
     */
    private static String text(String key, String english) {
        if (Messages.lang() == Lang.EN) return english;
        try {
            return Messages.t(key);
        } catch (IllegalStateException missing) {
            return english;
        }
    }
}
