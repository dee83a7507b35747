package nn.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import nn.i18n.Lang;
import nn.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The platform catalogue's family platform.character.XXXX: a name in both languages for every invisible
 * character Unicode names, its English entry the very name English messages have always given, and the
 * Spanish names read in the errors.
 */
class InvisibleCharacterNamesTest {
    @AfterEach void english() { Messages.use(Lang.EN); }

    @Test void everyNamedInvisibleCharacterHasANameInBothLanguagesAndEnglishIsUnchanged() {
        List<String> problems = new ArrayList<>();
        int named = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String english = Characters.nameOf(cp);
            if (english == null) continue;
            named++;
            String key = Characters.key(cp);
            try {
                if (!english.equals(Messages.in(Lang.EN, key))) problems.add(key + ": English says '" + english + "', the catalogue '" + Messages.in(Lang.EN, key) + "'");
                String spanish = Messages.in(Lang.ES, key);
                if (spanish.isBlank() || spanish.equals(english)) problems.add(key + ": no Spanish name (" + spanish + ")");
            } catch (IllegalStateException missing) {
                problems.add(key + " (" + english + ") is not catalogued");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(254, named, "the invisible characters Unicode names (JDK 25, Unicode 16)");
    }

    @Test void spanishErrorsNameTheCharacterInSpanishAndKeepItsCodePoint() {
        assertEquals("U+200B (a zero width space)", Characters.describe("\u200B"));
        assertEquals("U+00A0 (a no-break space)", Characters.describe("\u00A0"));
        assertEquals("U+0007 (a bell)", Characters.describe("\u0007"));
        Messages.use(Lang.ES);
        assertEquals("U+200B (espacio de ancho cero)", Characters.describe("\u200B"));
        assertEquals("U+00A0 (espacio de no separación)", Characters.describe("\u00A0"));
        assertEquals("U+FEFF (marca de orden de bytes)", Characters.describe("\uFEFF"));
        assertEquals("U+0007 (campana)", Characters.describe("\u0007"));
        assertEquals("U+0009 (tabulación horizontal)", Characters.describe("\t"));
        assertEquals("U+202E (forzado de derecha a izquierda)", Characters.describe("\u202E"));
        assertEquals("U+E0041 (etiqueta: letra latina mayúscula a)", Characters.describe(new String(Character.toChars(0xE0041))));
        assertEquals("'$'", Characters.describe("$"));
        assertEquals("U+E000", Characters.describe("\uE000"), "a private-use character has no name in either language");
        assertNotEquals(Messages.in(Lang.EN, Characters.key(0x2003)), Messages.in(Lang.ES, Characters.key(0x2003)));
    }
}
