package nn.viz;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundaryPlotTest {
    @TempDir Path dir;

    private static final Plane SQUARE = new Plane(-1, -1, 1, 1);
    private static final BoundaryPlot.Options SMALL = new BoundaryPlot.Options(100, 3.5);
    // Region tints (30 % tab10 colour over white) and full colours of classes 0 and 1.
    private static final int REGION_0 = 0xbcd6e9, REGION_1 = 0xffd9b7, BLUE = 0x1f77b4;

    private static Classifier halfPlane(int axis) {
        return pts -> {
            int[] out = new int[pts.rows()];
            for (int i = 0; i < out.length; i++) out[i] = pts.get(i, axis) > 0 ? 1 : 0;
            return out;
        };
    }

    private static final LabelledPoints ONE_POINT = new LabelledPoints(Matrix.of(new double[] {0.5, 0.5}), new int[] {0});

    private static int pixel(BufferedImage img, int panel, double x, double y) {
        double[] p = BoundaryPlot.toPixel(panel, x, y, SQUARE, new BoundaryPlot.Area(100, 100));
        return img.getRGB((int) p[0], (int) p[1]) & 0xffffff;
    }

    @Test void regionsTakeTheClassTintOnEachSideOfAHalfPlane() {
        BufferedImage img = BoundaryPlot.render(List.of(new Panel("x > 0", halfPlane(0))), SQUARE, ONE_POINT, SMALL);
        assertEquals(REGION_0, pixel(img, 0, -0.5, -0.5));
        assertEquals(REGION_0, pixel(img, 0, -0.9, 0.9));
        assertEquals(REGION_1, pixel(img, 0, 0.5, -0.5));
        assertEquals(REGION_1, pixel(img, 0, 0.9, 0.1));
    }

    @Test void aDataPointIsDrawnInItsFullClassColour() {
        BufferedImage img = BoundaryPlot.render(List.of(new Panel("", halfPlane(0))), SQUARE, ONE_POINT, SMALL);
        assertEquals(BLUE, pixel(img, 0, 0.5, 0.5));
    }

    @Test void theBoundaryIsDrawnWhereTheClassChanges() {
        BufferedImage img = BoundaryPlot.render(List.of(new Panel("", halfPlane(0))), SQUARE, LabelledPoints.none(), SMALL);
        int left = BoundaryPlot.plotLeft(0, new BoundaryPlot.Area(100, 100));
        assertEquals(Palette.BOUNDARY, img.getRGB(left + 49, BoundaryPlot.PAD_TOP + 30) & 0xffffff); // last column with x < 0
        assertEquals(REGION_1, img.getRGB(left + 50, BoundaryPlot.PAD_TOP + 30) & 0xffffff);
    }

    @Test void panelsSitSideBySideEachWithItsOwnClassifier() {
        BufferedImage img = BoundaryPlot.render(
                List.of(new Panel("x", halfPlane(0)), new Panel("y", halfPlane(1))), SQUARE, ONE_POINT, SMALL);
        assertEquals(2 * BoundaryPlot.panelWidth(new BoundaryPlot.Area(100, 100)), img.getWidth());
        assertEquals(REGION_1, pixel(img, 0, 0.5, -0.5));
        assertEquals(REGION_0, pixel(img, 1, 0.5, -0.5));
        assertEquals(REGION_1, pixel(img, 1, -0.5, 0.5));
        assertEquals(BLUE, pixel(img, 1, 0.5, 0.5));
    }

    @Test void theGridIsClassifiedInFewLargeBatches() {
        List<Integer> batchSizes = new ArrayList<>();
        Classifier counting = pts -> { batchSizes.add(pts.rows()); return new int[pts.rows()]; };
        BoundaryPlot.render(List.of(new Panel("", counting)), SQUARE, LabelledPoints.none(), new BoundaryPlot.Options(200, 3));
        // One class everywhere: the 51 × 51 lattice of every 4th pixel answers, and no block needs its pixels.
        assertEquals(List.of(51 * 51), batchSizes);
        batchSizes.clear();
        List<Integer> sizes = new ArrayList<>();
        Classifier striped = pts -> { sizes.add(pts.rows()); int[] out = new int[pts.rows()];
            for (int i = 0; i < out.length; i++) out[i] = Math.floorMod((int) Math.floor(pts.get(i, 0) * 40), 2); return out; };
        BoundaryPlot.render(List.of(new Panel("", striped)), SQUARE, LabelledPoints.none(), new BoundaryPlot.Options(200, 3));
        // Stripes narrower than a block: every block is sampled in full, in batches of at most 16,384 points.
        assertTrue(sizes.stream().allMatch(n -> n <= DecisionGrid.CHUNK), sizes.toString());
        assertTrue(sizes.size() >= 3, sizes.toString());
    }

    @Test void pngFileHasTheRenderedPixelsAndTheSameBytesEachTime() throws IOException {
        Path a = dir.resolve("a.png"), b = dir.resolve("b.png");
        List<Panel> panels = List.of(new Panel("3 layers", halfPlane(0)), new Panel("4 layers", halfPlane(1)));
        BoundaryPlot.write(panels, SQUARE, ONE_POINT, a);
        BoundaryPlot.write(panels, SQUARE, ONE_POINT, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        BufferedImage img = ImageIO.read(a.toFile());
        double[] p = BoundaryPlot.toPixel(0, -0.5, -0.5, SQUARE, new BoundaryPlot.Area(300, 300));
        assertEquals(REGION_0, img.getRGB((int) p[0], (int) p[1]) & 0xffffff);
    }

    @Test void aWidePlaneGetsAWidePlotSoUnitsKeepTheirShape() {
        Plane wide = new Plane(0, 0, 4, 2);
        BufferedImage img = BoundaryPlot.render(List.of(new Panel("", halfPlane(0))), wide, LabelledPoints.none(), SMALL);
        assertEquals(BoundaryPlot.PAD_TOP + 50 + BoundaryPlot.PAD_BOTTOM, img.getHeight());
        assertEquals(BoundaryPlot.panelWidth(new BoundaryPlot.Area(100, 50)), img.getWidth());
    }

    @Test void aClassifierAnsweringTheWrongNumberOfRowsIsReported() {
        Classifier broken = pts -> new int[1];
        PlotException e = assertThrows(PlotException.class,
                () -> BoundaryPlot.render(List.of(new Panel("", broken)), SQUARE, LabelledPoints.none(), SMALL));
        assertEquals("the classifier gave 1 answer for 676 points", e.getMessage()); // the 26 × 26 lattice of a 100 × 100 plot
    }

    @Test void writingIntoAMissingFolderIsAPlotException() {
        PlotException e = assertThrows(PlotException.class, () -> BoundaryPlot.write(
                List.of(new Panel("", halfPlane(0))), SQUARE, LabelledPoints.none(), dir.resolve("no/such/f.png")));
        assertEquals("cannot write f.png: its folder does not exist", e.getMessage());
    }
}
