package nn.graph.op;

import nn.i18n.Messages;
import java.util.List;
import nn.tensor.Matrix;

/**
 * A rectangular block of a matrix: rows {@code rowFrom} up to (not including) {@code rowTo}, columns
 * {@code colFrom} up to {@code colTo}. It covers the language's indexing: an element {@code W[i, j]}
 * (a 1×1 block), a row {@code W[i]}, a column {@code W[:, j]}, and ranges of rows or columns. Indices are
 * already resolved (non-negative, in range); the interpreter turns {@code -1} into the last index and
 * reports an index out of range in the user's terms before building the op.
 *
 * <p>Backward scatters: the block's gradient lands where the block was taken from, 0 elsewhere.
 */
public record Slice(int rowFrom, int rowTo, int colFrom, int colTo) implements Op {
    public Slice {
        if (rowFrom < 0 || colFrom < 0 || rowTo <= rowFrom || colTo <= colFrom)
            throw new IllegalArgumentException(Messages.t("internal.slice-not-a-block", rowFrom + ".." + rowTo, colFrom + ".." + colTo));
    }

    /** The element at (row, col), as a 1×1 matrix. */
    public static Slice element(int row, int col) { return new Slice(row, row + 1, col, col + 1); }
    /** Row {@code row} of a matrix with {@code cols} columns, 1×cols. */
    public static Slice row(int row, int cols) { return new Slice(row, row + 1, 0, cols); }
    /** Column {@code col} of a matrix with {@code rows} rows, rows×1. */
    public static Slice column(int col, int rows) { return new Slice(0, rows, col, col + 1); }

    @Override public String name() { return "index"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.POSTFIX; }
    @Override public int operandPrecedence(int i) { return Precedence.ATOM; }

    public int rows() { return rowTo - rowFrom; }
    public int cols() { return colTo - colFrom; }

    @Override public Matrix forward(Matrix... in) {
        Matrix a = in[0];
        if (rowTo > a.rows() || colTo > a.cols())
            throw new IllegalArgumentException(Messages.t("internal.slice-outside", indices(null), a.shape()));
        double[] out = new double[rows() * cols()];
        for (int r = 0; r < rows(); r++)
            System.arraycopy(a.data(), (rowFrom + r) * a.cols() + colFrom, out, r * cols(), cols());
        return new Matrix(rows(), cols(), out);
    }

    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        Matrix a = in[0];
        double[] g = new double[a.size()];
        for (int r = 0; r < rows(); r++)
            System.arraycopy(gOut.data(), r * cols(), g, (rowFrom + r) * a.cols() + colFrom, cols());
        return new Matrix[] {new Matrix(a.rows(), a.cols(), g)};
    }

    @Override public String formula(List<String> l) { return l.get(0) + indices(null); }

    // With the input's shape known, whole axes print as ':' and a whole row as W[i], as the language writes them.
    @Override public String formula(List<String> l, List<Matrix> values) { return l.get(0) + indices(values.get(0)); }

    @Override public String gradFormula(int i, List<String> l, String g) {
        return g + " at " + l.get(0) + indices(null) + ", 0 elsewhere";
    }

    /** "[i, j]", "[i]", "[:, j]", "[a:b, c:d]"…; with {@code of} null every range is written out. */
    private String indices(Matrix of) {
        boolean allCols = of != null && colFrom == 0 && colTo == of.cols();
        boolean allRows = of != null && rowFrom == 0 && rowTo == of.rows();
        String rowsText = allRows ? ":" : range(rowFrom, rowTo);
        if (allCols) return "[" + rowsText + "]";
        return "[" + rowsText + ", " + range(colFrom, colTo) + "]";
    }

    private static String range(int from, int to) { return to == from + 1 ? Integer.toString(from) : from + ":" + to; }
}
