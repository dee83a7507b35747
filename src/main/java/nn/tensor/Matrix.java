package nn.tensor;

import nn.i18n.Messages;

import java.util.Arrays;

/**
 * A dense 2-D matrix of doubles, stored row-major: element (r, c) lives at {@code data[r * cols + c]}.
 *
 * <p>Matrices are treated as values: operations in {@link MatrixOps} return new matrices and never
 * modify their inputs. {@link #data()} exposes the backing array for kernels and optimizers that
 * update parameters in place; callers outside the engine must not keep or share it.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[] data;

    /** Wraps {@code data} (not copied); its length must be {@code rows * cols}. */
    public Matrix(int rows, int cols, double[] data) {
        if (rows < 0 || cols < 0) throw new IllegalArgumentException(Messages.t("internal.negative-shape", rows + "×" + cols));
        if (data.length != (long) rows * cols)
            throw new IllegalArgumentException(Messages.t("internal.data-length", data.length, rows + "×" + cols));
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    public static Matrix zeros(int rows, int cols) { return new Matrix(rows, cols, new double[checkedSize(rows, cols)]); }

    /**
     * A rows×cols matrix whose contents are undefined, for a kernel that writes every element: inside a
     * {@link Workspace} step it reuses the array of the previous step's matching request; elsewhere
     * it is a new (zeroed) array.
     */
    public static Matrix scratch(int rows, int cols) { return new Matrix(rows, cols, Workspace.doubles(checkedSize(rows, cols))); }

    public static Matrix filled(int rows, int cols, double value) {
        double[] d = new double[checkedSize(rows, cols)];
        Arrays.fill(d, value);
        return new Matrix(rows, cols, d);
    }

    public static Matrix ones(int rows, int cols) { return filled(rows, cols, 1.0); }

    public static Matrix eye(int n) {
        Matrix m = zeros(n, n);
        for (int i = 0; i < n; i++) m.data[i * n + i] = 1.0;
        return m;
    }

    public static Matrix scalar(double v) { return new Matrix(1, 1, new double[] {v}); }

    /** A 1×n row vector. */
    public static Matrix row(double... values) { return new Matrix(1, values.length, values.clone()); }

    /** A matrix from rows of equal length. */
    public static Matrix of(double[]... rowsData) {
        int r = rowsData.length, c = r == 0 ? 0 : rowsData[0].length;
        double[] d = new double[checkedSize(r, c)];
        for (int i = 0; i < r; i++) {
            if (rowsData[i].length != c) throw new IllegalArgumentException(Messages.t("internal.ragged-rows"));
            System.arraycopy(rowsData[i], 0, d, i * c, c);
        }
        return new Matrix(r, c, d);
    }

    static int checkedSize(int rows, int cols) {
        long n = (long) rows * cols;
        if (rows < 0 || cols < 0 || n > Integer.MAX_VALUE - 8)
            throw new IllegalArgumentException(Messages.t("internal.matrix-too-large", rows + "×" + cols));
        return (int) n;
    }

    public int rows() { return rows; }
    public int cols() { return cols; }
    public int size() { return data.length; }
    public boolean isScalar() { return rows == 1 && cols == 1; }
    public double get(int r, int c) { return data[r * cols + c]; }
    /** The scalar value of a 1×1 matrix. */
    public double item() {
        if (!isScalar()) throw new ShapeException(Messages.t("tensor.not-scalar", shape()));
        return data[0];
    }
    /** The backing array, row-major; see the class comment before writing to it. */
    public double[] data() { return data; }
    public Matrix copy() { return new Matrix(rows, cols, data.clone()); }
    /** Row {@code r} as a new 1×cols matrix. */
    public Matrix row(int r) { return new Matrix(1, cols, Arrays.copyOfRange(data, r * cols, (r + 1) * cols)); }
    /** The shape as a user reads it: "2×3". */
    public String shape() { return rows + "×" + cols; }
    public boolean sameShape(Matrix o) { return rows == o.rows && cols == o.cols; }

    @Override public boolean equals(Object o) {
        return o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }
    @Override public int hashCode() { return 31 * (31 * rows + cols) + Arrays.hashCode(data); }
    @Override public String toString() { return "Matrix" + shape() + Arrays.toString(data); }
}
