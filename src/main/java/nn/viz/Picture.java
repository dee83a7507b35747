package nn.viz;

import nn.i18n.Messages;

/**
 * One picture of a grid: {@code height × width} values, row by row (an example's 784 inputs as 28 × 28),
 * and a caption drawn under it ("7", "3 (true 5)"); {@code alert} draws the caption in red (a mistake).
 */
public record Picture(String caption, int height, int width, double[] values, boolean alert) {
    public Picture {
        if (height < 1 || width < 1) throw new PlotException(Messages.t("viz.picture-empty", height + "×" + width));
        if (values.length != (long) height * width)
            throw new PlotException(Messages.t("viz.picture-values", height + "×" + width, (long) height * width, values.length));
        if (caption == null) caption = "";
        values = values.clone();
    }

    public Picture(String caption, int height, int width, double[] values) { this(caption, height, width, values, false); }

    double at(int row, int col) { return values[row * width + col]; }

    /**
     * The side of a square picture of {@code n} values, or −1 when {@code n} is not a perfect square
     * (784 → 28; 3072 of a colour image is not one, so it needs a shape).
     */
    public static int squareSide(int n) {
        int s = (int) Math.round(Math.sqrt(n));
        return s > 0 && (long) s * s == n ? s : -1;
    }
}
