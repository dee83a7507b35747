package nn.similar;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words every output shares: how the measure is named, and line ranges as text. */
final class Describe {
    private Describe() {}

    static String measure(Settings s) {
        return Messages.t("similar.measure", s.k(), s.window());
    }

    static String number(double x) { return String.format(Locale.ROOT, "%.2f", x); }

    static String percent(double x) { return String.format(Locale.ROOT, "%.0f%%", 100 * x); }

    /** "12-20, 31" or, for a submission of several files, "main.nn:12-20, util.nn:3". */
    static String lines(Submission s, List<Result.Lines> ranges) {
        List<String> parts = new ArrayList<>();
        int shownFile = -1;
        for (Result.Lines r : ranges) {
            String range = r.from() == r.to() ? String.valueOf(r.from()) : r.from() + "-" + r.to();
            if (s.files().size() > 1 && r.file() != shownFile) {
                range = fileName(s, r.file()) + ":" + range;
                shownFile = r.file();
            }
            parts.add(range);
        }
        return String.join(",", parts);
    }

    static String fileName(Submission s, int file) {
        String name = s.files().get(file).name();
        int slash = name.indexOf('/');
        return slash >= 0 ? name.substring(slash + 1) : name;
    }

    /** The regions of a pair as "a-lines ~ b-lines; …". */
    static String regions(Result.Pair p) {
        List<String> parts = new ArrayList<>();
        for (Result.Region r : p.regions()) parts.add(lines(p.a(), r.a()) + " ~ " + lines(p.b(), r.b()));
        return String.join("; ", parts);
    }
}
