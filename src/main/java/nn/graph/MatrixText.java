package nn.graph;

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

    public static String format(Matrix m, int decimals) { return nn.tensor.Decimals.matrix(m, decimals); }

    /** One number; see {@link nn.tensor.Decimals}. */
    public static String number(double v, int decimals) { return nn.tensor.Decimals.number(v, decimals); }
}
