package nn.graph.op;

import nn.i18n.Messages;
import java.util.List;
import nn.graph.GraphException;
import nn.tensor.Matrix;
import nn.tensor.ShapeException;

/**
 * Softmax cross-entropy, fused: from logits z (m×k) and targets t, the mean over the m rows of
 * −Σ_c t_c log softmax(z)_c, as a 1×1 matrix. Targets are either m×k (one-hot rows, or any probability
 * rows) or an m×1 column of class indices 0..k−1. The log-softmax is computed as z − logsumexp(z)
 * with the row maximum subtracted, so large logits neither overflow nor lose the loss to log(0).
 *
 * <p>Class-index targets are not differentiable: their gradient is 0.
 */
public record CrossEntropy() implements Op {
    @Override public String name() { return "cross_entropy"; }
    @Override public int arity() { return 2; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }
    @Override public boolean isLoss() { return true; }

    @Override public Matrix forward(Matrix... in) {
        Matrix z = in[0];
        int m = z.rows(), k = z.cols();
        double total = 0;
        if (isIndexTarget(z, in[1])) {
            // Only each row's own class is read: its log-softmax, z − logsumexp(z), as Softmax.logRows forms it.
            double[] x = z.data();
            for (int r = 0; r < m; r++) total -= x[r * k + classIndex(in[1], r, k)] - Softmax.logSumExp(x, r, k);
        } else {
            double[] ls = Softmax.logRows(z).data(), t = in[1].data();
            for (int i = 0; i < ls.length; i++) if (t[i] != 0) total -= t[i] * ls[i];
        }
        return Matrix.scalar(total / m);
    }

    // ∂/∂z = (softmax(z)·Σ_c t_c − t) / m, which is (softmax(z) − t) / m for one-hot rows; ∂/∂t = −log softmax(z) / m.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return backward(in, out, gOut, new boolean[] {true, true});
    }

    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut, boolean[] needed) {
        Matrix z = in[0], t = in[1];
        int m = z.rows(), k = z.cols();
        double scale = gOut.item() / m;
        if (isIndexTarget(z, t)) {
            // softmax(z) row by row as Softmax.rows forms it (each exp, then divided by the row's sum),
            // times the scale, straight into the gradient: one matrix, which a training step reuses.
            Matrix g = Matrix.scratch(m, k);
            double[] x = z.data(), gz = g.data();
            for (int r = 0; r < m; r++) {
                double sum = Softmax.expRow(x, r, k, gz);
                for (int c = 0; c < k; c++) gz[r * k + c] = scale * (gz[r * k + c] / sum);
                gz[r * k + classIndex(t, r, k)] -= scale;
            }
            return new Matrix[] {g, needed[1] ? Matrix.zeros(t.rows(), t.cols()) : null};
        }
        double[] p = Softmax.rows(z).data(), gz = new double[p.length];
        double[] td = t.data(), ls = Softmax.logRows(z).data(), gt = new double[td.length];
        for (int r = 0; r < m; r++) {
            double mass = 0;
            for (int c = 0; c < k; c++) mass += td[r * k + c];
            for (int c = 0; c < k; c++) gz[r * k + c] = scale * (p[r * k + c] * mass - td[r * k + c]);
        }
        for (int i = 0; i < gt.length; i++) gt[i] = -scale * ls[i];
        return new Matrix[] {new Matrix(m, k, gz), new Matrix(m, k, gt)};
    }

    /** Targets are class indices when they form one column beside several logits; checks the shapes. */
    private static boolean isIndexTarget(Matrix z, Matrix t) {
        if (t.rows() == z.rows() && t.cols() == z.cols()) return false;
        if (t.rows() == z.rows() && t.cols() == 1) return true;
        throw new ShapeException(Messages.t("graph.cross-entropy-target-shape", z.shape(), z.rows() + "×1", t.shape()));
    }

    private static int classIndex(Matrix t, int row, int classes) {
        double v = t.data()[row];
        if (v != Math.rint(v) || v < 0 || v >= classes)
            throw new GraphException(Messages.t("graph.cross-entropy-not-a-class", Notation.number(v), row + 1, classes - 1));
        return (int) v;
    }

    @Override public String formula(List<String> l) { return "cross_entropy(" + l.get(0) + ", " + l.get(1) + ")"; }

    @Override public String gradFormula(int i, List<String> l, String g) {
        return i == 0 ? Notation.times(g, "(softmax(" + l.get(0) + ") " + Notation.MINUS + " " + l.get(1) + ") / m")
                      : Notation.times(g, Notation.MINUS + "log softmax(" + l.get(0) + ") / m");
    }
}
