package nn.lang.syntax;

import nn.i18n.Lang;
import nn.i18n.Messages;
import java.util.Locale;
import java.util.Map;

/**
 * Names a character the lexer cannot use so that a person can see it: a visible one in quotes ('$'), an
 * invisible or control one as its code point and name ("U+00A0 (a no-break space)"), because printed raw
 * it shows as nothing, or rings the terminal's bell.
 */
final class Characters {
    private Characters() {}

    // Unicode's own names where they read badly in a sentence.
    private static final Map<Integer, String> PLAIN_NAMES = Map.of(
            0x07, "bell", 0x0B, "vertical tab", 0x85, "next line", 0xFEFF, "byte order mark",
            0x7F, "delete character", 0x00, "null character", 0x1B, "escape character");

    /** "'$'" for a visible character, "U+0007 (a bell)" for an invisible one. */
    static String describe(String text) {
        if (text.isEmpty()) return "''";
        int cp = text.codePointAt(0);
        if (!invisible(cp)) return "'" + text + "'";
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        String name = name(cp);
        if (name == null) return code;
        return "aeiou".indexOf(name.charAt(0)) >= 0 ? Messages.t("lang.character.named-an", code, name)
                : Messages.t("lang.character.named-a", code, name);
    }

    /** What to do about an invisible character, or null for a visible one. */
    static String hint(String text) {
        if (text.isEmpty()) return null;
        int cp = text.codePointAt(0);
        if (Character.isSpaceChar(cp))
            return Messages.t("lang.character.unusual-space-hint");
        if (invisible(cp)) return Messages.t("lang.character.invisible-hint");
        return null;
    }

    private static boolean invisible(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }

    private static String name(int cp) {
        if (PLAIN_NAMES.containsKey(cp)) return spoken(cp, PLAIN_NAMES.get(cp));
        int type = Character.getType(cp);
        if (type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.UNASSIGNED) return null;
        String name = nn.platform.Unicode.name(cp);
        return name == null ? null : spoken(cp, name.toLowerCase(Locale.ROOT));
    }

    /**
     * The character's name in the language nn speaks: English is Unicode's own (lower case); another
     * language's is in the {@code platform} catalogue, under {@link #key}. A character named only by a newer
     * Unicode than the catalogue keeps Unicode's English name rather than none.
     */
    private static String spoken(int cp, String english) {
        if (Messages.lang() == Lang.EN) return english;
        try {
            return Messages.t(key(cp));
        } catch (IllegalStateException notCatalogued) {
            return english;
        }
    }

    /** The catalogue key of a character's name: platform.character.200B. */
    static String key(int cp) { return String.format(Locale.ROOT, "platform.character.%04X", cp); }

    /** The name nn gives an invisible character in the current language, or null (for the test of the catalogue). */
    static String nameOf(int cp) { return invisible(cp) ? name(cp) : null; }

}
