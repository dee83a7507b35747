package nn.tensor.kernel;

import nn.i18n.Messages;
import java.util.function.DoubleUnaryOperator;
import nn.tensor.Matrix;
import nn.tensor.parallel.Parallel;

/**
 * Elementwise kernels: {@code zip} with NumPy 2-D broadcasting and {@code map}. Each output element
 * depends on one element of each input only, so splitting the work between threads cannot change
 * any result. Shapes are the caller's job: {@code out} must have the broadcast shape of a and b.
 */
public final class Elementwise {

    private Elementwise() {}

    /** out = f(a, b) elementwise, stretching 1-sized axes of a and b to out's shape. */
    public static void zip(Matrix a, Matrix b, Matrix out, BinaryKernel f) {
        int rows = out.rows(), cols = out.cols();
        requireBroadcastable(a, rows, cols);
        requireBroadcastable(b, rows, cols);
        double[] x = a.data(), y = b.data(), o = out.data();
        int grain = Parallel.grain(Cost.STREAM_ELEMENT);
        if (a.sameShape(out) && b.sameShape(out)) {
            Parallel.forRange(o.length, grain, (from, to) -> f.same(x, y, o, from, to));
            return;
        }
        if (a.sameShape(out) && b.isScalar()) {
            Parallel.forRange(o.length, grain, (from, to) -> f.sameScalar(x, y[0], o, from, to));
            return;
        }
        if (a.isScalar() && b.sameShape(out)) {
            Parallel.forRange(o.length, grain, (from, to) -> f.scalarSame(x[0], y, o, from, to));
            return;
        }
        Parallel.forRange(rows, Parallel.grain(cols * Cost.STREAM_ELEMENT * 2), (r0, r1) -> {
            for (int r = r0; r < r1; r++) zipRow(a, b, f, o, r, cols);
        });
    }

    // Each operand contributes either a run along the row or one value repeated along it.
    private static void zipRow(Matrix a, Matrix b, BinaryKernel f, double[] o, int r, int cols) {
        double[] x = a.data(), y = b.data();
        int xo = (a.rows() == 1 ? 0 : r) * a.cols(), yo = (b.rows() == 1 ? 0 : r) * b.cols();
        boolean xRun = a.cols() != 1 || cols == 1, yRun = b.cols() != 1 || cols == 1;
        int oo = r * cols;
        if (xRun && yRun) f.vectorVector(x, xo, y, yo, o, oo, cols);
        else if (xRun) f.vectorScalar(x, xo, y[yo], o, oo, cols);
        else if (yRun) f.scalarVector(x[xo], y, yo, o, oo, cols);
        else java.util.Arrays.fill(o, oo, oo + cols, f.applyAsDouble(x[xo], y[yo]));
    }

    private static void requireBroadcastable(Matrix m, int rows, int cols) {
        boolean ok = (m.rows() == rows || m.rows() == 1) && (m.cols() == cols || m.cols() == 1);
        if (!ok) throw new IllegalArgumentException(Messages.t("internal.kernel-broadcast", "zip", m.shape(), rows + "×" + cols));
    }

    /** out = f(a) elementwise; a and out have the same shape (they may be the same matrix). */
    public static void map(Matrix a, Matrix out, DoubleUnaryOperator f) { map(a, out, f, Cost.CALL_ELEMENT); }

    /** As {@link #map(Matrix, Matrix, DoubleUnaryOperator)}, given f's rough cost in nanoseconds, to split work well. */
    public static void map(Matrix a, Matrix out, DoubleUnaryOperator f, double nanosPerElement) {
        if (!a.sameShape(out)) throw new IllegalArgumentException(Messages.t("internal.kernel-into", "map", a.shape(), out.shape()));
        double[] x = a.data(), o = out.data();
        Parallel.forRange(o.length, Parallel.grain(nanosPerElement), (from, to) -> {
            for (int i = from; i < to; i++) o[i] = f.applyAsDouble(x[i]);
        });
    }
}
