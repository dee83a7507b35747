package nn.viz;

import nn.i18n.Messages;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * Pictures in a grid as a PNG: a title, the pictures row by row (each value a square of {@code zoom} pixels,
 * coloured by one {@link ColourScale} shared by all, so that their shades compare), a caption under each
 * (red for a mistake), and a colour bar with the scale's ends (and 0 for a diverging scale). What
 * {@code plot image}, {@code plot images}, {@code plot mistakes} and {@code plot weights} draw.
 */
public final class PictureGrid {
    private PictureGrid() {}

    static final int MARGIN = 12, TOP = 30, GAP = 8, CAPTION = 13, BAR_W = 160, BAR_H = 8, BAR_ROOM = 34;
    static final int ALERT = 0xd62728, EDGE = 0xb0b0b0;

    /** The layout: columns of the grid, pixels a value, and each picture's size in pixels. */
    record Layout(int cols, int rows, int zoom, int cellW, int cellH) {
        static Layout of(List<Picture> pictures) {
            int n = pictures.size(), h = 0, w = 0;
            for (Picture p : pictures) { h = Math.max(h, p.height()); w = Math.max(w, p.width()); }
            int cols = n == 1 ? 1 : (int) Math.ceil(Math.sqrt(n));
            // One picture is shown large (28 × 28 at 10 pixels a value); a grid at about 84 pixels a picture.
            int target = n == 1 ? 280 : 84;
            int zoom = Math.max(1, Math.min(16, (int) Math.round((double) target / Math.max(h, w))));
            return new Layout(cols, (n + cols - 1) / cols, zoom, w * zoom, h * zoom);
        }

        int left(int i) { return MARGIN + (i % cols) * (cellW + GAP); }

        int top(int i) { return TOP + (i / cols) * (cellH + CAPTION + GAP); }
    }

    public static BufferedImage render(String title, List<Picture> pictures, ColourScale scale) {
        return PngPainter.paint(figure(title, pictures, scale));
    }

    public static void write(String title, List<Picture> pictures, ColourScale scale, Path file) {
        SvgWriter.writeByExtension(figure(title, pictures, scale), file);
    }

    public static Figure figure(String title, List<Picture> pictures, ColourScale scale) {
        if (pictures.isEmpty()) throw new PlotException(Messages.t("viz.no-picture"));
        Layout l = Layout.of(pictures);
        int gridW = l.cols() * (l.cellW() + GAP) - GAP, gridH = l.rows() * (l.cellH() + CAPTION + GAP) - GAP;
        int width = Math.max(2 * MARGIN + gridW, Math.max(2 * MARGIN + BitmapFont.width(title, 2), 2 * MARGIN + BAR_W + 40));
        Figure.Builder f = new Figure.Builder(width, TOP + gridH + BAR_ROOM);
        int shift = (width - 2 * MARGIN - gridW) / 2;
        for (int i = 0; i < pictures.size(); i++) {
            Picture p = pictures.get(i);
            int x = l.left(i) + shift, y = l.top(i);
            int[] rgb = new int[p.width() * l.zoom() * p.height() * l.zoom()];
            int rowW = p.width() * l.zoom();
            for (int r = 0; r < p.height() * l.zoom(); r++)
                for (int c = 0; c < rowW; c++) rgb[r * rowW + c] = scale.rgb(p.at(r / l.zoom(), c / l.zoom()));
            f.add(new Figure.Raster(x, y, rowW, p.height() * l.zoom(), rgb));
            f.add(new Figure.Frame(x - 1, y - 1, rowW + 1, p.height() * l.zoom() + 1, EDGE));
            String caption = BoundaryPlot.fit(p.caption(), l.cellW() + GAP, 1);
            f.add(new Figure.Label(caption, x + (rowW - BitmapFont.width(caption, 1)) / 2, y + p.height() * l.zoom() + 4, 1,
                    p.alert() ? ALERT : Palette.INK));
        }
        String t = BoundaryPlot.fit(title, width - 2 * MARGIN, 2);
        f.add(new Figure.Label(t, (width - BitmapFont.width(t, 2)) / 2, 8, 2, Palette.INK));
        colourBar(f, scale, (width - BAR_W) / 2, TOP + gridH + 10);
        return f.build();
    }

    /** The pixel (x, y) at the centre of value (row, col) of picture {@code i} in {@link #figure}'s layout (for tests). */
    static int[] centreOf(String title, List<Picture> pictures, int i, int row, int col) {
        Layout l = Layout.of(pictures);
        int gridW = l.cols() * (l.cellW() + GAP) - GAP;
        int width = Math.max(2 * MARGIN + gridW, Math.max(2 * MARGIN + BitmapFont.width(title, 2), 2 * MARGIN + BAR_W + 40));
        int shift = (width - 2 * MARGIN - gridW) / 2;
        return new int[] {l.left(i) + shift + col * l.zoom() + l.zoom() / 2, l.top(i) + row * l.zoom() + l.zoom() / 2};
    }

    /** The scale as a bar {@value #BAR_W} pixels wide, labelled at its ends (and at 0 when 0 is its middle). */
    static void colourBar(Figure.Builder f, ColourScale scale, int x, int y) {
        int[] rgb = new int[BAR_W * BAR_H];
        for (int c = 0; c < BAR_W; c++) {
            int colour = scale.rgb(scale.lo() + (c + 0.5) / BAR_W * (scale.hi() - scale.lo()));
            for (int r = 0; r < BAR_H; r++) rgb[r * BAR_W + c] = colour;
        }
        f.add(new Figure.Raster(x, y, BAR_W, BAR_H, rgb));
        f.add(new Figure.Frame(x - 1, y - 1, BAR_W + 1, BAR_H + 1, EDGE));
        String lo = Ticks.label(scale.lo()), hi = Ticks.label(scale.hi());
        f.add(new Figure.Label(lo, x - BitmapFont.width(lo, 1) / 2, y + BAR_H + 4, 1, Palette.INK));
        f.add(new Figure.Label(hi, x + BAR_W - BitmapFont.width(hi, 1) / 2, y + BAR_H + 4, 1, Palette.INK));
        if (scale.kind() == ColourScale.Kind.DIVERGING)
            f.add(new Figure.Label("0", x + BAR_W / 2 - BitmapFont.width("0", 1) / 2, y + BAR_H + 4, 1, Palette.INK));
    }
}
