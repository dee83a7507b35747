package nn.viz;

import java.awt.image.BufferedImage;
import nn.platform.Unicode;

/**
 * A built-in 5×7 pixel font for the printable ASCII characters and Spanish's own letters (á é í ó ú ü ñ,
 * their capitals, ¿ and ¡), drawn pixel by pixel. Plots use it instead of the system's fonts so that an
 * image has the same bytes on every machine, with or without fonts installed. Other accented letters lose
 * their accents; other characters print as '?'.
 */
final class BitmapFont {
    private BitmapFont() {}

    static final int GLYPH_WIDTH = 5;
    static final int GLYPH_HEIGHT = 7;

    // One glyph per character from ' ' (32) to '~' (126): seven rows of two hex digits, bit 4 the left
    // pixel; g, j, p, q and y have two more rows that hang below the line.
    private static final String[] GLYPHS = {
        "00000000000000", //  
        "04040404040004", // !
        "0A0A0000000000", // "
        "0A0A1F0A1F0A0A", // #
        "040F140E051E04", // $
        "18190204081303", // %
        "0C12140815120D", // &
        "04040000000000", // '
        "02040808080402", // (
        "08040202020408", // )
        "0004150E150400", // *
        "0004041F040400", // +
        "000000000C0408", // ,
        "0000001F000000", // -
        "00000000000C0C", // .
        "00010204081000", // /
        "0E11131519110E", // 0
        "040C040404040E", // 1
        "0E11010204081F", // 2
        "1F02040201110E", // 3
        "02060A121F0202", // 4
        "1F101E0101110E", // 5
        "0608101E11110E", // 6
        "1F010204080808", // 7
        "0E11110E11110E", // 8
        "0E11110F01020C", // 9
        "000C0C000C0C00", // :
        "000C0C000C0408", // ;
        "02040810080402", // <
        "00001F001F0000", // =
        "08040201020408", // >
        "0E110102040004", // ?
        "0E11010D15150E", // @
        "0E1111111F1111", // A
        "1E11111E11111E", // B
        "0E11101010110E", // C
        "1C12111111121C", // D
        "1F10101E10101F", // E
        "1F10101E101010", // F
        "0E11101711110F", // G
        "1111111F111111", // H
        "0E04040404040E", // I
        "0702020202120C", // J
        "11121418141211", // K
        "1010101010101F", // L
        "111B1515111111", // M
        "11111915131111", // N
        "0E11111111110E", // O
        "1E11111E101010", // P
        "0E11111115120D", // Q
        "1E11111E141211", // R
        "0F10100E01011E", // S
        "1F040404040404", // T
        "1111111111110E", // U
        "11111111110A04", // V
        "1111111515150A", // W
        "11110A040A1111", // X
        "1111110A040404", // Y
        "1F01020408101F", // Z
        "0E08080808080E", // [
        "00100804020100", // backslash
        "0E02020202020E", // ]
        "040A1100000000", // ^
        "0000000000001F", // _
        "08040200000000", // `
        "00000E010F110F", // a
        "1010161911111E", // b
        "00000E1010110E", // c
        "01010D1311110F", // d
        "00000E111F100E", // e
        "0609081C080808", // f
        "00000F1111110F010E", // g
        "10101619111111", // h
        "04000C0404040E", // i
        "02000602020202120C", // j
        "10101214181412", // k
        "0C04040404040E", // l
        "00001A15151111", // m
        "00001619111111", // n
        "00000E1111110E", // o
        "00001E1111111E1010", // p
        "00000F1111110F0101", // q
        "00001619101010", // r
        "00000E100E011E", // s
        "08081C08080906", // t
        "0000111111130D", // u
        "00001111110A04", // v
        "0000111115150A", // w
        "0000110A040A11", // x
        "0000111111110F010E", // y
        "00001F0204081F", // z
        "02040408040402", // {
        "04040404040404", // |
        "08040402040408", // }
        "00000815020000", // ~
    };

    /**
     * Spanish's letters and marks, in the same seven rows. A small letter keeps its body in the lower five
     * rows and takes its accent in the two above, where i has its dot; a capital has no room above it, so
     * an accented capital is a row shorter, under a one-row accent (Ñ: five rows under a two-row tilde).
     */
    private static final java.util.Map<Character, String> SPANISH = java.util.Map.ofEntries(
        java.util.Map.entry('á', "02040E010F110F"),
        java.util.Map.entry('é', "02040E111F100E"),
        java.util.Map.entry('í', "02040C0404040E"),
        java.util.Map.entry('ó', "02040E1111110E"),
        java.util.Map.entry('ú', "0204111111130D"),
        java.util.Map.entry('ü', "0A00111111130D"),
        java.util.Map.entry('ñ', "0D160016191111"),
        java.util.Map.entry('Á', "060E11111F1111"),
        java.util.Map.entry('É', "061F101E10101F"),
        java.util.Map.entry('Í', "060E040404040E"),
        java.util.Map.entry('Ó', "060E111111110E"),
        java.util.Map.entry('Ú', "0611111111110E"),
        java.util.Map.entry('Ü', "0A11111111110E"),
        java.util.Map.entry('Ñ', "0D161119151311"),
        java.util.Map.entry('¿', "0400040810110E"),
        java.util.Map.entry('¡', "04000404040404"));

    /** The rows of {@code c}'s glyph (a character {@link #printable} keeps). */
    private static String glyph(char c) {
        return c >= 32 && c < 127 ? GLYPHS[c - 32] : SPANISH.get(c);
    }

    /** Width in pixels of {@code text} drawn at {@code scale} (one blank column between characters). */
    static int width(String text, int scale) {
        int n = printable(text).length();
        return n == 0 ? 0 : (n * (GLYPH_WIDTH + 1) - 1) * scale;
    }

    static int height(int scale) { return GLYPH_HEIGHT * scale; }

    /** Draws {@code text} with its top-left corner at (x, y); pixels outside the image are skipped. */
    static void draw(BufferedImage img, String text, int x, int y, int scale, int rgb) {
        String s = printable(text);
        for (int k = 0; k < s.length(); k++) {
            String glyph = glyph(s.charAt(k));
            int left = x + k * (GLYPH_WIDTH + 1) * scale;
            for (int row = 0; row < glyph.length() / 2; row++) {
                int bits = Integer.parseInt(glyph, row * 2, row * 2 + 2, 16);
                for (int col = 0; col < GLYPH_WIDTH; col++)
                    if ((bits & (0x10 >> col)) != 0) fill(img, left + col * scale, y + row * scale, scale, rgb);
            }
        }
    }

    private static void fill(BufferedImage img, int x, int y, int size, int rgb) {
        for (int dy = 0; dy < size; dy++)
            for (int dx = 0; dx < size; dx++) {
                int px = x + dx, py = y + dy;
                if (px >= 0 && py >= 0 && px < img.getWidth() && py < img.getHeight()) img.setRGB(px, py, 0xff000000 | rgb);
            }
    }

    /** {@code text} in the characters this font has: Spanish's letters kept, other accents dropped. */
    static String printable(String text) {
        String composed = Unicode.composed(text).replace("\u2026", "...");
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if ((c >= 32 && c < 127) || SPANISH.containsKey(c)) {
                out.append(c);
                continue;
            }
            String plain = Unicode.decomposed(String.valueOf(c)).replaceAll("\\p{M}", "");
            for (int j = 0; j < plain.length(); j++) {
                char p = plain.charAt(j);
                out.append(switch (p) {
                    case '\u2212', '\u2013', '\u2014' -> '-';
                    case '\u00d7' -> 'x';
                    default -> p >= 32 && p < 127 ? p : '?';
                });
            }
        }
        return out.toString();
    }
}
