package nn.viz;

import nn.i18n.Messages;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws a {@link Figure} into pixels: pixel marks exactly, lines and circles antialiased by Java2D with pure
 * strokes, text in nn's bitmap font, so the same figure gives the same bytes on every machine.
 */
public final class PngPainter {
    private PngPainter() {}

    public static BufferedImage paint(Figure f) {
        BufferedImage img = Png.canvas(f.width(), f.height());
        List<Figure.Mark> marks = f.marks();
        for (int i = 0; i < marks.size(); i++) {
            Figure.Mark m = marks.get(i);
            // A run of dots under one clip shares one antialiased context: a Graphics2D a dot was most of a scatter's cost.
            if (m instanceof Figure.Dot first) {
                int end = i;
                while (end + 1 < marks.size() && marks.get(end + 1) instanceof Figure.Dot d && d.clip().equals(first.clip())) end++;
                List<Figure.Mark> run = marks.subList(i, end + 1);
                smooth(img, first.clip(), g -> {
                    g.setStroke(new BasicStroke(1f));
                    for (Figure.Mark mark : run) {
                        Figure.Dot d = (Figure.Dot) mark;
                        Ellipse2D dot = new Ellipse2D.Double(d.cx() - d.r(), d.cy() - d.r(), 2 * d.r(), 2 * d.r());
                        g.setColor(new Color(d.fill()));
                        g.fill(dot);
                        g.setColor(new Color(d.outline()));
                        g.draw(dot);
                    }
                });
                i = end;
                continue;
            }
            switch (m) {
                case Figure.Raster r -> raster(img, r);
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
                        for (int j = 0; j < piece.length; j++)
                            if (j == 0) path.moveTo(piece[j][0], piece[j][1]); else path.lineTo(piece[j][0], piece[j][1]);
                    g.draw(path);
                });
                case Figure.Dot d -> throw new IllegalStateException(Messages.t("internal.dots-in-runs"));
            }
        }
        return img;
    }

    /** The raster's pixels that fall inside the image, a row at a time (setRGB per pixel is many times slower). */
    private static void raster(BufferedImage img, Figure.Raster r) {
        int x0 = Math.max(0, r.x()), x1 = Math.min(img.getWidth(), r.x() + r.w());
        if (x1 <= x0) return;
        int[] line = new int[x1 - x0];
        for (int row = 0; row < r.h(); row++) {
            int y = r.y() + row;
            if (y < 0 || y >= img.getHeight()) continue;
            for (int x = x0; x < x1; x++) line[x - x0] = 0xff000000 | r.rgb()[row * r.w() + x - r.x()];
            img.setRGB(x0, y, x1 - x0, 1, line, 0, line.length);
        }
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
