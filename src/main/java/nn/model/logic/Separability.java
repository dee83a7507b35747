package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether labelled points (labels 0 and 1) can be split by a hyperplane: is there w, b with
 * w·x + b &gt; 0 on every class-1 point and ≤ 0 on every class-0 point, as a perceptron needs?
 * Two small linear programs (Apache Commons Math's simplex) answer it, and each answer comes with
 * evidence that is checked on the data before it is returned:
 * <ul>
 *   <li>separable: the hyperplane with the smallest Σ|wᵢ| and (2d − 1)(w·x + b) ≥ 1 on every
 *       point (integer weights for Boolean data in the usual cases, e.g. 2·x1 + 2·x2 − 3 for AND);</li>
 *   <li>not separable: that LP is infeasible, and a point lying in the convex hull of both classes
 *       proves it — for XOR, [0.5, 0.5] is the midpoint of [0, 1] and [1, 0] and also of [0, 0]
 *       and [1, 1]; any w·x + b is the same average of its values on either pair, so it cannot be
 *       positive on one pair and not positive on the other.</li>
 * </ul>
 */
public final class Separability {
    /** The simplex tableau is dense: 1000 points of 64 coordinates take about a second. */
    public static final int MAX_POINTS = 1000;
    public static final int MAX_COORDINATES = 64;

    private Separability() {}

    /** Whether {@link #check} accepts this many points of this many coordinates. */
    public static boolean fits(int points, int coordinates) {
        return points <= MAX_POINTS && coordinates <= MAX_COORDINATES;
    }

    /**
     * The decision. When separable, {@code weights} and {@code bias} separate the points; when
     * not, they are empty and zero. {@code statement} says which, with the evidence.
     */
    public record Result(boolean separable, double[] weights, double bias, String statement) {
        public Result { weights = weights.clone(); }
        @Override public double[] weights() { return weights.clone(); }
    }

    public static Result check(double[][] x, double[] labels01) {
        return check(x, labels01, null);
    }

    /** As {@link #check(double[][], double[])}, writing the hyperplane over the given input names (x1, x2, … when null). */
    public static Result check(double[][] x, double[] labels01, List<String> names) {
        validate(x, labels01);
        if (names != null && names.size() != x[0].length)
            throw new IllegalArgumentException(Messages.t("internal.separability-names", names.size(), x[0].length));
        boolean[] positive = new boolean[x.length];
        for (int r = 0; r < x.length; r++) positive[r] = labels01[r] == 1;
        List<String> inputNames = names != null ? names : RowModel.defaultInputNames(x[0].length);
        // The simplex works in floating point with fixed tolerances: points 1e-9 apart, or 1e300 from 0,
        // defeat it. The data as given is tried first (its integer weights are the ones the lessons show);
        // if that fails, the same question in coordinates scaled to [-1, 1] (an affine change that keeps
        // separability and convex combinations) is asked, and the answer mapped back and checked again.
        Result r = decide(x, positive, x, inputNames);
        if (r == null) r = decide(Scaling.of(x).apply(x), positive, x, inputNames);
        if (r == null)
            throw new IllegalArgumentException(Messages.t("logic.separability-undecidable", x.length));
        return r;
    }

    private static boolean separates(double[] w, double b, double[][] x, boolean[] positive) {
        for (int r = 0; r < x.length; r++) {
            double net = ThresholdUnit.dot(w, x[r]) + b;
            if (!Double.isFinite(net) || (positive[r] ? net <= 0 : net >= 0)) return false;
        }
        return true;
    }

    /** Per-coordinate centre and half-range: x' = (x − centre) / half, written to avoid overflow near ±1e308. */
    private record Scaling(double[] centre, double[] half) {
        static Scaling of(double[][] x) {
            int n = x[0].length;
            double[] c = new double[n], h = new double[n];
            for (int i = 0; i < n; i++) {
                double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
                for (double[] row : x) {
                    lo = Math.min(lo, row[i]);
                    hi = Math.max(hi, row[i]);
                }
                c[i] = lo / 2 + hi / 2;
                h[i] = hi / 2 - lo / 2;
                if (!(h[i] > 0) || !Double.isFinite(h[i])) h[i] = 1;
            }
            return new Scaling(c, h);
        }

        double[][] apply(double[][] x) {
            double[][] out = new double[x.length][];
            for (int r = 0; r < x.length; r++) {
                out[r] = new double[x[r].length];
                for (int i = 0; i < x[r].length; i++) out[r][i] = (x[r][i] - centre[i]) / half[i];
            }
            return out;
        }
    }

    /**
     * Solves on {@code solved} (the data, or it scaled), checks the evidence on {@code original}, and
     * returns the verdict; null when the floating-point answer does not check out.
     */
    private static Result decide(double[][] solved, boolean[] positive, double[][] original, List<String> names) {
        int m = original.length;
        Optional<MarginLp.Hyperplane> plane;
        try {
            plane = MarginLp.separator(solved, positive, 1, 1);
        } catch (RuntimeException simplexTrouble) { // unbounded or out of iterations: not an answer
            return null;
        }
        if (plane.isPresent()) {
            double[] w = plane.get().weights().clone();
            double b = plane.get().bias();
            if (solved != original) {
                // w'·(x − c)/h + b' = Σ (w'ᵢ/hᵢ) xᵢ + (b' − Σ w'ᵢ cᵢ/hᵢ)
                Scaling s = Scaling.of(original);
                for (int i = 0; i < w.length; i++) {
                    w[i] = w[i] / s.half()[i];
                    b -= w[i] * s.centre()[i];
                }
            }
            // Rounded LP noise (1.9999999999 → 2) reads better, but a weight of 2e-150 is not noise:
            // the rounded plane is used only when it still separates.
            double[] snapped = new double[w.length];
            for (int i = 0; i < w.length; i++) snapped[i] = snap(w[i]);
            if (separates(snapped, snap(b), original, positive)) {
                w = snapped;
                b = snap(b);
            } else if (!separates(w, b, original, positive)) return null;
            String rule = Num.weightedSum(w, names) + Num.plusConstant(b);
            return new Result(true, w, b, Messages.t("logic.separable-proof", rule, m));
        }
        Optional<double[]> coefficients;
        try {
            coefficients = MarginLp.hullIntersection(solved, positive);
        } catch (RuntimeException simplexTrouble) {
            return null;
        }
        if (coefficients.isEmpty()) return null;
        String proof = hullProof(original, positive, coefficients.get());
        if (proof == null) return null;
        return new Result(false, new double[0], 0, Messages.t("logic.not-separable-proof", m, proof));
    }

    /** "the point p = Σλx (class 1) = Σμx (class 0) lies in the convex hull of both classes…", verified; null when it does not check out. */
    private static String hullProof(double[][] x, boolean[] positive, double[] coefficients) {
        int n = x[0].length;
        // Checked in coordinates scaled to [-1, 1], where an absolute tolerance means the same for every
        // coordinate whatever its size (a convex combination survives the affine change unchanged).
        double[][] scaled = Scaling.of(x).apply(x);
        double[] fromPositive = new double[n], fromNegative = new double[n], point = new double[n];
        List<String> positiveTerms = new ArrayList<>(), negativeTerms = new ArrayList<>();
        double positiveSum = 0, negativeSum = 0;
        for (int r = 0; r < x.length; r++) {
            double c = coefficients[r] < 1e-12 ? 0 : coefficients[r];
            if (c == 0) continue;
            double[] target = positive[r] ? fromPositive : fromNegative;
            for (int i = 0; i < n; i++) {
                target[i] += c * scaled[r][i];
                if (positive[r]) point[i] += c * x[r][i];
            }
            if (positive[r]) positiveSum += c;
            else negativeSum += c;
            (positive[r] ? positiveTerms : negativeTerms).add((c == 1 ? "" : Num.format(c) + "·") + Num.vector(x[r]));
        }
        boolean ok = Math.abs(positiveSum - 1) < 1e-9 && Math.abs(negativeSum - 1) < 1e-9;
        for (int i = 0; i < n; i++) ok &= Math.abs(fromPositive[i] - fromNegative[i]) <= 1e-9;
        if (!ok) return null;
        return Messages.t("logic.hull-proof", Num.vector(point), String.join(" + ", positiveTerms), String.join(" + ", negativeTerms));
    }

    /** Rounds LP noise away from values that are integers up to 1e-9. */
    static double snap(double v) {
        double r = Math.rint(v);
        return Math.abs(v - r) < 1e-9 ? r + 0.0 : v;
    }

    private static void validate(double[][] x, double[] labels) {
        if (x.length == 0) throw new ModelException(Messages.t("logic.separability-no-points"));
        if (labels.length != x.length)
            throw new ModelException(Messages.t("logic.separability-label-count", x.length, labels.length));
        int n = x[0].length;
        if (n == 0) throw new ModelException(Messages.t("logic.separability-no-coordinates"));
        if (!fits(x.length, n))
            throw new ModelException(Messages.t("logic.separability-too-big", MAX_POINTS, MAX_COORDINATES, x.length, n));
        for (int r = 0; r < x.length; r++) {
            if (x[r].length != n)
                throw new ModelException(Messages.t("logic.separability-point-width", r + 1, x[r].length, n));
            for (double v : x[r]) if (!Double.isFinite(v)) throw new ModelException(Messages.t("logic.separability-not-finite", r + 1));
            if (labels[r] != 0 && labels[r] != 1)
                throw new ModelException(Messages.t("logic.separability-labels", r + 1, Num.format(labels[r])));
        }
    }
}
