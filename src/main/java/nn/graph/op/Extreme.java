package nn.graph.op;

import nn.i18n.Messages;
import java.util.List;
import nn.tensor.Matrix;

/**
 * The largest ({@code max}) or smallest element of a matrix, 1×1. The whole gradient goes to that
 * element (the first one in row order on ties), as NumPy-style autodiff libraries pick one winner.
 */
public record Extreme(boolean max) implements Op {
    @Override public String name() { return max ? "max" : "min"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) {
        if (in[0].size() == 0) throw new IllegalArgumentException(Messages.t("internal.extreme-of-empty", name()));
        return Matrix.scalar(in[0].data()[winner(in[0])]);
    }

    private int winner(Matrix a) {
        double[] d = a.data();
        int best = 0;
        for (int i = 1; i < d.length; i++) if (max ? d[i] > d[best] : d[i] < d[best]) best = i;
        return best;
    }

    // Only the winning element moves the result; a small change anywhere else leaves it as it is.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        Matrix g = Matrix.zeros(in[0].rows(), in[0].cols());
        g.data()[winner(in[0])] = gOut.item();
        return new Matrix[] {g};
    }

    @Override public String formula(List<String> l) { return name() + "(" + l.get(0) + ")"; }
    @Override public String gradFormula(int i, List<String> l, String g) { return g + " at the " + (max ? "largest" : "smallest") + " element"; }
}
