package nn.viz;

import nn.i18n.Messages;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * Decision regions as a PNG: for each panel, every pixel of the plot is coloured by the class
 * its classifier gives at the pixel's centre (a light tint of the class colour, darker where the
 * class changes), framed with ticks, titled, and overlaid with the data points in their full class
 * colour, outlined. Several panels stand side by side over the same region and points, as for a
 * comparison of networks of 3, 4, 6 and 11 layers.
 *
 * <p>The regions are sampled coarse to fine ({@link DecisionGrid#coarseToFine}: every pixel only where a
 * boundary passes) and their edges antialiased ({@link SmoothRegions}). Text is drawn with a built-in pixel font, so the same input gives the same image bytes on
 * every machine. Each panel's classifier is called with batches of up to
 * {@value DecisionGrid#CHUNK} points (one per pixel).
 */
public final class BoundaryPlot {
    private BoundaryPlot() {}

    /**
     * {@code size}: the plot's longer side in pixels (the other follows the plane's shape); {@code pointRadius}:
     * in pixels; {@code xName}, {@code yName}: the axes' names (a CSV header's feature names, else x1 and x2);
     * {@code smoothing}: samples a pixel side near a boundary (1: none, the pixel centre's class).
     */
    public record Options(int size, double pointRadius, String xName, String yName, int smoothing) {
        public static final Options DEFAULT = new Options(300, 3.5);

        public Options {
            if (smoothing < 1 || smoothing > 8) throw new PlotException(Messages.t("viz.smoothing", smoothing));
            if (size < 16 || size > 4000) throw new PlotException(Messages.t("viz.plot-size", size));
            if (!(pointRadius >= 0)) throw new PlotException(Messages.t("viz.point-radius"));
            if (xName == null || xName.isEmpty()) xName = "x1";
            if (yName == null || yName.isEmpty()) yName = "x2";
        }

        public Options(int size, double pointRadius) { this(size, pointRadius, "x1", "x2", SmoothRegions.SS); }

        public Options withAxes(String x, String y) { return new Options(size, pointRadius, x, y, smoothing); }

        /**
         * The options of an animation's frames: 240 pixels and 2 × 2 samples a pixel near an edge, so that
         * 40 frames take well under a second to draw (the still plot takes 300 and 3 × 3).
         */
        public Options forFrames() { return new Options(240, 3, xName, yName, 2); }
    }

    static final int PAD_LEFT = 44, PAD_TOP = 36, PAD_BOTTOM = 32, PAD_RIGHT = 14;

    /** Draws the panels side by side into a new image. */
    public static BufferedImage render(List<Panel> panels, Plane plane, LabelledPoints points, Options options) {
        return PngPainter.paint(figure(panels, plane, points, options));
    }

    /** The panels side by side as marks, for the PNG painter and the SVG writer alike. */
    public static Figure figure(List<Panel> panels, Plane plane, LabelledPoints points, Options options) {
        if (panels.isEmpty()) throw new PlotException(Messages.t("viz.boundary-empty"));
        Area a = Area.of(plane, options.size());
        Figure.Builder f = new Figure.Builder(panels.size() * panelWidth(a), PAD_TOP + a.h() + PAD_BOTTOM);
        for (int p = 0; p < panels.size(); p++) panel(f, p, panels.get(p), plane, points, options, a);
        return f.build();
    }

    /** Renders with {@link Options#DEFAULT} and writes a PNG, or SVG for a .svg name; the caller has checked the path. */
    public static void write(List<Panel> panels, Plane plane, LabelledPoints points, Path file) {
        write(panels, plane, points, Options.DEFAULT, file);
    }

    public static void write(List<Panel> panels, Plane plane, LabelledPoints points, Options options, Path file) {
        SvgWriter.writeByExtension(figure(panels, plane, points, options), file);
    }

    /**
     * A panel's plot area in pixels: the longer side of the plane gets {@code size} pixels and the
     * other side its share, so that a unit is as long across as up.
     */
    record Area(int w, int h) {
        static Area of(Plane plane, int size) {
            double ratio = plane.height() / plane.width();
            int shorter = (int) Math.max(16, Math.round(size * Math.min(ratio, 1 / ratio)));
            return ratio <= 1 ? new Area(size, shorter) : new Area(shorter, size);
        }
    }

    static int panelWidth(Area a) { return PAD_LEFT + a.w() + PAD_RIGHT; }

    /** Left edge of panel {@code p}'s plot area. */
    static int plotLeft(int p, Area a) { return p * panelWidth(a) + PAD_LEFT; }

    /** Pixel position (x, y, fractional) of plane point (x, y) in panel {@code p}. */
    static double[] toPixel(int p, double x, double y, Plane plane, Area a) {
        return new double[] {plotLeft(p, a) + (x - plane.x0()) / plane.width() * a.w(),
                PAD_TOP + (plane.y1() - y) / plane.height() * a.h()};
    }

    private static void panel(Figure.Builder f, int p, Panel panel, Plane plane, LabelledPoints points, Options o, Area a) {
        int left = plotLeft(p, a);
        DecisionGrid grid = DecisionGrid.coarseToFine(panel.classifier(), plane, a.w(), a.h());
        f.add(new Figure.Raster(left, PAD_TOP, a.w(), a.h(), SmoothRegions.rgb(grid, panel.classifier(), plane, o.smoothing())));
        f.add(new Figure.Frame(left - 1, PAD_TOP - 1, a.w() + 1, a.h() + 1, Palette.AXIS));
        Figure.Clip clip = new Figure.Clip(left, PAD_TOP, a.w(), a.h());
        for (int i = 0; i < points.size(); i++) {
            double[] px = toPixel(p, points.xy().get(i, 0), points.xy().get(i, 1), plane, a);
            f.add(new Figure.Dot(px[0], px[1], o.pointRadius(), Palette.strong(points.classOf(i)), Palette.INK, clip));
        }
        ticks(f, left, plane, a);
        axisNames(f, left, a, o.xName(), o.yName());
        String title = fit(panel.title(), a.w() + PAD_RIGHT, 2);
        f.add(new Figure.Label(title, left + (a.w() - BitmapFont.width(title, 2)) / 2, 4, 2, Palette.INK));
    }

    /** The x axis's name centred under its tick labels, the y axis's above the axis's top (the font does not turn). */
    static void axisNames(Figure.Builder f, int left, Area a, String x, String y) {
        String xs = fit(x, a.w(), 1), ys = fit(y, a.w(), 1);
        f.add(new Figure.Label(xs, left + (a.w() - BitmapFont.width(xs, 1)) / 2, PAD_TOP + a.h() + 19, 1, Palette.INK));
        f.add(new Figure.Label(ys, Math.max(2, left - BitmapFont.width(ys, 1) / 2), PAD_TOP - 12, 1, Palette.INK));
    }

    static void ticks(Figure.Builder f, int left, Plane plane, Area a) {
        for (double t : Ticks.fitting(plane.x0(), plane.x1(), a.w(), true)) {
            int x = left + (int) Math.round((t - plane.x0()) / plane.width() * a.w());
            f.add(new Figure.Rule(x, PAD_TOP + a.h() + 1, 1, 4, Palette.AXIS));
            String label = Ticks.label(t);
            f.add(new Figure.Label(label, x - BitmapFont.width(label, 1) / 2, PAD_TOP + a.h() + 7, 1, Palette.INK));
        }
        for (double t : Ticks.fitting(plane.y0(), plane.y1(), a.h(), false)) {
            int y = PAD_TOP + (int) Math.round((plane.y1() - t) / plane.height() * a.h());
            f.add(new Figure.Rule(left - 5, y, 4, 1, Palette.AXIS));
            String label = Ticks.label(t);
            f.add(new Figure.Label(label, left - 8 - BitmapFont.width(label, 1), y - 3, 1, Palette.INK));
        }
    }

    static void set(BufferedImage img, int x, int y, int rgb) {
        if (x >= 0 && y >= 0 && x < img.getWidth() && y < img.getHeight()) img.setRGB(x, y, 0xff000000 | rgb);
    }

    /** {@code text} cut (with "..") to fit {@code width} pixels at {@code scale}. */
    static String fit(String text, int width, int scale) {
        String t = BitmapFont.printable(text);
        if (BitmapFont.width(t, scale) <= width) return t;
        while (!t.isEmpty() && BitmapFont.width(t + "..", scale) > width) t = t.substring(0, t.length() - 1);
        return t + "..";
    }
}
