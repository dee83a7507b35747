package nn.viz;

import nn.i18n.Messages;

/**
 * {@link Scatter} as text, {@code width} columns wide and about half as many rows a unit as columns (as the
 * terminal's boundary plots): with colour, half-blocks on a light ground with each point in its class's
 * (or value's) colour; without, '.' for the ground and a class's digit (or a shade of " .:-=+*#%@" for a
 * value, darker for larger) at each point. A legend line names the axes' ranges and what the marks mean.
 */
public final class TerminalScatter {
    private TerminalScatter() {}

    private static final int GROUND = 0xf4f4f4;
    private static final String SHADES = ".:-=+*#%@";

    public static String render(Scatter s, Plane plane, String xName, String yName, int width, boolean colour) {
        if (width < 8) throw new PlotException(Messages.t("viz.terminal-width", width));
        int textRows = (int) Math.max(1, Math.min(2L * width, Math.round(width * plane.height() / plane.width() / 2)));
        int pixelRows = colour ? 2 * textRows : textRows;
        ColourScale scale = s.classes() == null ? s.scale() : null;
        int[] rgb = new int[width * pixelRows];
        char[] marks = new char[width * pixelRows];
        java.util.Arrays.fill(rgb, GROUND);
        java.util.Arrays.fill(marks, '.');
        for (int i = 0; i < s.size(); i++) {
            int c = plane.column(s.xy().get(i, 0), width), r = plane.row(s.xy().get(i, 1), pixelRows);
            if (c < 0 || r < 0) continue;
            rgb[r * width + c] = s.colourOf(i, scale);
            marks[r * width + c] = s.classes() != null ? Character.forDigit(s.classes()[i] % 36, 36)
                    : SHADES.charAt(Math.min(SHADES.length() - 1, (int) (scale.fraction(s.values()[i]) * SHADES.length())));
        }
        StringBuilder out = new StringBuilder();
        if (!s.title().isEmpty()) out.append(TerminalCanvas.pad(s.title(), Math.min(width, s.title().length()), colour)).append('\n');
        for (int r = 0; r < textRows; r++) {
            if (colour) {
                String last = "";
                for (int c = 0; c < width; c++) {
                    String esc = "\u001b[38;5;" + Palette.xterm256Any(rgb[2 * r * width + c]) + ";48;5;"
                            + Palette.xterm256Any(rgb[(2 * r + 1) * width + c]) + "m";
                    if (!esc.equals(last)) out.append(esc);
                    last = esc;
                    out.append('▀');
                }
                out.append(TerminalCanvas.RESET);
            } else {
                out.append(marks, r * width, width);
            }
            out.append('\n');
        }
        out.append(Messages.t("viz.extent", xName, Ticks.label(plane.x0()), Ticks.label(plane.x1()),
                yName, Ticks.label(plane.y0()), Ticks.label(plane.y1()))).append('\n');
        out.append(key(s, scale, colour)).append('\n');
        return out.toString();
    }

    private static String key(Scatter s, ColourScale scale, boolean colour) {
        if (scale != null)
            return colour ? Messages.t("viz.scatter-colour-key", Ticks.label(scale.lo()), Ticks.label(scale.hi()))
                    : Messages.t("viz.scatter-marks-key", Ticks.label(scale.lo()), Ticks.label(scale.hi()));
        StringBuilder key = new StringBuilder(colour ? "" : Messages.t("viz.digits-key") + " ");
        for (int c = 0; c < s.classCount(); c++) {
            if (colour) key.append(c > 0 ? " " : "").append("\u001b[38;5;").append(Palette.xterm256(Palette.strong(c)))
                    .append("m█").append(TerminalCanvas.RESET).append(' ').append(s.label(c));
            else key.append(c > 0 ? ", " : "").append(Character.forDigit(c % 36, 36)).append(" = ").append(TerminalCanvas.plain(s.label(c)));
        }
        return key.toString();
    }
}
