package nn.viz;

import nn.i18n.Messages;
import nn.tensor.decimal.ShortestDigits;

/**
 * How a number becomes a colour in a picture: {@link #grey} for an example's inputs (ink on paper:
 * {@code lo} white, {@code hi} black, as a digit is written), {@link #diverging} for weights (blue below 0,
 * white at 0, red above, the same {@code limit} on both sides so that 0 is always white), and
 * {@link #sequential} for a regression target (light yellow to dark blue, as Matplotlib's "viridis" ends
 * read on white). Values outside the range take the colour of its nearer end; NaN is grey.
 */
public record ColourScale(Kind kind, double lo, double hi) {
    public enum Kind { GREY, DIVERGING, SEQUENTIAL }

    static final int NAN = 0xa0a0a0;
    private static final int NEGATIVE = 0x2166ac, POSITIVE = 0xb2182b;
    private static final int[] VIRIDIS = {0xfde725, 0x5ec962, 0x21918c, 0x3b528b, 0x440154};

    public ColourScale {
        if (!(hi > lo)) throw new PlotException(Messages.t("viz.colour-scale", ShortestDigits.toString(lo), ShortestDigits.toString(hi)));
    }

    public static ColourScale grey(double lo, double hi) { return new ColourScale(Kind.GREY, lo, hi); }

    /** Centred at 0: −limit is full blue, +limit full red. */
    public static ColourScale diverging(double limit) { return new ColourScale(Kind.DIVERGING, -limit, limit); }

    public static ColourScale sequential(double lo, double hi) { return new ColourScale(Kind.SEQUENTIAL, lo, hi); }

    /**
     * The grey scale an image's values want: 0 … 1 for pixels scaled to 0 … 1, widened to the values' own
     * range when they leave it (raw 0 … 255 pixels, standardised inputs).
     */
    public static ColourScale greyFor(double[] values) {
        double lo = 0, hi = 1;
        for (double v : values) if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        return grey(lo, hi);
    }

    /**
     * A diverging scale whose limit is the {@code quantile} of the values' magnitudes (1 for the largest; 0.99
     * lets a few outlying weights take the full colour without washing out all the others), 1 when all are 0.
     */
    public static ColourScale divergingFor(double[] values, double quantile) {
        double[] mags = java.util.Arrays.stream(values).filter(Double::isFinite).map(Math::abs).sorted().toArray();
        if (mags.length == 0) return diverging(1);
        double limit = mags[(int) Math.min(mags.length - 1, Math.ceil(quantile * mags.length) - 1)];
        if (!(limit > 0)) limit = mags[mags.length - 1];
        return diverging(limit > 0 ? limit : 1);
    }

    /** Where {@code v} lies in the range, 0 … 1 (clamped). */
    double fraction(double v) { return Math.max(0, Math.min(1, (v - lo) / (hi - lo))); }

    /** The colour of {@code v}, 0xRRGGBB. */
    public int rgb(double v) {
        if (Double.isNaN(v)) return NAN;
        double f = fraction(v);
        return switch (kind) {
            case GREY -> {
                int g = (int) Math.round(255 * (1 - f));
                yield g << 16 | g << 8 | g;
            }
            case DIVERGING -> f < 0.5 ? Palette.mix(NEGATIVE, Palette.WHITE, (0.5 - f) * 2) : Palette.mix(POSITIVE, Palette.WHITE, (f - 0.5) * 2);
            case SEQUENTIAL -> {
                double at = f * (VIRIDIS.length - 1);
                int i = Math.min(VIRIDIS.length - 2, (int) at);
                yield Palette.mix(VIRIDIS[i + 1], VIRIDIS[i], at - i);
            }
        };
    }
}
