package nn.viz;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureGridTest {
    @TempDir Path dir;

    private static int rgb(BufferedImage img, int[] xy) { return img.getRGB(xy[0], xy[1]) & 0xffffff; }

    @Test void aGreyPictureIsInkOnPaperReadBackFromThePng() throws IOException {
        List<Picture> pics = List.of(new Picture("7", 2, 2, new double[] {0, 1, 0.5, 0}));
        Path file = dir.resolve("image.png");
        PictureGrid.write("image", pics, ColourScale.grey(0, 1), file);
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(0xffffff, rgb(img, PictureGrid.centreOf("image", pics, 0, 0, 0)));
        assertEquals(0x000000, rgb(img, PictureGrid.centreOf("image", pics, 0, 0, 1)));
        assertEquals(0x808080, rgb(img, PictureGrid.centreOf("image", pics, 0, 1, 0)));
        assertEquals(0xffffff, rgb(img, PictureGrid.centreOf("image", pics, 0, 1, 1)));
    }

    @Test void weightsUseADivergingScaleWhiteAtZero() {
        List<Picture> pics = List.of(new Picture("unit 0", 1, 3, new double[] {-2, 0, 2}), new Picture("unit 1", 1, 3, new double[] {1, -1, 0}));
        BufferedImage img = PictureGrid.render("weights", pics, ColourScale.divergingFor(new double[] {-2, 0, 2, 1, -1, 0}, 1));
        assertEquals(0x2166ac, rgb(img, PictureGrid.centreOf("weights", pics, 0, 0, 0)));
        assertEquals(0xffffff, rgb(img, PictureGrid.centreOf("weights", pics, 0, 0, 1)));
        assertEquals(0xb2182b, rgb(img, PictureGrid.centreOf("weights", pics, 0, 0, 2)));
        // Half the limit is half way to white.
        assertEquals(Palette.mix(0xb2182b, 0xffffff, 0.5), rgb(img, PictureGrid.centreOf("weights", pics, 1, 0, 0)));
        assertEquals(Palette.mix(0x2166ac, 0xffffff, 0.5), rgb(img, PictureGrid.centreOf("weights", pics, 1, 0, 1)));
    }

    @Test void aGridHasAsManyColumnsAsTheSquareRootRoundedUp() {
        List<Picture> pics = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) pics.add(new Picture(Integer.toString(i), 28, 28, new double[784]));
        PictureGrid.Layout l = PictureGrid.Layout.of(pics);
        assertEquals(5, l.cols());
        assertEquals(5, l.rows());
        assertEquals(3, l.zoom());
        int[] first = PictureGrid.centreOf("t", pics, 0, 0, 0), sixth = PictureGrid.centreOf("t", pics, 5, 0, 0);
        assertEquals(first[0], sixth[0]);
        assertTrue(sixth[1] > first[1] + 84);
    }

    @Test void theDivergingLimitCanIgnoreOutliers() {
        double[] w = new double[100];
        for (int i = 0; i < 100; i++) w[i] = i < 99 ? 0.01 * (i % 10) : 50;
        assertEquals(0.09, ColourScale.divergingFor(w, 0.99).hi(), 1e-12);
        assertEquals(50, ColourScale.divergingFor(w, 1).hi(), 1e-12);
    }

    @Test void greyScaleWidensToValuesOutsideZeroToOne() {
        ColourScale s = ColourScale.greyFor(new double[] {0, 128, 255});
        assertEquals(0, s.lo());
        assertEquals(255, s.hi());
        assertEquals(0x000000, s.rgb(255));
    }

    @Test void aSquareSideIsFoundOnlyForSquareNumbers() {
        assertEquals(28, Picture.squareSide(784));
        assertEquals(-1, Picture.squareSide(10));
        assertEquals(1, Picture.squareSide(1));
    }

    @Test void terminalPicturesUseARampOfInkWhenPlain() {
        // Small pictures: two characters a value (a character is about twice as tall as wide), a line a row.
        List<Picture> pics = List.of(new Picture("a", 2, 2, new double[] {0, 0, 1, 0.5}),
                new Picture("b", 2, 2, new double[] {1, 0, 0, 1}));
        String text = TerminalPictures.render("two", pics, ColourScale.grey(0, 1), 80, false);
        assertEquals("two\n      @@\n@@++    @@\n a     b\n' ' 0 to '@' 1\n", text);
        // Pictures wider than their share of the line are averaged over boxes: 40 values in 8 characters.
        double[] ramp = new double[2 * 40];
        for (int i = 0; i < 40; i++) { ramp[i] = i / 39.0; ramp[40 + i] = i / 39.0; }
        String narrow = TerminalPictures.render("ramp", List.of(new Picture("r", 2, 40, ramp)), ColourScale.grey(0, 1), 8, false);
        assertEquals("ramp\n .-=+*%@\n   r\n' ' 0 to '@' 1\n", narrow);
    }

    @Test void terminalPicturesAreHalfBlocksInColour() {
        List<Picture> pics = List.of(new Picture("a", 2, 1, new double[] {0, 1}));
        String text = TerminalPictures.render("one", pics, ColourScale.grey(0, 1), 80, true);
        assertTrue(text.contains("\u001b[38;5;231;48;5;16m▀") || text.contains("\u001b[38;5;255;48;5;16m▀") || text.contains("▀"), text);
        assertTrue(text.contains("▀\u001b[0m"), text);
    }
}
