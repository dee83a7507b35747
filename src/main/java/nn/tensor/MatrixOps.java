package nn.tensor;

import nn.i18n.Messages;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import nn.tensor.kernel.Arithmetic;
import nn.tensor.kernel.BinaryKernel;
import nn.tensor.kernel.Elementwise;
import nn.tensor.kernel.MatMul;
import nn.tensor.kernel.Reduce;
import nn.tensor.kernel.Transpose;

/**
 * The checked operations on matrices. Each validates shapes (throwing {@link ShapeException}
 * with both shapes named) and returns a new matrix.
 *
 * <p>Broadcasting, as in NumPy for 2-D: a 1×1 operand stretches to any shape; a 1×n row stretches
 * over the m rows of an m×n matrix; an m×1 column stretches over the n columns. The result shape
 * is the larger of the two along each axis.
 *
 * <p>The work is done by the kernels in {@code nn.tensor.kernel}, on several threads for large
 * matrices ({@code nn.tensor.parallel.Parallel}); results are bit-identical for every thread count.
 * An interrupted calling thread makes an operation throw
 * {@code nn.tensor.parallel.ComputationInterruptedException}.
 */
public final class MatrixOps {
    private MatrixOps() {}

    public static Matrix add(Matrix a, Matrix b) { return zip(a, b, "add", Arithmetic.ADD); }
    public static Matrix sub(Matrix a, Matrix b) { return zip(a, b, "subtract", Arithmetic.SUB); }
    public static Matrix mul(Matrix a, Matrix b) { return zip(a, b, "multiply elementwise", Arithmetic.MUL); }
    public static Matrix div(Matrix a, Matrix b) { return zip(a, b, "divide", Arithmetic.DIV); }
    public static Matrix pow(Matrix a, Matrix b) { return zip(a, b, "raise", MatrixOps::power); }
    public static Matrix maximum(Matrix a, Matrix b) { return zip(a, b, "compare", Math::max); }
    public static Matrix minimum(Matrix a, Matrix b) { return zip(a, b, "compare", Math::min); }

    /** x^y with integer exponents computed by multiplication, so 0.5^2 is exactly 0.25. */
    static double power(double x, double y) {
        if (y == 2.0) return x * x;
        if (y == 1.0) return x;
        if (y == 3.0) return x * x * x;
        return Fdlibm.pow(x, y);
    }

    /** The broadcast shape of a and b, or a ShapeException naming both shapes. */
    public static int[] broadcastShape(Matrix a, Matrix b, String verb) {
        int r = broadcastAxis(a.rows(), b.rows()), c = broadcastAxis(a.cols(), b.cols());
        if (r < 0 || c < 0)
            throw new ShapeException(Messages.t("tensor.no-broadcast", verbText(verb), a.shape(), b.shape()));
        return new int[] {r, c};
    }

    /** The verbs callers name their operation with ("add", "compare"), said in the current language. */
    private static String verbText(String verb) {
        return switch (verb) {
            case "add" -> Messages.t("tensor.verb-add");
            case "subtract" -> Messages.t("tensor.verb-subtract");
            case "multiply elementwise" -> Messages.t("tensor.verb-multiply-elementwise");
            case "divide" -> Messages.t("tensor.verb-divide");
            case "raise" -> Messages.t("tensor.verb-raise");
            case "compare" -> Messages.t("tensor.verb-compare");
            default -> verb;
        };
    }

    private static int broadcastAxis(int x, int y) {
        if (x == y) return x;
        if (x == 1) return y;
        if (y == 1) return x;
        return -1;
    }

    /**
     * f applied elementwise with broadcasting; {@code verb} names the operation in shape errors.
     * f must be pure: on large matrices it is called from several threads at once.
     */
    public static Matrix zip(Matrix a, Matrix b, String verb, DoubleBinaryOperator f) {
        int[] shape = broadcastShape(a, b, verb);
        Matrix out = Matrix.scratch(shape[0], shape[1]);
        Elementwise.zip(a, b, out, BinaryKernel.of(f));
        return out;
    }

    /** f applied to every element. f must be pure: on large matrices it is called from several threads at once. */
    public static Matrix map(Matrix a, DoubleUnaryOperator f) {
        Matrix out = Matrix.scratch(a.rows(), a.cols());
        Elementwise.map(a, out, f);
        return out;
    }

    /** f applied to every element on the calling thread, in row-major order: for functions with effects. */
    public static Matrix mapInOrder(Matrix a, DoubleUnaryOperator f) {
        Matrix out = Matrix.scratch(a.rows(), a.cols());
        double[] x = a.data(), o = out.data();
        for (int i = 0; i < o.length; i++) o[i] = f.applyAsDouble(x[i]);
        return out;
    }

    // Fdlibm's transcendental functions take some 20 ns per element, so smaller matrices go parallel.
    private static Matrix mapCostly(Matrix a, DoubleUnaryOperator f) {
        Matrix out = Matrix.scratch(a.rows(), a.cols());
        Elementwise.map(a, out, f, 20.0);
        return out;
    }

    public static Matrix neg(Matrix a) { return map(a, x -> -x); }
    public static Matrix scale(Matrix a, double s) { return map(a, x -> x * s); }
    public static Matrix abs(Matrix a) { return map(a, Math::abs); }
    public static Matrix exp(Matrix a) { return mapCostly(a, Fdlibm::exp); }
    public static Matrix log(Matrix a) { return mapCostly(a, Fdlibm::log); }
    public static Matrix sqrt(Matrix a) { return map(a, StrictMath::sqrt); }
    public static Matrix tanh(Matrix a) { return mapCostly(a, Fdlibm::tanh); }
    public static Matrix sigmoid(Matrix a) { return mapCostly(a, MatrixOps::sigmoidOf); }

    /** σ(x) = 1 / (1 + e^(−x)) of one number, the formula {@link #sigmoid} applies to every element. */
    public static double sigmoidOf(double x) { return 1.0 / (1.0 + Fdlibm.exp(-x)); }

    /** The matrix product a·b; inner sizes must agree. */
    public static Matrix matmul(Matrix a, Matrix b) {
        if (a.cols() != b.rows())
            throw new ShapeException(Messages.t("tensor.matmul-inner", a.shape(), b.shape(), a.cols(), b.rows()));
        Matrix out = Matrix.scratch(a.rows(), b.cols());
        MatMul.mult(a, b, out);
        return out;
    }

    /** aᵀ·b without forming aᵀ (as in the weight gradient xᵀ·δ); a's rows must match b's rows. */
    public static Matrix matmulTransA(Matrix a, Matrix b) {
        if (a.rows() != b.rows())
            throw new ShapeException(Messages.t("tensor.matmul-inner-left-transposed", transposedShape(a), a.shape(), b.shape(), a.rows(), b.rows()));
        Matrix out = Matrix.scratch(a.cols(), b.cols());
        MatMul.multTransA(a, b, out);
        return out;
    }

    /** a·bᵀ without forming bᵀ (as in the input gradient δ·Wᵀ); a's columns must match b's columns. */
    public static Matrix matmulTransB(Matrix a, Matrix b) {
        if (a.cols() != b.cols())
            throw new ShapeException(Messages.t("tensor.matmul-inner-right-transposed", a.shape(), transposedShape(b), b.shape(), a.cols(), b.cols()));
        Matrix out = Matrix.scratch(a.rows(), b.rows());
        MatMul.multTransB(a, b, out);
        return out;
    }

    private static String transposedShape(Matrix a) { return a.cols() + "×" + a.rows(); }

    public static Matrix transpose(Matrix a) {
        Matrix out = Matrix.scratch(a.cols(), a.rows());
        Transpose.transpose(a, out);
        return out;
    }

    /** The sum of all elements, in fixed blocks (see {@link Reduce}), so the same for every thread count. */
    public static double sum(Matrix a) { return Reduce.sum(a); }

    public static double mean(Matrix a) { return sum(a) / a.size(); }

    public static double max(Matrix a) { return Reduce.max(a); }

    public static double min(Matrix a) { return Reduce.min(a); }

    /** Column sums: an m×n matrix becomes 1×n (axis 0, as NumPy's sum(axis=0)). */
    public static Matrix sumRows(Matrix a) {
        Matrix out = Matrix.scratch(1, a.cols());
        Reduce.sumRows(a, out);
        return out;
    }

    /** Row sums: an m×n matrix becomes m×1 (axis 1). */
    public static Matrix sumCols(Matrix a) {
        Matrix out = Matrix.scratch(a.rows(), 1);
        Reduce.sumCols(a, out);
        return out;
    }

    /** Sums a broadcast gradient back down to {@code rows}×{@code cols} (the reverse of broadcasting). */
    public static Matrix reduceTo(Matrix g, int rows, int cols) {
        Matrix out = g;
        if (rows == 1 && out.rows() != 1) out = sumRows(out);
        if (cols == 1 && out.cols() != 1) out = sumCols(out);
        return out;
    }

    /** Index of the largest element of each row (the first on ties), as an m×1 matrix. */
    public static Matrix argmaxRows(Matrix a) {
        Matrix out = Matrix.scratch(a.rows(), 1);
        Reduce.argmaxRows(a, out);
        return out;
    }
}
