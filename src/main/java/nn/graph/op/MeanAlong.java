package nn.graph.op;

import nn.i18n.Messages;
import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/**
 * The means along one axis, as NumPy's {@code mean(a, axis)}: axis 0 averages down the rows (m×n becomes
 * 1×n), axis 1 across the columns (m×n becomes m×1).
 */
public record MeanAlong(int axis) implements Op {
    public MeanAlong {
        if (axis != 0 && axis != 1) throw new IllegalArgumentException(Messages.t("internal.axis", axis));
    }

    @Override public String name() { return "mean"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) {
        Matrix sums = axis == 0 ? MatrixOps.sumRows(in[0]) : MatrixOps.sumCols(in[0]);
        return MatrixOps.scale(sums, 1.0 / count(in[0]));
    }

    // Each of the n elements averaged together has slope 1/n on their mean.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {SumAlong.spread(gOut, in[0], 1.0 / count(in[0]))};
    }

    private int count(Matrix a) { return axis == 0 ? a.rows() : a.cols(); }

    @Override public String formula(List<String> l) { return "mean(" + l.get(0) + ", " + axis + ")"; }
    @Override public String gradFormula(int i, List<String> l, String g) { return Notation.postfixable(g) + " / n"; }
}
