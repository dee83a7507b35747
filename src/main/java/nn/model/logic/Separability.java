package nn.model.logic;

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
            throw new IllegalArgumentException(names.size() + " input names for points of " + x[0].length + " coordinates");
        boolean[] positive = new boolean[x.length];
        for (int r = 0; r < x.length; r++) positive[r] = labels01[r] == 1;
        int m = x.length;
        Optional<MarginLp.Hyperplane> plane = MarginLp.separator(x, positive, 1, 1);
        if (plane.isPresent()) {
            double[] w = plane.get().weights().clone();
            double b = snap(plane.get().bias());
            for (int i = 0; i < w.length; i++) w[i] = snap(w[i]);
            for (int r = 0; r < m; r++) {
                double net = ThresholdUnit.dot(w, x[r]) + b;
                if (positive[r] ? net <= 0 : net >= 0)
                    throw new IllegalStateException("internal error: the separating hyperplane found by the linear program fails on point "
                            + (r + 1) + "; please report this");
            }
            String rule = Num.weightedSum(w, names != null ? names : RowModel.defaultInputNames(w.length)) + Num.plusConstant(b);
            return new Result(true, w, b, "linearly separable: " + rule + " is > 0 on every class-1 point and < 0 on every class-0 point (checked on all "
                    + m + ")");
        }
        double[] coefficients = MarginLp.hullIntersection(x, positive)
                .orElseThrow(() -> new IllegalStateException("internal error: the linear programs for separability disagree; please report this"));
        return new Result(false, new double[0], 0, "not linearly separable: no w, b satisfy all " + m
                + " constraints (2d − 1)(w·x + b) > 0, because " + hullProof(x, positive, coefficients));
    }

    /** "the point p = Σλx (class 1) = Σμx (class 0) lies in the convex hull of both classes…", verified. */
    private static String hullProof(double[][] x, boolean[] positive, double[] coefficients) {
        int n = x[0].length;
        double[] fromPositive = new double[n], fromNegative = new double[n];
        List<String> positiveTerms = new ArrayList<>(), negativeTerms = new ArrayList<>();
        double positiveSum = 0, negativeSum = 0, scale = 1;
        for (int r = 0; r < x.length; r++) {
            double c = coefficients[r] < 1e-12 ? 0 : coefficients[r];
            if (c == 0) continue;
            double[] target = positive[r] ? fromPositive : fromNegative;
            for (int i = 0; i < n; i++) {
                target[i] += c * x[r][i];
                scale = Math.max(scale, Math.abs(x[r][i]));
            }
            if (positive[r]) positiveSum += c;
            else negativeSum += c;
            (positive[r] ? positiveTerms : negativeTerms).add((c == 1 ? "" : Num.format(c) + "·") + Num.vector(x[r]));
        }
        boolean ok = Math.abs(positiveSum - 1) < 1e-9 && Math.abs(negativeSum - 1) < 1e-9;
        for (int i = 0; i < n; i++) ok &= Math.abs(fromPositive[i] - fromNegative[i]) <= 1e-9 * scale;
        if (!ok) throw new IllegalStateException("internal error: the proof of non-separability did not check out; please report this");
        return "the point " + Num.vector(fromPositive) + " = " + String.join(" + ", positiveTerms) + " (class 1) = "
                + String.join(" + ", negativeTerms) + " (class 0) lies in the convex hull of both classes, so w·x + b "
                + "there would have to be both > 0 and ≤ 0";
    }

    /** Rounds LP noise away from values that are integers up to 1e-9. */
    static double snap(double v) {
        double r = Math.rint(v);
        return Math.abs(v - r) < 1e-9 ? r + 0.0 : v;
    }

    private static void validate(double[][] x, double[] labels) {
        if (x.length == 0) throw new ModelException("separability needs at least one point");
        if (labels.length != x.length)
            throw new ModelException("separability needs one label per point: " + x.length + " points, " + labels.length + " labels");
        int n = x[0].length;
        if (n == 0) throw new ModelException("separability needs points with at least one coordinate");
        if (!fits(x.length, n))
            throw new ModelException("separability is decided by a linear program and is limited to " + MAX_POINTS
                    + " points of at most " + MAX_COORDINATES + " coordinates; this data has " + x.length + " points of " + n);
        for (int r = 0; r < x.length; r++) {
            if (x[r].length != n)
                throw new ModelException("point " + (r + 1) + " has " + x[r].length + " coordinates, but point 1 has " + n);
            for (double v : x[r]) if (!Double.isFinite(v)) throw new ModelException("point " + (r + 1) + " has a coordinate that is not a finite number");
            if (labels[r] != 0 && labels[r] != 1)
                throw new ModelException("separability needs labels 0 and 1, but point " + (r + 1) + " has label " + Num.format(labels[r]));
        }
    }
}
