package nn.viz;

import java.util.ArrayList;
import java.util.List;

/**
 * A plot as a list of marks in pixel coordinates, in drawing order: what {@link BoundaryPlot} and
 * {@link LossPlot} lay out once, and what {@link PngPainter} (pixels, nn's bitmap font) and {@link SvgWriter}
 * (vector marks, one polyline a curve) both draw. Colours are 0xRRGGBB.
 */
public record Figure(int width, int height, List<Mark> marks) {
    public Figure {
        marks = List.copyOf(marks);
    }

    /** A clip rectangle for antialiased marks; {@link #NONE} for none. */
    public record Clip(int x, int y, int w, int h) {
        public static final Clip NONE = new Clip(0, 0, -1, -1);
        boolean none() { return w < 0; }
    }

    public sealed interface Mark permits Raster, Rule, Frame, Segment, Curve, Dot, Label { }

    /** A block of pixels, row by row (the decision regions: one class colour a pixel). */
    public record Raster(int x, int y, int w, int h, int[] rgb) implements Mark { }

    /** A filled pixel-aligned rectangle: ticks, grid lines, legend swatches. */
    public record Rule(int x, int y, int w, int h, int rgb) implements Mark { }

    /** A 1-pixel outline around the pixels x … x+w, y … y+h (antialiased pen, as Java2D's drawRect). */
    public record Frame(int x, int y, int w, int h, int rgb) implements Mark { }

    /** A straight 1-pixel line (the loss plot's axes). */
    public record Segment(int x0, int y0, int x1, int y1, int rgb) implements Mark { }

    /** A curve of several pieces (a gap where a value was not finite), drawn with round joins. */
    public record Curve(String name, List<double[][]> pieces, int rgb, float width, Clip clip) implements Mark {
        public Curve {
            pieces = List.copyOf(pieces);
        }
    }

    /** A data point: a filled circle outlined in ink. */
    public record Dot(double cx, double cy, double r, int fill, int outline, Clip clip) implements Mark { }

    /** Text in the bitmap font with its top-left corner at (x, y), {@code scale} pixels a font pixel. */
    public record Label(String text, int x, int y, int scale, int rgb) implements Mark { }

    /** Collects marks in order. */
    static final class Builder {
        private final int width, height;
        private final List<Mark> marks = new ArrayList<>();

        Builder(int width, int height) {
            this.width = width;
            this.height = height;
        }

        Builder add(Mark m) {
            marks.add(m);
            return this;
        }

        Figure build() { return new Figure(width, height, marks); }
    }
}
