package nn.interp.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import nn.run.ScriptRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plot regions … to "file.png"}: the image is coloured by where the network fires, at known points of the plane. */
class RegionPlotPixelsTest {
    // The PNG layout of nn.viz.BoundaryPlot: a 300-pixel plot area after 44 pixels of left and 26 of top margin.
    private static final int LEFT = 44, TOP = 26, SIZE = 300;
    /** tab10 orange (class 1, "fires") and blue (class 0) at 30 % on white, the region tints. */
    private static final int FIRES = tint(0xff7f0e), QUIET = tint(0x1f77b4);

    @TempDir Path folder;

    @Test void triangleIsColouredInsideAndNotOutside() throws IOException {
        BufferedImage img = plot("unit tri = polygon([[0, 0], [4, 0], [0, 3]])\n",
                "tri", -1, -1, 5, 4);
        Plane p = new Plane(-1, -1, 5, 4);
        assertEquals(FIRES, p.rgb(img, 1, 1), "inside, near the right angle");
        assertEquals(FIRES, p.rgb(img, 0.5, 2), "inside, near the top vertex");
        assertEquals(FIRES, p.rgb(img, 3, 0.3), "inside, near the right vertex");
        assertEquals(QUIET, p.rgb(img, 3, 2.5), "beyond the hypotenuse");
        assertEquals(QUIET, p.rgb(img, -0.5, -0.5), "below and left of the triangle");
        assertEquals(QUIET, p.rgb(img, 4.5, 3.5), "top right corner of the plot");
    }

    @Test void unionOfTwoSquaresFiresInBothAndNotBetween() throws IOException {
        BufferedImage img = plot("unit two = union(polygon([[0, 0], [1, 0], [1, 1], [0, 1]]), polygon([[2, 0], [3, 0], [3, 1], [2, 1]]))\n",
                "two", -1, -1, 4, 2);
        Plane p = new Plane(-1, -1, 4, 2);
        assertEquals(FIRES, p.rgb(img, 0.5, 0.5));
        assertEquals(FIRES, p.rgb(img, 2.5, 0.5));
        assertEquals(QUIET, p.rgb(img, 1.5, 0.5), "the gap between the squares");
        assertEquals(QUIET, p.rgb(img, 0.5, 1.5), "above the first square");
    }

    @Test void halfPlaneBoundaryFollowsTheLine() throws IOException {
        BufferedImage img = plot("unit hp = halfplane(1, 2, 2)\n", "hp", -2, -2, 2, 2);
        Plane p = new Plane(-2, -2, 2, 2);
        // x + 2y ≥ 2: fires above the line through (2, 0) and (0, 1).
        assertEquals(FIRES, p.rgb(img, 0, 1.5));
        assertEquals(FIRES, p.rgb(img, 1.5, 0.5));
        assertEquals(QUIET, p.rgb(img, 0, 0.5));
        assertEquals(QUIET, p.rgb(img, 1.5, 0));
    }

    @Test void aTrainedPerceptronIsDrawnWithItsData() throws IOException {
        String setup = "AND = truthtable(2, a & b)\nperceptron p(inputs = 2)\ntrain p on AND with perceptron_rule(lr = 1) epochs 20\n";
        ScriptRunner.Result r = ScriptRunner.run("p.nn", setup + "plot regions p on AND from (-1, -1) to (2, 2) to \"p.png\"\n", folder);
        assertEquals("", r.err());
        BufferedImage img = ImageIO.read(folder.resolve("p.png").toFile());
        Plane p = new Plane(-1, -1, 2, 2);
        // Learned: 2·x1 + 1·x2 − 2 > 0.
        assertEquals(FIRES, p.rgb(img, 1.8, 1.8));
        assertEquals(QUIET, p.rgb(img, -0.5, 0.5));
    }

    @Test void terminalPlotInTestsIsPlainText() {
        ScriptRunner.Result r = ScriptRunner.run("t.nn", "unit hp = halfplane(1, 0, 0)\nplot regions hp from (-1, -1) to (1, 1)\n", folder);
        assertEquals("", r.err());
        assertFalse(r.out().contains("\u001b["), "no colour escapes when stdout is not a terminal");
        String[] lines = r.out().split("\n");
        assertEquals("hp: '#' where it fires", lines[0]);
        // x ≥ 0 fires: the left half of every row is '.', the right half '#'.
        assertEquals(".".repeat(24) + "#".repeat(24), lines[1]);
        assertTrue(r.out().contains("regions: '.' class 0, '#' class 1"));
    }

    private BufferedImage plot(String setup, String name, double x0, double y0, double x1, double y1) throws IOException {
        String line = "plot regions " + name + " from (" + x0 + ", " + y0 + ") to (" + x1 + ", " + y1 + ") to \"" + name + ".png\"\n";
        ScriptRunner.Result r = ScriptRunner.run(name + ".nn", setup + line, folder);
        assertEquals("", r.err(), "stderr");
        assertTrue(r.out().endsWith("wrote " + name + ".png\n"), r.out());
        Path png = folder.resolve(name + ".png");
        assertTrue(Files.exists(png));
        return ImageIO.read(png.toFile());
    }

    /** Where a point of the plane lands in the image (the longer side is 300 pixels). */
    private record Plane(double x0, double y0, double x1, double y1) {
        int rgb(BufferedImage img, double x, double y) {
            double ratio = (y1 - y0) / (x1 - x0);
            int w = ratio <= 1 ? SIZE : (int) Math.round(SIZE / ratio), h = ratio <= 1 ? (int) Math.round(SIZE * ratio) : SIZE;
            int col = LEFT + (int) ((x - x0) / (x1 - x0) * w), row = TOP + (int) ((y1 - y) / (y1 - y0) * h);
            return img.getRGB(col, row) & 0xffffff;
        }
    }

    private static int tint(int rgb) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8)
            out |= (int) Math.round(0.3 * ((rgb >> shift) & 0xff) + 0.7 * 255) << shift;
        return out;
    }
}
