package nn.lang.syntax;

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
        if (PLAIN_NAMES.containsKey(cp)) return PLAIN_NAMES.get(cp);
        int type = Character.getType(cp);
        if (type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.UNASSIGNED) return null;
        String name = nn.platform.Unicode.name(cp);
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

}
