package nn.viz;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nn.platform.Browser;
import nn.tensor.Decimals;

/**
 * A {@link Figure} as SVG: the same marks at the same pixel coordinates as the PNG, as vector elements — a
 * curve is one {@code <polyline>} a piece (not an element a point), points are circles, text is text (sized to
 * the bitmap font's width). Decision regions are a raster by nature (one classifier answer a pixel), so they
 * are one embedded PNG image drawn pixelated; everything on top of them stays vector.
 */
public final class SvgWriter {
    private SvgWriter() {}

    public static String svg(Figure f) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(f.width()).append("\" height=\"").append(f.height())
                .append("\" viewBox=\"0 0 ").append(f.width()).append(' ').append(f.height()).append("\">\n");
        Map<Figure.Clip, String> clips = new LinkedHashMap<>();
        for (Figure.Mark m : f.marks()) {
            Figure.Clip c = switch (m) {
                case Figure.Curve cu -> cu.clip();
                case Figure.Dot d -> d.clip();
                case Figure.Raster r -> Figure.Clip.NONE;
                case Figure.Rule r -> Figure.Clip.NONE;
                case Figure.Frame r -> Figure.Clip.NONE;
                case Figure.Segment r -> Figure.Clip.NONE;
                case Figure.Label r -> Figure.Clip.NONE;
            };
            if (!c.none()) clips.putIfAbsent(c, "clip" + clips.size());
        }
        if (!clips.isEmpty()) {
            b.append("<defs>\n");
            clips.forEach((c, id) -> b.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(c.x()).append("\" y=\"")
                    .append(c.y()).append("\" width=\"").append(c.w()).append("\" height=\"").append(c.h()).append("\"/></clipPath>\n"));
            b.append("</defs>\n");
        }
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (Figure.Mark m : f.marks()) {
            switch (m) {
                case Figure.Raster r -> {
                    if (Browser.isBrowser()) rects(b, r);
                    else b.append("<image class=\"regions\" x=\"").append(r.x()).append("\" y=\"").append(r.y())
                            .append("\" width=\"").append(r.w()).append("\" height=\"").append(r.h())
                            .append("\" preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" href=\"data:image/png;base64,")
                            .append(Base64.getEncoder().encodeToString(Png.encode(raster(r)))).append("\"/>\n");
                }
                case Figure.Rule r -> b.append("<rect x=\"").append(r.x()).append("\" y=\"").append(r.y()).append("\" width=\"")
                        .append(r.w()).append("\" height=\"").append(r.h()).append("\" fill=\"").append(colour(r.rgb())).append("\"/>\n");
                case Figure.Frame r -> b.append("<rect class=\"frame\" x=\"").append(r.x()).append("\" y=\"").append(r.y())
                        .append("\" width=\"").append(r.w()).append("\" height=\"").append(r.h())
                        .append("\" fill=\"none\" stroke=\"").append(colour(r.rgb())).append("\" stroke-width=\"1\"/>\n");
                case Figure.Segment s -> b.append("<line class=\"axis\" x1=\"").append(s.x0()).append("\" y1=\"").append(s.y0())
                        .append("\" x2=\"").append(s.x1()).append("\" y2=\"").append(s.y1()).append("\" stroke=\"")
                        .append(colour(s.rgb())).append("\" stroke-width=\"1\"/>\n");
                case Figure.Curve c -> {
                    b.append("<g class=\"curve\"");
                    if (!c.name().isEmpty()) b.append(" data-name=\"").append(escape(c.name())).append('"');
                    clip(b, clips, c.clip());
                    b.append(" fill=\"none\" stroke=\"").append(colour(c.rgb())).append("\" stroke-width=\"").append(number(c.width()))
                            .append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n");
                    for (double[][] piece : c.pieces()) {
                        b.append("<polyline points=\"");
                        for (int i = 0; i < piece.length; i++) {
                            if (i > 0) b.append(' ');
                            b.append(number(piece[i][0])).append(',').append(number(piece[i][1]));
                        }
                        b.append("\"/>\n");
                    }
                    b.append("</g>\n");
                }
                case Figure.Dot d -> {
                    b.append("<circle class=\"point\" cx=\"").append(number(d.cx())).append("\" cy=\"").append(number(d.cy()))
                            .append("\" r=\"").append(number(d.r())).append("\" fill=\"").append(colour(d.fill()))
                            .append("\" stroke=\"").append(colour(d.outline())).append("\" stroke-width=\"1\"");
                    clip(b, clips, d.clip());
                    b.append("/>\n");
                }
                case Figure.Label l -> {
                    if (l.text().isEmpty()) continue;
                    int h = BitmapFont.height(l.scale());
                    b.append("<text x=\"").append(l.x()).append("\" y=\"").append(l.y() + h).append("\" font-family=\"monospace\" font-size=\"")
                            .append(number(h * 10 / 7.0)).append("\" textLength=\"").append(BitmapFont.width(l.text(), l.scale()))
                            .append("\" lengthAdjust=\"spacingAndGlyphs\" fill=\"").append(colour(l.rgb())).append("\">")
                            .append(escape(l.text())).append("</text>\n");
                }
            }
        }
        b.append("</svg>\n");
        return b.toString();
    }

    /**
     * A raster as rectangles, one a run of equal pixels in a row: the browser's build has no PNG encoder
     * (java.awt), and decision regions are mostly long runs of one colour.
     */
    private static void rects(StringBuilder b, Figure.Raster r) {
        b.append("<g class=\"regions\" shape-rendering=\"crispEdges\">\n");
        for (int y = 0; y < r.h(); y++) {
            for (int x = 0; x < r.w(); ) {
                int rgb = r.rgb()[y * r.w() + x], end = x + 1;
                while (end < r.w() && r.rgb()[y * r.w() + end] == rgb) end++;
                b.append("<rect x=\"").append(r.x() + x).append("\" y=\"").append(r.y() + y).append("\" width=\"").append(end - x)
                        .append("\" height=\"1\" fill=\"").append(colour(rgb)).append("\"/>\n");
                x = end;
            }
        }
        b.append("</g>\n");
    }

    /** Writes the figure as SVG; the caller has checked the path is allowed. */
    public static void write(Figure f, Path file) {
        PlotFiles.write(file, out -> out.write(svg(f).getBytes(StandardCharsets.UTF_8)));
    }

    private static void clip(StringBuilder b, Map<Figure.Clip, String> clips, Figure.Clip c) {
        if (!c.none()) b.append(" clip-path=\"url(#").append(clips.get(c)).append(")\"");
    }

    private static BufferedImage raster(Figure.Raster r) {
        BufferedImage img = new BufferedImage(r.w(), r.h(), BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, r.w(), r.h(), r.rgb(), 0, r.w());
        return img;
    }

    static String colour(int rgb) { return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff); }

    /** At most two decimals (a hundredth of a pixel), no trailing zeros. */
    static String number(double v) {
        String s = Decimals.fixed(v, 2);
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> { if (c >= 0x20 || c == '\t') b.append(c); }
            }
        }
        return b.toString();
    }

    /** A figure to the file its name asks for: {@code .svg} as SVG, anything else as PNG. */
    public static void writeByExtension(Figure f, Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg") || Browser.isBrowser()) write(f, file); else Png.write(PngPainter.paint(f), file);
    }
}
