package nn.interp;

import nn.i18n.Messages;
import nn.lang.ast.Expr;
import nn.lang.ast.Stmt;
import nn.tensor.Decimals;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;
import nn.tensor.decimal.DecimalParser;

/** assert and expect: checks a script makes of itself (and a grader of a submission). */
final class Checks {
    private Checks() {}

    // Decimals.number needs at most this many places to write two different doubles differently.
    private static final int MOST_DECIMALS = 20;

    static void assertion(Interpreter in, Stmt.Assert a) {
        if (in.truth(in.eval(a.condition()), a.condition().span())) return;
        String note = note(in, a.message());
        String text = note == null ? Messages.t("interp.check.assertion-failed", detail(in, a.condition()))
                : Messages.t("interp.check.assertion-failed-note", note, detail(in, a.condition()));
        if (in.test != null) in.test.assertionFailed(a.span(), text, note);
        throw new RuntimeError(a.condition().span(), text);
    }

    /** Outside a grading test a failed expect stops the run like assert; inside one it is recorded and the test goes on. */
    static void expectation(Interpreter in, Stmt.Expect e) {
        boolean holds = in.truth(in.eval(e.condition()), e.condition().span());
        String note = holds ? null : note(in, e.message());
        String text = holds ? null : note == null ? Messages.t("interp.check.expectation-failed", detail(in, e.condition()))
                : Messages.t("interp.check.expectation-failed-note", note, detail(in, e.condition()));
        if (in.test != null) {
            in.test.expectation(e.span(), holds, text, note);
            return;
        }
        if (!holds) throw new RuntimeError(e.condition().span(), text);
    }

    private static String note(Interpreter in, Expr m) {
        return m == null ? null : in.format.value(in.eval(m));
    }

    /** For a comparison, both sides' values: what the student needs to see. */
    private static String detail(Interpreter in, Expr cond) {
        return switch (cond) {
            case Expr.Binary b when b.op().isComparison() -> sides(in, b.left(), b.right(), b.op() == Expr.BinaryOp.EQ ? 0.0 : null);
            case Expr.Approx a -> sides(in, a.left(), a.right(),
                    a.tolerance() == null ? 1e-9 : in.number(in.eval(a.tolerance()), a.tolerance().span(), Messages.t("interp.what.tolerance")));
            default -> "";
        };
    }

    /**
     * " (left side is L, right side is R[, they differ by D, more than TOL])". Two numbers get enough decimals
     * to tell them apart, since at the run's precision a failed check can show equal sides. The difference is
     * said when {@code tolerance} is given (== passes 0, ~= its tolerance).
     */
    private static String sides(Interpreter in, Expr leftExpr, Expr rightExpr, Double tolerance) {
        Value left = Value.plain(in.eval(leftExpr)), right = Value.plain(in.eval(rightExpr));
        Double a = scalar(left), b = scalar(right);
        int precision = in.format.precision();
        Double largest = tolerance == null ? null : largestDifference(left, right);
        // The difference and the tolerance must read apart, and the tolerance as written when a few places allow.
        int differenceDecimals = precision;
        if (largest != null && tolerance > 0) {
            differenceDecimals = distinguishing(largest, tolerance, precision);
            while (differenceDecimals < MOST_DECIMALS
                    && DecimalParser.parseDouble(Decimals.number(tolerance, differenceDecimals)) != tolerance) differenceDecimals++;
        }
        String l, r;
        if (a != null && b != null) {
            // As many places as the difference shows, so the sides' own difference agrees with it.
            int decimals = Math.max(distinguishing(a, b, precision), differenceDecimals);
            l = Decimals.number(a, decimals);
            r = Decimals.number(b, decimals);
        } else {
            l = in.format.value(left);
            r = in.format.value(right);
        }
        if (largest != null && tolerance == 0 && a != null && b != null)
            return Messages.t("interp.check.sides-differ", l, r, Decimals.number(largest, precision));
        if (largest != null && tolerance > 0) {
            String by = Decimals.number(largest, differenceDecimals), tol = Decimals.number(tolerance, differenceDecimals);
            return a != null && b != null ? Messages.t("interp.check.sides-differ-more", l, r, by, tol)
                    : Messages.t("interp.check.sides-differ-up-to", l, r, by, tol);
        }
        return Messages.t("interp.check.sides", l, r);
    }

    /** max |left − right| over all elements, or null when it cannot be said (not numbers, or a nan). */
    private static Double largestDifference(Value left, Value right) {
        if (!(left instanceof Value.Num || left instanceof Value.Mat) || !(right instanceof Value.Num || right instanceof Value.Mat))
            return null;
        Matrix d = MatrixOps.abs(MatrixOps.sub(matrix(left), matrix(right)));
        double largest = 0;
        for (double v : d.data()) {
            if (Double.isNaN(v)) return null;  // nan differs from everything; "differ by nan" would explain nothing
            largest = Math.max(largest, v);
        }
        return largest;
    }

    /** The fewest decimals, from the run's precision on, at which a and b are written differently. */
    static int distinguishing(double a, double b, int precision) {
        for (int d = precision; d <= MOST_DECIMALS; d++)
            if (!Decimals.number(a, d).equals(Decimals.number(b, d))) return d;
        return precision;
    }

    private static Double scalar(Value v) {
        return switch (v) {
            case Value.Num n -> n.value();
            case Value.Mat m when m.value().isScalar() -> m.value().item();
            default -> null;
        };
    }

    private static Matrix matrix(Value v) {
        return v instanceof Value.Num n ? Matrix.scalar(n.value()) : ((Value.Mat) v).value();
    }
}
