package nn.graph;

import java.util.ArrayList;
import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/**
 * Spells a small matrix product out element by element, as the lecture does:
 * {@code 2 × 0.11 + 3 × 0.21 = 0.85} for element (1, 1) of {@code [2, 3] @ [[.11, .12], [.21, .08]]}.
 */
public final class Explain {
    private Explain() {}

    /** One element of the product: its 1-based position, the written-out sum, and its value. */
    public record Element(int row, int col, String expansion, double value) {
        /** "2 × 0.11 + 3 × 0.21 = 0.85", the value at {@code decimals} places. */
        public String line(int decimals) { return expansion + " = " + MatrixText.number(value, decimals); }
    }

    /** Every element of a @ b, row by row, with numbers at {@code decimals} places. */
    public static List<Element> product(Matrix a, Matrix b, int decimals) {
        Matrix out = MatrixOps.matmul(a, b);
        List<Element> elements = new ArrayList<>(out.size());
        for (int i = 0; i < out.rows(); i++)
            for (int j = 0; j < out.cols(); j++) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < a.cols(); k++) {
                    if (k > 0) sb.append(" + ");
                    sb.append(MatrixText.number(a.get(i, k), decimals)).append(" × ").append(MatrixText.number(b.get(k, j), decimals));
                }
                elements.add(new Element(i + 1, j + 1, sb.toString(), out.get(i, j)));
            }
        return elements;
    }
}
