package nn.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * Draws a {@link Figure} into pixels: pixel marks exactly, lines and circles antialiased by Java2D with pure
 * strokes, text in nn's bitmap font, so the same figure gives the same bytes on every machine.
 */
public final class PngPainter {
    private PngPainter() {}

    public static BufferedImage paint(Figure f) {
        BufferedImage img = Png.canvas(f.width(), f.height());
        for (Figure.Mark m : f.marks()) {
            switch (m) {
                case Figure.Raster r -> {
                    for (int row = 0; row < r.h(); row++)
                        for (int col = 0; col < r.w(); col++)
                            BoundaryPlot.set(img, r.x() + col, r.y() + row, r.rgb()[row * r.w() + col]);
                }
                case Figure.Rule r -> {
                    for (int y = r.y(); y < r.y() + r.h(); y++)
                        for (int x = r.x(); x < r.x() + r.w(); x++) BoundaryPlot.set(img, x, y, r.rgb());
                }
                case Figure.Label l -> BitmapFont.draw(img, l.text(), l.x(), l.y(), l.scale(), l.rgb());
                case Figure.Frame fr -> smooth(img, Figure.Clip.NONE, g -> {
                    g.setColor(new Color(fr.rgb()));
                    g.drawRect(fr.x(), fr.y(), fr.w(), fr.h());
                });
                case Figure.Segment s -> smooth(img, Figure.Clip.NONE, g -> {
                    g.setColor(new Color(s.rgb()));
                    g.drawLine(s.x0(), s.y0(), s.x1(), s.y1());
                });
                case Figure.Curve c -> smooth(img, c.clip(), g -> {
                    g.setStroke(new BasicStroke(c.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.setColor(new Color(c.rgb()));
                    Path2D.Double path = new Path2D.Double();
                    for (double[][] piece : c.pieces())
                        for (int i = 0; i < piece.length; i++)
                            if (i == 0) path.moveTo(piece[i][0], piece[i][1]); else path.lineTo(piece[i][0], piece[i][1]);
                    g.draw(path);
                });
                case Figure.Dot d -> smooth(img, d.clip(), g -> {
                    g.setStroke(new BasicStroke(1f));
                    Ellipse2D dot = new Ellipse2D.Double(d.cx() - d.r(), d.cy() - d.r(), 2 * d.r(), 2 * d.r());
                    g.setColor(new Color(d.fill()));
                    g.fill(dot);
                    g.setColor(new Color(d.outline()));
                    g.draw(dot);
                });
            }
        }
        return img;
    }

    private static void smooth(BufferedImage img, Figure.Clip clip, java.util.function.Consumer<Graphics2D> draw) {
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            if (!clip.none()) g.setClip(clip.x(), clip.y(), clip.w(), clip.h());
            draw.accept(g);
        } finally {
            g.dispose();
        }
    }
}
