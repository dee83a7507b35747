package nn.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The bitmap font draws Spanish's letters with their accents, so a Spanish plot title reads right in a PNG. */
class BitmapFontTest {
    /** The pixels {@code text} sets, drawn alone at scale 1 on a white image, row by row. */
    private static int[] pixels(String text) {
        BufferedImage img = new BufferedImage(Math.max(1, BitmapFont.width(text, 1)), BitmapFont.height(1) + 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) img.setRGB(x, y, 0xffffff);
        BitmapFont.draw(img, text, 0, 0, 1, 0x000000);
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    private static int inked(int[] pixels) { return (int) Arrays.stream(pixels).filter(p -> (p & 0xffffff) == 0).count(); }

    @Test void everySpanishLetterDiffersFromItsPlainLetter() {
        String accented = "áéíóúüñÁÉÍÓÚÜÑ¿¡", plain = "aeiouunAEIOUUN?!";
        for (int i = 0; i < accented.length(); i++) {
            String a = accented.substring(i, i + 1), p = plain.substring(i, i + 1);
            assertEquals(a, BitmapFont.printable(a), "the font keeps " + a);
            assertEquals(BitmapFont.width(p, 1), BitmapFont.width(a, 1), "one column like " + p);
            assertTrue(inked(pixels(a)) > 0, a + " is drawn");
            assertTrue(!Arrays.equals(pixels(a), pixels(p)), a + " is not drawn as " + p);
        }
        assertNotEquals(Arrays.toString(pixels("ó")), Arrays.toString(pixels("Ó")), "a capital differs from its small letter");
        assertNotEquals(Arrays.toString(pixels("ú")), Arrays.toString(pixels("ü")));
    }

    @Test void aSmallLettersAccentSitsAboveItsUnchangedBody() {
        // é is e with an accent in the two rows above: the body's five rows are the same pixels.
        int width = BitmapFont.width("e", 1);
        int[] accented = pixels("é"), plain = pixels("e");
        assertEquals(Arrays.toString(Arrays.copyOfRange(plain, 2 * width, 7 * width)), Arrays.toString(Arrays.copyOfRange(accented, 2 * width, 7 * width)));
        assertTrue(inked(Arrays.copyOfRange(accented, 0, 2 * width)) > 0, "the accent");
        assertEquals(0, inked(Arrays.copyOfRange(plain, 0, 2 * width)));
    }

    @Test void aSpanishTitleRendersAccentsWhereTheEnglishFontDroppedThem() {
        String title = "pérdida por época (¿convergió?)";
        assertEquals(title, BitmapFont.printable(title));
        assertTrue(!Arrays.equals(pixels(title), pixels("perdida por epoca (?convergio?)")));
        assertEquals(BitmapFont.width("perdida por epoca (?convergio?)", 2), BitmapFont.width(title, 2));
        // decomposed input (e + combining acute) draws the same letter; other accents are still dropped
        assertEquals("é", BitmapFont.printable("e\u0301"));
        assertEquals("a-c x ...", BitmapFont.printable("à\u2212ç × …"));
        assertEquals("?", BitmapFont.printable("€"));
    }
}
