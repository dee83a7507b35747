package nn.viz;

import nn.i18n.Messages;

import java.util.List;

/**
 * Pictures as text, side by side in rows that fit {@code width} columns, a caption under each. A picture of
 * h × w values takes at most w columns (fewer when several must share a row: the values are averaged over
 * boxes) and about half as many rows, since a character is about twice as tall as wide; in plain characters a
 * picture that fits twice as wide takes two characters a value and a line a row. With colour, each
 * character is a half-block '▀' showing two values (the upper in the foreground colour, the lower in the
 * background colour, from the 256-colour palette); without, one character a box from a ramp of ink
 * (" .:-=+*#%@" for a grey scale; "=", "-", " ", "+", "#" from most negative to most positive for a
 * diverging one). The same input gives the same text.
 */
public final class TerminalPictures {
    private TerminalPictures() {}

    static final int GAP = 2;
    private static final String INK = " .:-=+*#%@";
    private static final String SIGNED = "=- +#";

    /** The pictures under a title line, then one line that says how values map to shades. */
    public static String render(String title, List<Picture> pictures, ColourScale scale, int width, boolean colour) {
        if (pictures.isEmpty()) throw new PlotException(Messages.t("viz.no-picture"));
        int w = 0, longest = 0;
        for (Picture p : pictures) {
            w = Math.max(w, p.width());
            longest = Math.max(longest, p.caption().length());
        }
        int narrowest = Math.min(w, 8);
        int perRow = Math.max(1, Math.min(pictures.size(), (width + GAP) / (Math.max(narrowest, Math.min(longest, 12)) + GAP)));
        // As wide as fits, but not wider than the pictures themselves (twice as wide in plain characters, two a
        // value, so that a small picture keeps every value and its shape), the same for all so that they line up.
        int cw = Math.max(1, Math.min(colour ? w : 2 * w, (width - GAP * (perRow - 1)) / perRow));
        // A cell is as wide as its caption when the picture is narrower (a unit's 4 × 4 weights captioned "unit 15").
        int cell = Math.max(cw, Math.min(longest, Math.max(cw, (width - GAP * (perRow - 1)) / perRow)));
        perRow = Math.max(1, Math.min(pictures.size(), (width + GAP) / (cell + GAP)));
        StringBuilder out = new StringBuilder(TerminalCanvas.pad(title, Math.min(width, Math.max(title.length(), 1)), colour).stripTrailing()).append('\n');
        for (int first = 0; first < pictures.size(); first += perRow) {
            List<Picture> row = pictures.subList(first, Math.min(pictures.size(), first + perRow));
            String[][] drawn = new String[row.size()][];
            int lines = 0;
            for (int i = 0; i < row.size(); i++) {
                drawn[i] = draw(row.get(i), scale, cw, colour);
                lines = Math.max(lines, drawn[i].length);
            }
            for (int line = 0; line < lines; line++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < row.size(); i++) {
                    if (i > 0) text.append(" ".repeat(GAP));
                    int before = (cell - cw) / 2;
                    text.append(" ".repeat(before)).append(line < drawn[i].length ? drawn[i][line] : " ".repeat(cw))
                            .append(" ".repeat(cell - cw - before));
                }
                out.append(stripPlain(text.toString(), colour)).append('\n');
            }
            StringBuilder captions = new StringBuilder();
            for (int i = 0; i < row.size(); i++)
                captions.append(i > 0 ? " ".repeat(GAP) : "").append(centre(row.get(i).caption(), cell, colour));
            out.append(captions.toString().stripTrailing()).append('\n');
        }
        out.append(key(scale, colour)).append('\n');
        return out.toString();
    }

    private static String stripPlain(String s, boolean colour) { return colour ? s : s.stripTrailing(); }

    /** One picture as lines of {@code cw} characters. */
    private static String[] draw(Picture p, ColourScale scale, int cw, boolean colour) {
        // Pixel rows: two a character with half-blocks, and a plain character covers the same two; plain
        // characters two a value when there is room.
        boolean doubled = !colour && cw >= 2 * p.width();
        int pixelRows = doubled ? p.height() : Math.max(colour ? 2 : 1, (int) Math.round((double) p.height() * cw / p.width() / (colour ? 1 : 2)));
        int boxCols = doubled ? p.width() : cw;
        double[] box = boxes(p, boxCols, pixelRows);
        int lines = colour ? (pixelRows + 1) / 2 : pixelRows;
        String[] out = new String[lines];
        for (int line = 0; line < lines; line++) {
            StringBuilder s = new StringBuilder();
            if (colour) {
                String last = "";
                for (int c = 0; c < cw; c++) {
                    int top = scale.rgb(box[2 * line * cw + c]);
                    int bottom = 2 * line + 1 < pixelRows ? scale.rgb(box[(2 * line + 1) * cw + c]) : Palette.WHITE;
                    String esc = "\u001b[38;5;" + Palette.xterm256Any(top) + ";48;5;" + Palette.xterm256Any(bottom) + "m";
                    if (!esc.equals(last)) s.append(esc);
                    last = esc;
                    s.append('▀');
                }
                s.append(TerminalCanvas.RESET);
            } else {
                for (int c = 0; c < boxCols; c++) {
                    char ch = plain(scale, box[line * boxCols + c]);
                    s.append(ch);
                    if (doubled) s.append(ch);
                }
                s.append(" ".repeat(Math.max(0, cw - (doubled ? 2 * boxCols : boxCols))));
            }
            out[line] = s.toString();
        }
        return out;
    }

    /** The mean of the values over each of cols × rows boxes (NaN where a box holds no finite value). */
    static double[] boxes(Picture p, int cols, int rows) {
        double[] out = new double[cols * rows];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                int r0 = r * p.height() / rows, r1 = Math.max(r0 + 1, (r + 1) * p.height() / rows);
                int c0 = c * p.width() / cols, c1 = Math.max(c0 + 1, (c + 1) * p.width() / cols);
                double sum = 0;
                int n = 0;
                for (int y = r0; y < r1 && y < p.height(); y++)
                    for (int x = c0; x < c1 && x < p.width(); x++)
                        if (Double.isFinite(p.at(y, x))) { sum += p.at(y, x); n++; }
                out[r * cols + c] = n == 0 ? Double.NaN : sum / n;
            }
        return out;
    }

    static char plain(ColourScale scale, double v) {
        if (Double.isNaN(v)) return '?';
        double f = scale.fraction(v);
        if (scale.kind() != ColourScale.Kind.DIVERGING) return INK.charAt(Math.min(INK.length() - 1, (int) (f * INK.length())));
        double m = Math.abs(f - 0.5) * 2;
        if (m < 0.15) return ' ';
        return SIGNED.charAt(f < 0.5 ? (m < 0.5 ? 1 : 0) : (m < 0.5 ? 3 : 4));
    }

    private static String centre(String caption, int w, boolean colour) {
        String t = caption.length() > w ? TerminalCanvas.pad(caption, w, colour).strip() : caption;
        int left = Math.max(0, (w - t.length()) / 2);
        return " ".repeat(left) + t + " ".repeat(Math.max(0, w - left - t.length()));
    }

    private static String key(ColourScale scale, boolean colour) {
        String lo = Ticks.label(scale.lo()), hi = Ticks.label(scale.hi());
        if (scale.kind() == ColourScale.Kind.DIVERGING)
            return colour ? Messages.t("viz.diverging-colour-key", lo, hi) : Messages.t("viz.diverging-marks-key", lo, hi);
        return colour ? Messages.t("viz.grey-colour-key", lo, hi) : Messages.t("viz.grey-marks-key", lo, hi);
    }
}
