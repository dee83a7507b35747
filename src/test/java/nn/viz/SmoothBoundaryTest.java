package nn.viz;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmoothBoundaryTest {
    private static final Plane SQUARE = new Plane(-1, -1, 1, 1);

    private static Classifier circle(double r) {
        return pts -> {
            int[] out = new int[pts.rows()];
            for (int i = 0; i < out.length; i++) out[i] = Math.hypot(pts.get(i, 0), pts.get(i, 1)) < r ? 1 : 0;
            return out;
        };
    }

    private static Classifier diagonal() {
        return pts -> {
            int[] out = new int[pts.rows()];
            for (int i = 0; i < out.length; i++) out[i] = pts.get(i, 1) > 0.3 * pts.get(i, 0) + 0.01 ? 1 : 0;
            return out;
        };
    }

    @Test void aSlantedBoundaryIsAntialiasedWithShadesBetweenTheTints() {
        DecisionGrid g = DecisionGrid.sample(diagonal(), SQUARE, 100, 100);
        int[] smooth = SmoothRegions.rgb(g, diagonal(), SQUARE, 3), flat = SmoothRegions.rgb(g, diagonal(), SQUARE, 1);
        Set<Integer> smoothColours = new HashSet<>(), flatColours = new HashSet<>();
        for (int c : smooth) smoothColours.add(c);
        for (int c : flat) flatColours.add(c);
        assertEquals(3, flatColours.size()); // two tints and the ink: a staircase
        assertTrue(smoothColours.size() >= 8, "antialiased edges mix the tints and the ink: " + smoothColours.size());
        // Away from the boundary the tints are exact.
        assertEquals(Palette.region(0), smooth[99 * 100 + 50]);
        assertEquals(Palette.region(1), smooth[50]);
    }

    @Test void coarseToFineSamplingFindsTheSameRegionsAsEveryPixel() {
        for (double r : new double[] {0.2, 0.55, 0.9}) {
            DecisionGrid all = DecisionGrid.sample(circle(r), SQUARE, 120, 90), coarse = DecisionGrid.coarseToFine(circle(r), SQUARE, 120, 90);
            for (int y = 0; y < 90; y++) for (int x = 0; x < 120; x++) assertEquals(all.at(x, y), coarse.at(x, y), "r " + r + " at " + x + ", " + y);
        }
    }

    @Test void coarseToFineAsksForAFractionOfThePixels() {
        int[] asked = {0};
        Classifier counting = pts -> { asked[0] += pts.rows(); return circle(0.5).classify(pts); };
        DecisionGrid.coarseToFine(counting, SQUARE, 300, 300);
        assertTrue(asked[0] < 300 * 300 / 4, "asked for " + asked[0]);
    }

    @Test void tickLabelsNeverOverlap() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 2000; trial++) {
            double lo = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(9) - 4), span = Math.pow(10, rnd.nextInt(10) - 5) * (0.5 + rnd.nextDouble());
            int pixels = 30 + rnd.nextInt(600);
            List<Double> ticks = Ticks.fitting(lo, lo + span, pixels, true);
            assertFalse(ticks.isEmpty());
            for (int i = 1; i < ticks.size(); i++) {
                double apart = (ticks.get(i) - ticks.get(i - 1)) / span * pixels;
                double half = (BitmapFont.width(Ticks.label(ticks.get(i)), 1) + BitmapFont.width(Ticks.label(ticks.get(i - 1)), 1)) / 2.0;
                assertTrue(apart >= half + 1, "labels " + ticks + " over " + pixels + " pixels");
            }
            List<Double> y = Ticks.fitting(lo, lo + span, pixels, false);
            for (int i = 1; i < y.size(); i++)
                assertTrue((y.get(i) - y.get(i - 1)) / span * pixels >= BitmapFont.height(1) + 1, "labels " + y + " over " + pixels);
        }
    }

    @Test void tickLabelsOfARenderedPlotDoNotOverlap() {
        // A narrow plot of a wide range with long labels: the labels along the x axis must stay apart.
        Figure f = BoundaryPlot.figure(List.of(new Panel("", circle(5000))), new Plane(-12345.678, -0.00012, 23456.789, 0.00031),
                LabelledPoints.none(), new BoundaryPlot.Options(120, 3));
        List<Figure.Label> labels = f.marks().stream().filter(m -> m instanceof Figure.Label l && l.scale() == 1).map(m -> (Figure.Label) m).toList();
        java.util.Map<Integer, List<Figure.Label>> rows = new java.util.TreeMap<>();
        for (Figure.Label l : labels) rows.computeIfAbsent(l.y(), k -> new java.util.ArrayList<>()).add(l);
        List<Figure.Label> xAxis = rows.values().stream().max(java.util.Comparator.comparingInt(List::size)).orElseThrow();
        assertTrue(xAxis.size() >= 2, "the x axis has ticks: " + labels);
        for (List<Figure.Label> row : rows.values()) {
            List<Figure.Label> sorted = row.stream().sorted(java.util.Comparator.comparingInt(Figure.Label::x)).toList();
            for (int i = 1; i < sorted.size(); i++)
                assertTrue(sorted.get(i).x() > sorted.get(i - 1).x() + BitmapFont.width(sorted.get(i - 1).text(), 1), sorted.toString());
        }
    }

    @Test void aScatterDrawsEachPointInItsClassColourOnWhite() {
        Scatter s = Scatter.ofClasses("d", nn.tensor.Matrix.of(new double[] {-0.5, -0.5}, new double[] {0.5, 0.5}), new int[] {0, 1}, List.of("a", "b"));
        BufferedImage img = ScatterPlot.render(s, SQUARE, new BoundaryPlot.Options(100, 3.5));
        BoundaryPlot.Area a = BoundaryPlot.Area.of(SQUARE, 100);
        double[] p0 = BoundaryPlot.toPixel(0, -0.5, -0.5, SQUARE, a), p1 = BoundaryPlot.toPixel(0, 0.5, 0.5, SQUARE, a), blank = BoundaryPlot.toPixel(0, 0.5, -0.5, SQUARE, a);
        assertEquals(Palette.strong(0), img.getRGB((int) p0[0], (int) p0[1]) & 0xffffff);
        assertEquals(Palette.strong(1), img.getRGB((int) p1[0], (int) p1[1]) & 0xffffff);
        assertEquals(0xffffff, img.getRGB((int) blank[0], (int) blank[1]) & 0xffffff);
    }

    @Test void aRegressionScatterIsColouredByValue() {
        Scatter s = Scatter.ofValues("r", nn.tensor.Matrix.of(new double[] {-0.5, -0.5}, new double[] {0.5, 0.5}), new double[] {0, 10});
        BufferedImage img = ScatterPlot.render(s, SQUARE, new BoundaryPlot.Options(100, 3.5));
        BoundaryPlot.Area a = BoundaryPlot.Area.of(SQUARE, 100);
        double[] p0 = BoundaryPlot.toPixel(0, -0.5, -0.5, SQUARE, a), p1 = BoundaryPlot.toPixel(0, 0.5, 0.5, SQUARE, a);
        assertEquals(0xfde725, img.getRGB((int) p0[0], (int) p0[1]) & 0xffffff);
        assertEquals(0x440154, img.getRGB((int) p1[0], (int) p1[1]) & 0xffffff);
    }
}
