package nn.grade;

import java.util.Locale;

/** Points and times as reports write them: 2, 1.5, 0.333; 1.2 s. */
final class Points {
    private Points() {}

    static String of(double p) {
        if (p == Math.rint(p)) return Long.toString((long) p);
        String s = String.format(Locale.ROOT, "%.3f", p);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    static String percent(double p) { return String.format(Locale.ROOT, "%.1f%%", p); }

    static String seconds(long millis) { return String.format(Locale.ROOT, "%.2f s", millis / 1000.0); }

    /** JSON numbers: rounded to 6 decimals so a regrade writes the same text. */
    static double json(double p) { return Math.round(p * 1e6) / 1e6; }
}
