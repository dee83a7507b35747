package nn.graph.op;

import java.util.List;
import nn.tensor.Fdlibm;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/**
 * Binary cross-entropy −mean(t·log p + (1 − t)·log(1 − p)) for probabilities p and targets t
 * (broadcast), as a 1×1 matrix. Like PyTorch's BCELoss, each log is clamped at −100 so p = 0 or 1 gives
 * a large finite loss instead of ∞, and the slope's denominator p(1 − p) is kept at least 1e-12.
 */
public record Bce() implements Op {
    private static final double LOG_FLOOR = -100.0;
    private static final double MIN_DENOMINATOR = 1e-12;

    @Override public String name() { return "bce"; }
    @Override public int arity() { return 2; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }
    @Override public boolean isLoss() { return true; }

    @Override public Matrix forward(Matrix... in) {
        Matrix terms = MatrixOps.zip(in[0], in[1], "compare",
                (p, t) -> logLikelihood(p, t));
        return Matrix.scalar(-MatrixOps.sum(terms) / terms.size());
    }

    /** t·log p + (1 − t)·log(1 − p) with the logs clamped: the negated loss of one element, before the mean. */
    public static double logLikelihood(double p, double t) { return t * clampedLog(p) + (1.0 - t) * clampedLog(1.0 - p); }

    /** (p − t) / (p(1 − p)), the denominator kept from 0: ∂loss/∂p of one element, before the mean's 1/n. */
    public static double slope(double p, double t) { return (p - t) / Math.max(p * (1.0 - p), MIN_DENOMINATOR); }

    static double clampedLog(double x) { return Math.max(Fdlibm.log(x), LOG_FLOOR); }

    // ∂/∂p = (p − t) / (p(1 − p)) / n; ∂/∂t = (log(1 − p) − log p) / n.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        int[] shape = MatrixOps.broadcastShape(in[0], in[1], "compare");
        double scale = gOut.item() / (shape[0] * shape[1]);
        Matrix gp = MatrixOps.zip(in[0], in[1], "compare",
                (p, t) -> scale * (p - t) / Math.max(p * (1.0 - p), MIN_DENOMINATOR));  // scale * slope(p, t), kept in this order for its bits
        Matrix gt = MatrixOps.zip(in[0], in[1], "compare",
                (p, t) -> scale * (clampedLog(1.0 - p) - clampedLog(p)));
        return new Matrix[] {
            MatrixOps.reduceTo(gp, in[0].rows(), in[0].cols()),
            MatrixOps.reduceTo(gt, in[1].rows(), in[1].cols())};
    }

    @Override public String formula(List<String> l) { return "bce(" + l.get(0) + ", " + l.get(1) + ")"; }

    @Override public String gradFormula(int i, List<String> l, String g) {
        String p = l.get(0), t = l.get(1), m = " " + Notation.MINUS + " ";
        return i == 0 ? Notation.times(g, "(" + p + m + t + ") / (" + p + "(1" + m + p + ") n)")
                      : Notation.times(g, "(log(1" + m + p + ")" + m + "log(" + p + ")) / n");
    }
}
