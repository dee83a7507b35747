package nn.viz;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * {@link Scatter} as a PNG: the frame, ticks and axis names of a {@link BoundaryPlot} on a white ground, the
 * points, and a legend under the plot (a swatch and name a class, or a colour bar for values).
 */
public final class ScatterPlot {
    private ScatterPlot() {}

    static final int LEGEND = 22;

    public static BufferedImage render(Scatter s, Plane plane, BoundaryPlot.Options o) { return PngPainter.paint(figure(s, plane, o)); }

    public static void write(Scatter s, Plane plane, BoundaryPlot.Options o, Path file) { SvgWriter.writeByExtension(figure(s, plane, o), file); }

    public static Figure figure(Scatter s, Plane plane, BoundaryPlot.Options o) {
        BoundaryPlot.Area a = BoundaryPlot.Area.of(plane, o.size());
        int left = BoundaryPlot.PAD_LEFT, width = BoundaryPlot.panelWidth(a);
        int legendTop = BoundaryPlot.PAD_TOP + a.h() + BoundaryPlot.PAD_BOTTOM;
        boolean classes = s.classes() != null;
        int legendRows = classes ? legendRows(s, width) : 2;
        width = Math.max(width, classes ? 0 : PictureGrid.BAR_W + 40);
        Figure.Builder f = new Figure.Builder(width, legendTop + legendRows * 12 + (classes ? 6 : 14));
        f.add(new Figure.Frame(left - 1, BoundaryPlot.PAD_TOP - 1, a.w() + 1, a.h() + 1, Palette.AXIS));
        Figure.Clip clip = new Figure.Clip(left, BoundaryPlot.PAD_TOP, a.w(), a.h());
        ColourScale scale = classes ? null : s.scale();
        for (int i = 0; i < s.size(); i++) {
            double[] px = BoundaryPlot.toPixel(0, s.xy().get(i, 0), s.xy().get(i, 1), plane, a);
            f.add(new Figure.Dot(px[0], px[1], o.pointRadius(), s.colourOf(i, scale), Palette.INK, clip));
        }
        BoundaryPlot.ticks(f, left, plane, a);
        BoundaryPlot.axisNames(f, left, a, o.xName(), o.yName());
        String title = BoundaryPlot.fit(s.title(), width - 8, 2);
        f.add(new Figure.Label(title, (width - BitmapFont.width(title, 2)) / 2, 4, 2, Palette.INK));
        if (classes) classLegend(f, s, width, legendTop);
        else PictureGrid.colourBar(f, scale, (width - PictureGrid.BAR_W) / 2, legendTop);
        return f.build();
    }

    private static int legendRows(Scatter s, int width) {
        int rows = 1, x = 8;
        for (int c = 0; c < s.classCount(); c++) {
            int w = 14 + BitmapFont.width(s.label(c), 1) + 12;
            if (x + w > width && x > 8) { rows++; x = 8; }
            x += w;
        }
        return rows;
    }

    /** A swatch and the class's name for each class, left to right, wrapping to the plot's width. */
    private static void classLegend(Figure.Builder f, Scatter s, int width, int top) {
        int x = 8, y = top;
        for (int c = 0; c < s.classCount(); c++) {
            String name = s.label(c);
            int w = 14 + BitmapFont.width(name, 1) + 12;
            if (x + w > width && x > 8) { y += 12; x = 8; }
            f.add(new Figure.Dot(x + 4, y + 3.5, 3.5, Palette.strong(c), Palette.INK, Figure.Clip.NONE));
            f.add(new Figure.Label(name, x + 12, y, 1, Palette.INK));
            x += w;
        }
    }
}
