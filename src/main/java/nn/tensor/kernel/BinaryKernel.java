package nn.tensor.kernel;

import java.util.function.DoubleBinaryOperator;

/**
 * An elementwise binary operation together with the loops that apply it to runs of elements.
 * The default loops call {@link #applyAsDouble} per element; {@link Arithmetic} overrides them so
 * that each of its loops is compiled for one operation (and, where offsets agree, vectorised).
 * The run loops write {@code o[oo + i] = f(x…, y…)} for {@code i} in {@code [0, len)}; the others index
 * x, y and o alike, which is the form HotSpot vectorises.
 */
public interface BinaryKernel extends DoubleBinaryOperator {

    /** Wraps any operator; an operator that already is a kernel is returned as it is. */
    static BinaryKernel of(DoubleBinaryOperator f) {
        return f instanceof BinaryKernel k ? k : f::applyAsDouble;
    }

    /** Both operands are matrices of the output's shape: o[i] = f(x[i], y[i]) for i in [from, to). */
    default void same(double[] x, double[] y, double[] o, int from, int to) {
        for (int i = from; i < to; i++) o[i] = applyAsDouble(x[i], y[i]);
    }

    /** Matrix x against one value y: o[i] = f(x[i], y) for i in [from, to). */
    default void sameScalar(double[] x, double y, double[] o, int from, int to) {
        for (int i = from; i < to; i++) o[i] = applyAsDouble(x[i], y);
    }

    /** One value x against matrix y: o[i] = f(x, y[i]) for i in [from, to). */
    default void scalarSame(double x, double[] y, double[] o, int from, int to) {
        for (int i = from; i < to; i++) o[i] = applyAsDouble(x, y[i]);
    }

    /** A run of x against a run of y. */
    default void vectorVector(double[] x, int xo, double[] y, int yo, double[] o, int oo, int len) {
        for (int i = 0; i < len; i++) o[oo + i] = applyAsDouble(x[xo + i], y[yo + i]);
    }

    /** A run of x against one value of y. */
    default void vectorScalar(double[] x, int xo, double y, double[] o, int oo, int len) {
        for (int i = 0; i < len; i++) o[oo + i] = applyAsDouble(x[xo + i], y);
    }

    /** One value of x against a run of y. */
    default void scalarVector(double x, double[] y, int yo, double[] o, int oo, int len) {
        for (int i = 0; i < len; i++) o[oo + i] = applyAsDouble(x, y[yo + i]);
    }
}
