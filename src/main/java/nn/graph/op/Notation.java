package nn.graph.op;

/** Small helpers that keep the ops' formula strings consistent. */
final class Notation {
    private Notation() {}

    static final String MINUS = "−";

    /** {@code g * expr}, dropping the factor when the incoming gradient is the seed 1. */
    static String times(String g, String expr) { return isOne(g) ? expr : g + " * " + expr; }

    /** {@code −g}, written without the 1 when g is the seed. */
    static String negated(String g) { return isOne(g) ? MINUS + "1" : MINUS + g; }

    static boolean isOne(String g) { return g.equals("1"); }

    /** The transpose mark; a compound label is already parenthesised by the labeller. */
    static String transposed(String label) { return label + "ᵀ"; }

    /** Superscripts for small integer exponents (a², a³), otherwise a^p. */
    static String power(String base, double p) {
        if (p == 2.0) return base + "²";
        if (p == 3.0) return base + "³";
        return base + "^" + number(p);
    }

    /** A number without a trailing ".0" for whole values. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
