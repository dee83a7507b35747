package nn.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nn.tensor.Matrix;

/**
 * Matrices written the way the language prints them: a 1×1 matrix as a number, a row as
 * {@code [0.85, 0.48]}, anything else as {@code [[0.11, 0.12], [0.21, 0.08]]}; at most {@code decimals}
 * decimals, trailing zeros trimmed, no "-0".
 */
public final class MatrixText {
    private MatrixText() {}

    public static final int DEFAULT_DECIMALS = 4;

    public static String format(Matrix m) { return format(m, DEFAULT_DECIMALS); }

    public static String format(Matrix m, int decimals) {
        if (m.isScalar()) return number(m.item(), decimals);
        StringBuilder sb = new StringBuilder();
        if (m.rows() == 1) return appendRow(sb, m, 0, decimals).toString();
        sb.append('[');
        for (int r = 0; r < m.rows(); r++) appendRow(sb.append(r == 0 ? "" : ", "), m, r, decimals);
        return sb.append(']').toString();
    }

    private static StringBuilder appendRow(StringBuilder sb, Matrix m, int r, int decimals) {
        sb.append('[');
        for (int c = 0; c < m.cols(); c++) sb.append(c == 0 ? "" : ", ").append(number(m.get(r, c), decimals));
        return sb.append(']');
    }

    /** One number rounded half-up to {@code decimals} places, trailing zeros trimmed. */
    public static String number(double v, int decimals) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        BigDecimal d = new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) return "0";
        return d.toPlainString();
    }
}
