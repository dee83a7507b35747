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

    /** The transpose mark, after parentheses when the label is a compound expression. */
    static String transposed(String label) { return postfixable(label) + "ᵀ"; }

    /** The label itself when a postfix mark (ᵀ, ²) binds to all of it, else the label in parentheses. */
    static String postfixable(String label) {
        int depth = 0;
        boolean compound = label.startsWith(MINUS) || label.startsWith("-") || label.startsWith("Σ") || label.startsWith("½");
        for (int i = 0; i < label.length() && !compound; i++) {
            char c = label.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') depth--;
            else if (c == ' ' && depth == 0) compound = true;
        }
        return compound ? "(" + label + ")" : label;
    }

    /** Superscripts for small integer exponents (a², a³), otherwise a^p. */
    static String power(String base, double p) {
        String b = postfixable(base);
        if (p == 2.0) return b + "²";
        if (p == 3.0) return b + "³";
        return b + "^" + number(p);
    }

    /** A number without a trailing ".0" for whole values. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return nn.tensor.decimal.ShortestDigits.toString(v);
    }
}
