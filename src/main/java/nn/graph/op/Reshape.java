package nn.graph.op;

import nn.i18n.Messages;
import java.util.List;
import nn.tensor.Matrix;

/** The same elements, read row by row, in {@code rows}×{@code cols} (NumPy's reshape in C order). */
public record Reshape(int rows, int cols) implements Op {
    public Reshape {
        if (rows < 0 || cols < 0) throw new IllegalArgumentException(Messages.t("internal.negative-shape", rows + "×" + cols));
    }

    @Override public String name() { return "reshape"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) {
        if ((long) rows * cols != in[0].size())
            throw new IllegalArgumentException(Messages.t("internal.cannot-reshape", in[0].shape(), rows + "×" + cols));
        return new Matrix(rows, cols, in[0].data().clone());
    }

    // Reshaping only relabels the elements, so each gradient goes back to the element it came from.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {new Matrix(in[0].rows(), in[0].cols(), gOut.data().clone())};
    }

    @Override public String formula(List<String> l) { return "reshape(" + l.get(0) + ", " + rows + ", " + cols + ")"; }
    @Override public String gradFormula(int i, List<String> l, String g) { return "reshape(" + g + ")"; }
}
