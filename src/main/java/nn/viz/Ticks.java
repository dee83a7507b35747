package nn.viz;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import nn.tensor.Decimals;
import nn.tensor.Fdlibm;
import nn.tensor.decimal.DecimalParser;

/** Axis tick positions at "nice" steps (1, 2 or 5 × a power of ten), and their labels. */
final class Ticks {
    private Ticks() {}

    /** About {@code target} ticks covering [lo, hi], each a multiple of a nice step, inside the range. */
    static List<Double> linear(double lo, double hi, int target) {
        List<Double> out = new ArrayList<>();
        if (!(hi > lo)) { out.add(lo); return out; }
        double step = niceStep((hi - lo) / Math.max(1, target));
        long first = (long) Math.ceil(lo / step - 1e-9), last = (long) Math.floor(hi / step + 1e-9);
        for (long k = first; k <= last; k++) out.add(k * step);
        return out;
    }

    /** Pixels of blank space kept between two tick labels. */
    static final int LABEL_GAP = 6;

    /**
     * Ticks over [lo, hi] drawn along {@code pixels} pixels whose labels ({@link #label}, in the bitmap font at
     * scale 1) never overlap: about one tick every 60 pixels, fewer when the labels are long, down to the
     * single tick that always fits. {@code horizontal}: labels side by side along an x axis; else stacked
     * along a y axis, where only their height counts.
     */
    static List<Double> fitting(double lo, double hi, int pixels, boolean horizontal) {
        for (int target = Math.max(2, pixels / 60); target >= 1; target--) {
            List<Double> ticks = linear(lo, hi, target);
            if (ticks.size() <= 1 || fits(ticks, lo, hi, pixels, horizontal)) return ticks;
        }
        return linear(lo, hi, 1).subList(0, 1);
    }

    private static boolean fits(List<Double> ticks, double lo, double hi, int pixels, boolean horizontal) {
        for (int i = 1; i < ticks.size(); i++) {
            double apart = (ticks.get(i) - ticks.get(i - 1)) / (hi - lo) * pixels;
            double need = horizontal
                    ? (BitmapFont.width(label(ticks.get(i)), 1) + BitmapFont.width(label(ticks.get(i - 1)), 1)) / 2.0 + LABEL_GAP
                    : BitmapFont.height(1) + LABEL_GAP;
            if (apart < need) return false;
        }
        return true;
    }

    /** Powers of ten between 10^lo and 10^hi (the arguments are log10 values); at least the ends. */
    static List<Double> decades(double lo, double hi) {
        List<Double> out = new ArrayList<>();
        for (long e = (long) Math.ceil(lo - 1e-9); e <= Math.floor(hi + 1e-9); e++) out.add((double) e);
        if (out.isEmpty()) { out.add(lo); out.add(hi); }
        return out;
    }

    static double niceStep(double raw) {
        double power = Fdlibm.pow(10, Math.floor(Fdlibm.log10(raw)));
        double f = raw / power;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * power;
    }

    /**
     * A short label in the language's number format ({@link Decimals}: at most 4 decimals, scientific
     * when tinier, no "-0"), after rounding to 4 significant digits so big values stay short (1235).
     */
    static String label(double v) {
        if (v == 0 || Math.abs(v) < 1e-12) return "0";
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(4));
        return Decimals.number(DecimalParser.toDouble(rounded.unscaledValue(), rounded.scale()));
    }
}
