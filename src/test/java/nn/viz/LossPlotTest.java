package nn.viz;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LossPlotTest {
    private static final int BLUE = 0x1f77b4, ORANGE = 0xff7f0e;

    private static int rgb(BufferedImage img, int x, int y) { return img.getRGB(x, y) & 0xffffff; }

    @Test void aFlatCurveIsAHorizontalLineAcrossTheMiddle() {
        BufferedImage img = LossPlot.render(List.of(Series.of("", new double[] {1, 1, 1})), LossPlot.Options.DEFAULT);
        int h = 400 - LossPlot.TOP - LossPlot.BOTTOM, mid = LossPlot.TOP + h / 2;
        int x = LossPlot.LEFT + 250;
        assertEquals(BLUE, rgb(img, x, mid - 1));
        assertEquals(BLUE, rgb(img, x, mid));
        assertEquals(0xffffff, rgb(img, x + 3, LossPlot.TOP + 20));
    }

    @Test void logScaleMakesAGeometricDecayStraight() {
        // 100, 10, 1 at epochs 1, 2, 3: on a log axis the middle point is half-way down.
        BufferedImage img = LossPlot.render(List.of(Series.of("", new double[] {100, 10, 1})),
                LossPlot.Options.DEFAULT.withLogScale(true));
        int w = 640 - LossPlot.LEFT - LossPlot.RIGHT, h = 400 - LossPlot.TOP - LossPlot.BOTTOM;
        int x = LossPlot.LEFT + w / 2, y = LossPlot.TOP + h / 2;
        assertEquals(BLUE, rgb(img, x, y));
        assertNotEquals(BLUE, rgb(img, x, y - 12));
    }

    @Test void secondCurveHasTheSecondColour() {
        BufferedImage img = LossPlot.render(List.of(Series.of("a", new double[] {2, 2}), Series.of("b", new double[] {1, 1})),
                LossPlot.Options.DEFAULT);
        int x = LossPlot.LEFT + 200;
        boolean orangeBelowBlue = false;
        for (int y = 200; y < 400 - LossPlot.BOTTOM; y++) orangeBelowBlue |= rgb(img, x, y) == ORANGE;
        assertTrue(orangeBelowBlue);
    }

    @Test void nothingToPlotIsExplained() {
        PlotException e = assertThrows(PlotException.class, () -> LossPlot.render(
                List.of(Series.of("", new double[] {Double.NaN})), LossPlot.Options.DEFAULT));
        assertEquals("there are no finite losses to plot", e.getMessage());
        assertThrows(PlotException.class, () -> LossPlot.render(
                List.of(Series.of("", new double[] {0, -1})), LossPlot.Options.DEFAULT.withLogScale(true)));
    }

    @Test void epochsMustIncrease() {
        assertThrows(PlotException.class, () -> new Series("s", new double[] {1, 1}, new double[] {0, 0}));
    }
}
