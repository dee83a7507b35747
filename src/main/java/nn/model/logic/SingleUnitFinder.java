package nn.model.logic;

import java.util.List;
import java.util.Optional;

/**
 * Looks for one threshold unit with small integer weights computing a whole truth table: the
 * linear program with the smallest Σ|wᵢ| such that Σwx ≥ T on every true row and Σwx ≤ T − 1 on
 * every false row. It is feasible exactly when the function is linearly separable (AND, OR, NOT,
 * majority, A & !X & Z, …); its optimum is usually integral (AND2 gives [1, 1] and T = 2), and
 * otherwise is scaled by 2…12 and rounded. Every answer is checked on all rows. The LP has 2ⁿ
 * constraints, so this is tried up to {@link #MAX_INPUTS} inputs.
 */
final class SingleUnitFinder {
    static final int MAX_INPUTS = 8;
    private static final int MAX_SCALE = 12;

    private SingleUnitFinder() {}

    static Optional<ThresholdUnit> find(long[] truth, int n) {
        if (n > MAX_INPUTS) return Optional.empty();
        int rows = 1 << n;
        double[][] x = new double[rows][];
        boolean[] positive = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            x[r] = TruthTable.row(r, n);
            positive[r] = TruthVector.get(truth, r);
        }
        // With b = −T: Σwx + b ≥ 0 on true rows and ≤ −1 on false rows.
        Optional<MarginLp.Hyperplane> plane = MarginLp.separator(x, positive, 0, 1);
        if (plane.isEmpty()) return Optional.empty();
        double[] w = plane.get().weights();
        double threshold = -plane.get().bias();
        for (int scale = 1; scale <= MAX_SCALE; scale++) {
            double[] wi = new double[n];
            for (int i = 0; i < n; i++) wi[i] = Math.rint(w[i] * scale) + 0.0;
            double ti = Math.rint(threshold * scale) + 0.0;
            if (computes(wi, ti, x, positive)) return Optional.of(new ThresholdUnit(wi, ti));
        }
        return Optional.empty();
    }

    private static boolean computes(double[] w, double threshold, double[][] x, boolean[] positive) {
        for (int r = 0; r < x.length; r++)
            if ((ThresholdUnit.dot(w, x[r]) >= threshold) != positive[r]) return false;
        return true;
    }

    static ThresholdNetwork network(String name, List<String> names, ThresholdUnit unit, String label) {
        return new ThresholdNetwork(name, names, List.of(new ThresholdNetwork.Layer(List.of(unit), List.of(label))), "");
    }
}
