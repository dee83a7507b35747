package nn.model.logic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The linear programs behind linear separability, solved with Apache Commons Math's simplex
 * method:
 * <ul>
 *   <li>{@link #separator}: the hyperplane with the smallest Σ|wᵢ| such that w·x + b ≥ m₁ on
 *       every positive point and w·x + b ≤ −m₀ on every negative one (feasible exactly when the
 *       classes can be separated, for any margins m₁ ≥ 0, m₀ &gt; 0 — scaling w and b does the rest);</li>
 *   <li>{@link #hullIntersection}: convex weights λ over the positives and μ over the negatives with
 *       Σλx = Σμx — a point in both convex hulls, which proves that no hyperplane separates them.</li>
 * </ul>
 * Floating-point answers; callers verify them on the data.
 */
final class MarginLp {
    private MarginLp() {}

    /** The weights and bias found, or empty when the LP is infeasible. */
    record Hyperplane(double[] weights, double bias) {}

    static Optional<Hyperplane> separator(double[][] x, boolean[] positive, double positiveMargin, double negativeMargin) {
        int n = x[0].length;
        // Variables: w⁺ (n), w⁻ (n), b⁺, b⁻, all ≥ 0; w = w⁺ − w⁻ and b = b⁺ − b⁻.
        int vars = 2 * n + 2;
        double[] cost = new double[vars];
        for (int i = 0; i < 2 * n; i++) cost[i] = 1;
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int r = 0; r < x.length; r++) {
            double[] row = new double[vars];
            for (int i = 0; i < n; i++) {
                row[i] = x[r][i];
                row[n + i] = -x[r][i];
            }
            row[2 * n] = 1;
            row[2 * n + 1] = -1;
            constraints.add(positive[r]
                    ? new LinearConstraint(row, Relationship.GEQ, positiveMargin)
                    : new LinearConstraint(row, Relationship.LEQ, -negativeMargin));
        }
        try {
            double[] v = solve(cost, constraints).getPoint();
            double[] w = new double[n];
            for (int i = 0; i < n; i++) w[i] = v[i] - v[n + i];
            return Optional.of(new Hyperplane(w, v[2 * n] - v[2 * n + 1]));
        } catch (NoFeasibleSolutionException e) {
            return Optional.empty();
        }
    }

    /**
     * λ (one per positive point, in order) then μ (one per negative point), each set summing to 1,
     * with Σλx = Σμx; empty when the hulls are disjoint.
     */
    static Optional<double[]> hullIntersection(double[][] x, boolean[] positive) {
        int m = x.length, n = x[0].length;
        List<LinearConstraint> constraints = new ArrayList<>();
        double[] lambdaSum = new double[m], muSum = new double[m];
        for (int r = 0; r < m; r++) {
            if (positive[r]) lambdaSum[r] = 1;
            else muSum[r] = 1;
        }
        constraints.add(new LinearConstraint(lambdaSum, Relationship.EQ, 1));
        constraints.add(new LinearConstraint(muSum, Relationship.EQ, 1));
        for (int i = 0; i < n; i++) {
            double[] row = new double[m];
            for (int r = 0; r < m; r++) row[r] = positive[r] ? x[r][i] : -x[r][i];
            constraints.add(new LinearConstraint(row, Relationship.EQ, 0));
        }
        try {
            return Optional.of(solve(new double[m], constraints).getPoint());
        } catch (NoFeasibleSolutionException e) {
            return Optional.empty();
        }
    }

    private static PointValuePair solve(double[] cost, Collection<LinearConstraint> constraints) {
        return new SimplexSolver().optimize(
                new MaxIter(100_000),
                new LinearObjectiveFunction(cost, 0),
                new LinearConstraintSet(constraints),
                GoalType.MINIMIZE,
                new NonNegativeConstraint(true));
    }
}
