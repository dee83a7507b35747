package nn.model.logic;

import java.util.List;

/**
 * Numbers inside unit descriptions and narrations: {@link nn.tensor.Decimals} plus the lecture's ways
 * of writing terms, vectors and weighted sums.
 *
 * <p>One sign rule for every formula the logic part prints: a sign that belongs to a number is the
 * ASCII '-' that nn prints and reads ({@code weights [-3, -4]}, {@code ≥ -12}, the leading coefficient
 * in {@code -3·x}, a negative number substituted into a sum as {@code (-2)}); a minus between two
 * terms is the operator {@value #MINUS} ({@code 2·x1 − 2}, {@code -3·x − 4·y ≥ -12}, {@code d − y}).
 */
final class Num {
    private Num() {}

    /** The subtraction operator between two terms of a formula (U+2212, as the lecture typesets it). */
    static final String MINUS = "−";

    static String format(double v) { return nn.tensor.Decimals.number(v); }

    /** A number as a term of a sum, parenthesised when negative: "(-0.5)". */
    static String term(double v) {
        String s = format(v);
        return s.startsWith("-") ? "(" + s + ")" : s;
    }

    /** A vector as the language prints a row: "[0, -1]". */
    static String vector(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(format(v[i]));
        }
        return sb.append(']').toString();
    }

    /** Every weight written out, as a unit's formula: "1·x1 − 2·x2 + 0·x3", "-1·x1 + 1·x2". */
    static String weightedSum(double[] weights, List<String> names) {
        return sum(weights, names, false);
    }

    /** Zero terms left out and a coefficient of 1 left implicit, as geometry writes a line: "x − 2·y", "-x". */
    static String compactSum(double[] weights, List<String> names) {
        return sum(weights, names, true);
    }

    private static String sum(double[] weights, List<String> names, boolean compact) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (compact && w == 0) continue;
            boolean first = sb.isEmpty();
            // The first term's sign is the number's own; later ones become the operator between terms.
            if (first) sb.append(w < 0 ? "-" : "");
            else sb.append(w < 0 ? " " + MINUS + " " : " + ");
            if (!compact || Math.abs(w) != 1) sb.append(format(Math.abs(w))).append('·');
            sb.append(names.get(i));
        }
        return sb.isEmpty() ? "0" : sb.toString();
    }

    /** "+ 0.5" or "− 0.5", to append a constant to a sum. */
    static String plusConstant(double c) {
        return (c < 0 ? " " + MINUS + " " : " + ") + format(Math.abs(c));
    }
}
