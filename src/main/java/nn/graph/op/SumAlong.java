package nn.graph.op;

import nn.i18n.Messages;
import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/**
 * The sums along one axis, as NumPy's {@code sum(a, axis)}: axis 0 sums down the rows (m×n becomes 1×n),
 * axis 1 across the columns (m×n becomes m×1).
 */
public record SumAlong(int axis) implements Op {
    public SumAlong {
        if (axis != 0 && axis != 1) throw new IllegalArgumentException(Messages.t("internal.axis", axis));
    }

    @Override public String name() { return "sum"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) { return axis == 0 ? MatrixOps.sumRows(in[0]) : MatrixOps.sumCols(in[0]); }

    // Each element has slope 1 on the sum it falls in, so every element receives its row's (or column's) gradient.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {spread(gOut, in[0], 1.0)};
    }

    /** The gradient of a reduction along an axis, copied back over the input's shape and scaled by {@code slope}. */
    static Matrix spread(Matrix gOut, Matrix input, double slope) {
        return MatrixOps.add(Matrix.zeros(input.rows(), input.cols()), MatrixOps.scale(gOut, slope));
    }

    @Override public String formula(List<String> l) { return "sum(" + l.get(0) + ", " + axis + ")"; }
    @Override public String gradFormula(int i, List<String> l, String g) { return g; }
}
