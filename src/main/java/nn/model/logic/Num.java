package nn.model.logic;


/**
 * Numbers inside unit descriptions and narrations: {@link nn.tensor.Decimals} plus the lecture's ways
 * of writing terms, vectors and weighted sums.
 */
final class Num {
    private Num() {}

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

    /** A weighted sum as the lecture writes it: "1·x1 − 2·x2 + 0.5·x3" (a leading negative keeps its sign). */
    static String weightedSum(double[] weights, java.util.List<String> names) {
        if (weights.length == 0) return "0";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (i == 0) sb.append(format(w));
            else sb.append(w < 0 ? " − " : " + ").append(format(Math.abs(w)));
            sb.append('·').append(names.get(i));
        }
        return sb.toString();
    }

    /** "+ 0.5" or "− 0.5", to append a constant to a sum. */
    static String plusConstant(double c) {
        return (c < 0 ? " − " : " + ") + format(Math.abs(c));
    }
}
