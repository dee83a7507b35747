package nn.viz;

import nn.i18n.Messages;

import java.util.List;

/**
 * Plots drawn as text for a terminal, {@code width} characters wide.
 *
 * <p>With {@code colour} the output uses Unicode and ANSI 256-colour escapes: decision regions are
 * half-blocks '▀' (each character cell shows two square pixels, the upper in the foreground colour,
 * the lower in the background colour), loss curves are Braille dots. Without colour it is plain
 * ASCII, for pipes, logs and golden tests: regions are '.', '#', '+', 'o', … for classes 0, 1, 2,
 * 3, …, data points are their class digit, curves are '*', '+', 'o', … A square region of the plane
 * takes width × width/2 characters, so it looks square on a terminal whose cells are twice as tall
 * as they are wide (a plane twice as wide as tall takes width × width/4). The same input always
 * gives the same text.
 */
public final class TerminalCanvas {
    /** The axes' names in a boundary's legend: a CSV header's feature names, else x1 and x2 (the inputs). */
    private String xName = "x1", yName = "x2";

    /** Names the axes of the boundary legend (null or empty keeps x1 and x2). */
    public TerminalCanvas axes(String x, String y) {
        if (x != null && !x.isEmpty()) xName = x;
        if (y != null && !y.isEmpty()) yName = y;
        return this;
    }

    static final String RESET = "\u001b[0m";
    private static final String REGION_CHARS = ".#+o*x%=~@";
    private static final int GAP = 2;

    private final int width;
    private final boolean colour;

    public TerminalCanvas(int width, boolean colour) {
        if (width < 8) throw new PlotException(Messages.t("viz.terminal-width", width));
        this.width = width;
        this.colour = colour;
    }

    public int width() { return width; }

    /** The fewest columns that {@code panels} side-by-side plots need (4 each, and the gaps between them). */
    public static int columnsFor(int panels) { return 4 * panels + GAP * (panels - 1); }

    public boolean colour() { return colour; }

    /** One decision-region plot without a title. */
    public String boundary(Classifier classifier, Plane plane, LabelledPoints points) {
        return boundary(List.of(new Panel("", classifier)), plane, points);
    }

    /** Decision-region plots side by side, each {@code (width − 2(n−1)) / n} characters wide, then one legend line. */
    public String boundary(List<Panel> panels, Plane plane, LabelledPoints points) {
        int n = panels.size();
        if (n == 0) throw new PlotException(Messages.t("viz.boundary-empty"));
        int pw = (width - GAP * (n - 1)) / n;
        if (pw < 4) throw new PlotException(Messages.t("viz.plots-width", n, columnsFor(n), width));
        // A character is about twice as tall as wide: a plane w × h takes pw columns and pw·h/w/2 rows.
        int textRows = (int) Math.max(1, Math.min(2L * pw, Math.round(pw * plane.height() / plane.width() / 2)));
        int pixelRows = colour ? 2 * textRows : textRows;
        int[][] cells = new int[n][];
        int maxClass = -1;
        for (int p = 0; p < n; p++) {
            DecisionGrid grid = DecisionGrid.sample(panels.get(p).classifier(), plane, pw, pixelRows);
            maxClass = Math.max(maxClass, grid.maxClass());
            cells[p] = paint(grid, plane, points, pw, pixelRows);
        }
        for (int i = 0; i < points.size(); i++) maxClass = Math.max(maxClass, points.classOf(i));
        boolean pointsDrawn = false;
        for (int i = 0; i < points.size() && !pointsDrawn; i++)
            pointsDrawn = plane.column(points.xy().get(i, 0), pw) >= 0 && plane.row(points.xy().get(i, 1), pixelRows) >= 0;

        StringBuilder out = new StringBuilder();
        if (panels.stream().anyMatch(pn -> !pn.title().isEmpty())) {
            StringBuilder titles = new StringBuilder();
            for (int p = 0; p < n; p++) titles.append(p > 0 ? " ".repeat(GAP) : "").append(pad(panels.get(p).title(), pw, colour));
            out.append(titles.toString().stripTrailing()).append('\n');
        }
        for (int r = 0; r < textRows; r++) {
            for (int p = 0; p < n; p++) {
                if (p > 0) out.append(" ".repeat(GAP));
                appendRow(out, cells[p], pw, r);
            }
            out.append('\n');
        }
        out.append(legend(plane, maxClass, pointsDrawn));
        return out.toString();
    }

    /** Loss curves against epoch as a chart {@code height} rows tall (plus axis and legend lines). */
    public String loss(List<Series> curves, int height, boolean logScale) {
        return TextChart.render(curves, width, height, logScale, colour);
    }

    /** A curve of any x (a function's values from a to b): as {@link #loss}, the x axis named {@code xName}. */
    public String curve(List<Series> curves, int height, String xName) {
        return TextChart.render(curves, width, height, false, colour, xName);
    }

    /** One line of at most {@code width} characters whose heights follow {@code values}. */
    public String sparkline(double[] values) { return TextChart.sparkline(values, width, colour); }

    // Encodes a pixel as class * 2 + (1 if a data point sits there), so regions and points share one array.
    private static int[] paint(DecisionGrid grid, Plane plane, LabelledPoints points, int cols, int rows) {
        int[] px = new int[cols * rows];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) px[r * cols + c] = 2 * grid.at(c, r);
        for (int i = 0; i < points.size(); i++) {
            int c = plane.column(points.xy().get(i, 0), cols), r = plane.row(points.xy().get(i, 1), rows);
            if (c >= 0 && r >= 0) px[r * cols + c] = 2 * points.classOf(i) + 1;
        }
        return px;
    }

    private void appendRow(StringBuilder out, int[] px, int cols, int textRow) {
        if (!colour) {
            for (int c = 0; c < cols; c++) out.append(plainChar(px[textRow * cols + c]));
            return;
        }
        String last = "";
        for (int c = 0; c < cols; c++) {
            int top = px[2 * textRow * cols + c], bottom = px[(2 * textRow + 1) * cols + c];
            String esc = "\u001b[38;5;" + Palette.xterm256(rgb(top)) + ";48;5;" + Palette.xterm256(rgb(bottom)) + "m";
            if (!esc.equals(last)) out.append(esc);
            last = esc;
            out.append('▀');
        }
        out.append(RESET);
    }

    private static int rgb(int pixel) { return (pixel & 1) == 1 ? Palette.strong(pixel / 2) : Palette.region(pixel / 2); }

    private static char plainChar(int pixel) {
        int cls = pixel / 2;
        return (pixel & 1) == 1 ? Character.forDigit(cls % 36, 36) : REGION_CHARS.charAt(cls % REGION_CHARS.length());
    }

    /**
     * The plane's extent and the class key, on one line when it fits the width, else on two; the
     * digits are explained only when some data point is drawn.
     */
    private String legend(Plane plane, int maxClass, boolean pointsDrawn) {
        String extent = Messages.t("viz.extent", xName, Ticks.label(plane.x0()), Ticks.label(plane.x1()),
                yName, Ticks.label(plane.y0()), Ticks.label(plane.y1())) + ";";
        StringBuilder key = new StringBuilder();
        int visible = 0;
        for (int c = 0; c <= maxClass; c++) {
            String name = Messages.t("viz.class", c);
            if (colour) {
                key.append(c > 0 ? " " : "").append("\u001b[38;5;").append(Palette.xterm256(Palette.strong(c)))
                        .append("m█").append(RESET).append(' ').append(name);
                visible += (c > 0 ? 1 : 0) + 2 + name.length();
            } else {
                String item = (c > 0 ? ", " : Messages.t("viz.regions-key") + " ") + "'" + plainChar(2 * c) + "' " + name;
                key.append(item);
                visible += item.length();
            }
        }
        if (!colour && pointsDrawn) {
            String digits = "; " + Messages.t("viz.digits-data-points");
            key.append(digits);
            visible += digits.length();
        }
        boolean oneLine = extent.length() + 1 + visible <= width;
        return extent + (oneLine ? " " : "\n") + key + "\n";
    }

    /** {@code text} cut or padded to {@code w} characters; plain output stays ASCII but for accented Latin letters. */
    static String pad(String text, int w, boolean unicode) {
        String t = unicode ? text : plain(text);
        String more = unicode ? "…" : ".";
        if (t.length() > w) t = t.substring(0, Math.max(0, w - 1)) + more;
        return t + " ".repeat(w - t.length());
    }

    /**
     * Text for a plain (no-colour) terminal: ASCII, as the bitmap font writes it, except that accented
     * Latin letters stay — a Spanish title reads "época", not "epoca", and each is one column.
     */
    static String plain(String text) {
        String nfc = nn.platform.Unicode.composed(text);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            boolean latin = c >= '\u00c0' && c <= '\u017f' && Character.isLetter(c) || c == '\u00bf' || c == '\u00a1';
            out.append(latin ? String.valueOf(c) : BitmapFont.printable(String.valueOf(c)));
        }
        return out.toString();
    }
}
