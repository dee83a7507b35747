package nn.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The browser's table of names is the JDK's: every invisible character, by the same name. */
class InvisibleNamesTest {
    @Test void everyInvisibleCharacterHasTheJdksName() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int t = Character.getType(cp);
            boolean invisible = t == Character.CONTROL || t == Character.FORMAT || t == Character.SPACE_SEPARATOR
                    || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
            int c = cp;
            assertEquals(invisible ? Character.getName(cp) : null, InvisibleNames.of(cp),
                    () -> String.format("U+%04X: regenerate nn.platform.InvisibleNames from this JDK", c));
        }
    }
}
