package nn.graph;

import java.util.ArrayList;
import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/**
 * Spells a small matrix product out element by element, as the lecture does:
 * {@code 2 × 0.11 + 3 × 0.21 = 0.85} for element (1, 1) of {@code [2, 3] @ [[.11, .12], [.21, .08]]}.
 * The factors are written exactly (the shortest decimal that reads back, up to {@link #EXACT} places) so
 * the sum can be checked by hand; only the result is rounded to the caller's precision.
 */
public final class Explain {
    private Explain() {}

    /** Decimal places for the factors: enough to write any double that matters here, trailing zeros trimmed. */
    public static final int EXACT = 15;

    /** One element of the product: its 1-based position, the written-out sum, and its value. */
    public record Element(int row, int col, String expansion, double value) {
        /** "2 × 0.11 + 3 × 0.21 = 0.85", the value at {@code decimals} places. */
        public String line(int decimals) { return expansion + " = " + MatrixText.number(value, decimals); }
    }

    /** Every element of a @ b, row by row, its factors written exactly. */
    public static List<Element> product(Matrix a, Matrix b) {
        Matrix out = MatrixOps.matmul(a, b);
        List<Element> elements = new ArrayList<>(out.size());
        for (int i = 0; i < out.rows(); i++)
            for (int j = 0; j < out.cols(); j++) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < a.cols(); k++) {
                    if (k > 0) sb.append(" + ");
                    sb.append(MatrixText.number(a.get(i, k), EXACT)).append(" × ").append(MatrixText.number(b.get(k, j), EXACT));
                }
                elements.add(new Element(i + 1, j + 1, sb.toString(), out.get(i, j)));
            }
        return elements;
    }
}
