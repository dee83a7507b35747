package nn.bench;

import nn.i18n.Messages;

/** A benchmark's optional numeric arguments ({@code nn bench xor 5000 3}): a word that is not a number is a usage error. */
public final class BenchArgs {
    private BenchArgs() {}

    /** An argument that is not the number the benchmark takes there; its message says which. */
    public static final class Bad extends IllegalArgumentException {
        @java.io.Serial private static final long serialVersionUID = 1L;

        Bad(String message) { super(message); }
    }

    /** Argument {@code i} as a whole number of at least 1, or {@code fallback} when there are fewer arguments. */
    public static int count(String bench, String[] args, int i, int fallback) {
        if (args.length <= i) return fallback;
        try {
            int n = Integer.parseInt(args[i].trim());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // said below, as for a count under 1
        }
        throw new Bad(Messages.t("bench.not-a-count", bench, args[i]));
    }

    /** Argument {@code i} as a number above 0 (seconds), or {@code fallback} when there are fewer arguments. */
    public static double number(String bench, String[] args, int i, double fallback) {
        if (args.length <= i) return fallback;
        try {
            double v = Double.parseDouble(args[i].trim());
            if (Double.isFinite(v) && v > 0) return v;
        } catch (NumberFormatException e) {
            // said below, as for a number that is not above 0
        }
        throw new Bad(Messages.t("bench.not-a-number", bench, args[i]));
    }
}
