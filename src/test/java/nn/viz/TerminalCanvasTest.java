package nn.viz;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

class TerminalCanvasTest {
    private static final Plane SQUARE = new Plane(-1, -1, 1, 1);
    private static final Classifier RIGHT_HALF = pts -> {
        int[] out = new int[pts.rows()];
        for (int i = 0; i < out.length; i++) out[i] = pts.get(i, 0) > 0 ? 1 : 0;
        return out;
    };
    private static final Classifier ALWAYS_ZERO = pts -> new int[pts.rows()];
    private static final LabelledPoints TWO_POINTS =
            new LabelledPoints(Matrix.of(new double[] {0.5, 0.5}, new double[] {-0.5, -0.5}), new int[] {1, 0});

    @Test void plainRegionPlotShowsRegionsAndPointDigitsExactly() {
        String expected = """
                ....####
                ....##1#
                ....####
                ..0.####
                x1: -1 to 1, x2: -1 to 1;
                regions: '.' class 0, '#' class 1; digits: data points
                """;
        assertEquals(expected, new TerminalCanvas(8, false).boundary(RIGHT_HALF, SQUARE, TWO_POINTS));
    }

    @Test void panelsStandSideBySideUnderTheirTitles() {
        String out = new TerminalCanvas(18, false).boundary(
                List.of(new Panel("right", RIGHT_HALF), new Panel("zero", ALWAYS_ZERO)), SQUARE, LabelledPoints.none());
        String[] lines = out.split("\n");
        assertEquals("right     zero", lines[0]);
        assertEquals("....####  ........", lines[1]);
        assertEquals(7, lines.length); // title, 4 rows, legend on two lines (18 columns are too few for one)
    }

    @Test void colourPlotUsesHalfBlocksWithForegroundAndBackgroundColours() {
        String row = "\u001b[38;5;152;48;5;152m▀▀▀▀▀▀▀▀\u001b[0m\n";
        String expected = row.repeat(4) + "x1: -1 to 1, x2: -1 to 1;\n\u001b[38;5;31m█\u001b[0m class 0\n";
        assertEquals(expected, new TerminalCanvas(8, true).boundary(ALWAYS_ZERO, SQUARE, LabelledPoints.none()));
    }

    @Test void colourPointGetsItsFullColourInTheRightHalfOfACell() {
        // 8 columns, 8 pixel rows: the point (0.5, 0.5) is pixel (6, 2), the top half of text row 1.
        String out = new TerminalCanvas(8, true).boundary(ALWAYS_ZERO, SQUARE,
                new LabelledPoints(Matrix.of(new double[] {0.5, 0.5}), new int[] {1}));
        String row1 = out.split("\n")[1];
        assertEquals("\u001b[38;5;152;48;5;152m▀▀▀▀▀▀\u001b[38;5;208;48;5;152m▀\u001b[38;5;152;48;5;152m▀\u001b[0m", row1);
    }

    @Test void plainLossChartIsExact() {
        String expected = """
                3 |****
                2 |    ********
                1 |            *****
                  +-----------------
                   1     epoch     3
                """;
        assertEquals(expected, new TerminalCanvas(20, false).loss(List.of(Series.of("", new double[] {3, 2, 1})), 3, false));
    }

    @Test void namedCurvesGetALegendAndBrailleInColour() {
        String plain = new TerminalCanvas(30, false).loss(
                List.of(Series.of("train", new double[] {1, 0.5}), Series.of("test", new double[] {1, 0.8})), 4, false);
        assertTrue(plain.endsWith("* train  + test\n"), plain);
        String colour = new TerminalCanvas(30, true).loss(List.of(Series.of("", new double[] {1, 0.5})), 4, true);
        assertTrue(colour.chars().anyMatch(c -> c >= 0x2801 && c <= 0x28FF), colour);
        assertTrue(colour.contains("\u001b[38;5;31m"), colour);
    }

    @Test void sparklineFollowsTheValues() {
        assertEquals("_.-:=+*#", new TerminalCanvas(8, false).sparkline(new double[] {0, 1, 2, 3, 4, 5, 6, 7}));
        assertEquals("▁█!", new TerminalCanvas(8, true).sparkline(new double[] {1, 2, Double.NaN}));
    }

    @Test void theLegendMentionsDataPointsOnlyWhenSomeAreDrawn() {
        TerminalCanvas canvas = new TerminalCanvas(40, false);
        Plane unit = new Plane(-1, -1, 1, 1);
        assertTrue(canvas.boundary(ALWAYS_ZERO, unit, TWO_POINTS).endsWith("; digits: data points\n"));
        assertFalse(canvas.boundary(ALWAYS_ZERO, unit, LabelledPoints.none()).contains("digits"), "no data: no digits to explain");
        LabelledPoints outside = new LabelledPoints(Matrix.of(new double[] {5, 5}), new int[] {1});
        assertFalse(canvas.boundary(ALWAYS_ZERO, unit, outside).contains("digits"), "a point outside the plane is not drawn");
    }

    @Test void aWidePlaneTakesFewerRowsSoItKeepsItsShape() {
        String out = new TerminalCanvas(8, false).boundary(ALWAYS_ZERO, new Plane(0, 0, 4, 2), LabelledPoints.none());
        assertEquals("........\n........\nx1: 0 to 4, x2: 0 to 2;\nregions: '.' class 0\n", out);
    }

    @Test void theLegendNamesTheAxesAfterTheFeatures() {
        String out = new TerminalCanvas(40, false).axes("petal_length", "petal_width").boundary(ALWAYS_ZERO, new Plane(0, 0, 4, 2), LabelledPoints.none());
        assertTrue(out.contains("petal_length: 0 to 4, petal_width: 0 to 2;"), out);
    }

    @Test void tooNarrowIsAnError() {
        assertThrows(PlotException.class, () -> new TerminalCanvas(4, false));
        assertThrows(PlotException.class, () -> new TerminalCanvas(9, false).boundary(
                List.of(new Panel("a", ALWAYS_ZERO), new Panel("b", ALWAYS_ZERO)), SQUARE, LabelledPoints.none()));
    }
}
