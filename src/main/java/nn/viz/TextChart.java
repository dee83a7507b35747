package nn.viz;

import nn.i18n.Messages;

import java.util.List;
import nn.tensor.Fdlibm;

/**
 * Loss curves and sparklines as text for {@link TerminalCanvas}: a chart of '*'-like marks (plain)
 * or coloured Braille dots (2 × 4 dots a character), with the loss at the top, middle and bottom
 * on the left, and the first and last epoch below.
 */
final class TextChart {
    private TextChart() {}

    private static final String PLAIN_MARKS = "*+ox#@";
    private static final String BARS = "▁▂▃▄▅▆▇█";
    private static final String PLAIN_BARS = "_.-:=+*#";

    static String render(List<Series> curves, int width, int height, boolean log, boolean colour) {
        return render(curves, width, height, log, colour, Messages.t("viz.axis-epoch"));
    }

    /** {@code xName}: what the horizontal axis counts, written under it ("epoch", "x"). */
    static String render(List<Series> curves, int width, int height, boolean log, boolean colour, String xName) {
        if (height < 3) throw new PlotException(Messages.t("viz.chart-rows", height));
        if (curves.isEmpty()) throw new PlotException(Messages.t("viz.no-curve"));
        LossPlot.Range r = rangeWithoutPadding(curves, log);
        double lo = r.y0(), hi = r.y1();
        String[] labels = {label(hi, log), label((lo + hi) / 2, log), label(lo, log)};
        int lw = Math.max(labels[0].length(), Math.max(labels[1].length(), labels[2].length()));
        int cols = width - lw - 2;
        if (cols < 4) throw new PlotException(Messages.t("viz.chart-columns", lw + 6, width));
        Dots dots = new Dots(cols, height, colour);
        for (int c = 0; c < curves.size(); c++) plot(curves.get(c), r, log, dots, c);

        StringBuilder out = new StringBuilder();
        for (int row = 0; row < height; row++) {
            String label = row == 0 ? labels[0] : row == height / 2 ? labels[1] : row == height - 1 ? labels[2] : "";
            out.append(" ".repeat(lw - label.length())).append(label).append(colour ? " ┤" : " |");
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < cols; col++) {
                int cell = row * cols + col;
                if (dots.marks[cell] == 0) { line.append(' '); continue; }
                int curve = dots.owner[cell];
                if (colour) line.append("\u001b[38;5;").append(Palette.xterm256(Palette.strong(curve))).append('m')
                        .append((char) (0x2800 + dots.marks[cell])).append(TerminalCanvas.RESET);
                else line.append(PLAIN_MARKS.charAt(curve % PLAIN_MARKS.length()));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append(" ".repeat(lw)).append(colour ? " └" : " +").append((colour ? "─" : "-").repeat(cols)).append('\n');
        String first = Ticks.label(r.x0()), last = Ticks.label(r.x1()), mid = xName;
        int room = cols - first.length() - last.length();
        int left = Math.max(1, (room - mid.length()) / 2), right = Math.max(1, room - mid.length() - left);
        out.append(" ".repeat(lw + 2)).append(first).append(" ".repeat(left)).append(mid).append(" ".repeat(right)).append(last).append('\n');
        if (curves.size() > 1 || curves.stream().anyMatch(s -> !s.name().isEmpty())) out.append(legend(curves, lw, colour));
        return out.toString();
    }

    /** The chart's cells: which dots are set (Braille bits, or 1 for a plain mark) and the last curve in each. */
    private static final class Dots {
        final int cols, dx, dy;
        final int[] marks, owner;

        Dots(int cols, int rows, boolean braille) {
            this.cols = cols;
            this.dx = braille ? 2 : 1;
            this.dy = braille ? 4 : 1;
            this.marks = new int[cols * rows];
            this.owner = new int[cols * rows];
        }

        int width() { return cols * dx; }

        int height() { return marks.length / cols * dy; }

        void set(int x, int y, int curve) {
            int cell = (y / dy) * cols + x / dx;
            marks[cell] |= dx == 1 ? 1 : brailleBit(x % dx, y % dy);
            owner[cell] = curve;
        }
    }

    /** Sets one dot a dot column for the curve, joined to the previous column by a vertical run. */
    private static void plot(Series s, LossPlot.Range r, boolean log, Dots dots, int curve) {
        int w = dots.width(), h = dots.height(), prev = -1;
        for (int x = 0; x < w; x++) {
            double epoch = r.x0() + (w == 1 ? 0 : (double) x / (w - 1)) * (r.x1() - r.x0());
            double v = valueAt(s, epoch, log);
            if (Double.isNaN(v)) { prev = -1; continue; }
            int y = Math.max(0, Math.min(h - 1, (int) Math.round((1 - r.fy(v)) * (h - 1))));
            int from = y, to = y;
            if (prev >= 0 && prev < y) from = prev + 1;
            if (prev > y) to = prev - 1;
            for (int yy = from; yy <= to; yy++) dots.set(x, yy, curve);
            prev = y;
        }
    }

    /** The curve's value (log10 on a log scale) at {@code epoch} by linear interpolation; NaN where it has none. */
    private static double valueAt(Series s, double epoch, boolean log) {
        int n = s.size();
        if (n == 0 || epoch < s.xAt(0) - 1e-9 || epoch > s.xAt(n - 1) + 1e-9) return Double.NaN;
        int i = 0;
        while (i + 1 < n && s.xAt(i + 1) <= epoch) i++;
        double a = transformed(s.yAt(i), log);
        if (i + 1 >= n || s.xAt(i) == epoch) return a;
        double b = transformed(s.yAt(i + 1), log), t = (epoch - s.xAt(i)) / (s.xAt(i + 1) - s.xAt(i));
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : a + t * (b - a);
    }

    private static double transformed(double v, boolean log) {
        if (!LossPlot.Range.plottable(v, log)) return Double.NaN;
        return log ? Fdlibm.log10(v) : v;
    }

    private static LossPlot.Range rangeWithoutPadding(List<Series> curves, boolean log) {
        LossPlot.Range padded = LossPlot.Range.of(curves, log);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Series s : curves)
            for (int i = 0; i < s.size(); i++) {
                double v = transformed(s.yAt(i), log);
                if (!Double.isNaN(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
            }
        if (hi == lo) { lo -= 0.5; hi += 0.5; }
        return new LossPlot.Range(padded.x0(), padded.x1(), lo, hi);
    }

    private static String label(double v, boolean log) { return Ticks.label(log ? Fdlibm.pow(10, v) : v); }

    // Braille dot numbering: left column dots 1, 2, 3, 7; right column dots 4, 5, 6, 8.
    private static int brailleBit(int x, int y) {
        return x == 0 ? new int[] {0x01, 0x02, 0x04, 0x40}[y] : new int[] {0x08, 0x10, 0x20, 0x80}[y];
    }

    private static String legend(List<Series> curves, int lw, boolean colour) {
        StringBuilder s = new StringBuilder(" ".repeat(lw + 2));
        for (int c = 0; c < curves.size(); c++) {
            String name = curves.get(c).name().isEmpty() ? Messages.t("viz.curve", c + 1) : curves.get(c).name();
            if (c > 0) s.append("  ");
            if (colour) s.append("\u001b[38;5;").append(Palette.xterm256(Palette.strong(c))).append("m⣿").append(TerminalCanvas.RESET);
            else s.append(PLAIN_MARKS.charAt(c % PLAIN_MARKS.length()));
            s.append(' ').append(colour ? name : TerminalCanvas.plain(name));
        }
        return s.append('\n').toString();
    }

    static String sparkline(double[] values, int width, boolean colour) {
        String bars = colour ? BARS : PLAIN_BARS;
        int n = Math.min(values.length, width);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : values) if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        StringBuilder s = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            // Evenly spaced samples, always including the first and the last value.
            int i = n == 1 ? values.length - 1 : (int) Math.round((double) k * (values.length - 1) / (n - 1));
            double v = values[i];
            if (!Double.isFinite(v)) { s.append('!'); continue; }
            int level = hi == lo ? 0 : (int) Math.round((v - lo) / (hi - lo) * (bars.length() - 1));
            s.append(bars.charAt(level));
        }
        return s.toString();
    }
}
