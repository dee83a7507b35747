package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a network with one hidden layer from a formula's truth table — the construction behind
 * "one hidden layer suffices for any Boolean function". Either a sum of products (one AND unit
 * per prime implicant of the true rows, then an OR unit) or a product of sums (one OR unit per
 * clause ruling out false rows, then an AND unit), whichever needs fewer units; a single product
 * or clause needs no hidden layer. The work grows as 3ⁿ, so it is offered up to
 * {@link #MAX_INPUTS} inputs.
 */
final class TwoLevelCompiler {
    static final int MAX_INPUTS = 12;

    private TwoLevelCompiler() {}

    /** The chosen cubes: implicants of the true rows (sum of products) or of the false rows (product of sums). */
    record Cover(List<PrimeImplicants.Cube> cubes, boolean sumOfProducts) {}

    /** The smaller of the two covers of a non-constant truth table over n inputs (ties: sum of products). */
    static Cover cover(long[] truth, int n) {
        if (n > MAX_INPUTS)
            throw new ModelException(Messages.t("logic.two-level-too-many-inputs", MAX_INPUTS, n));
        List<PrimeImplicants.Cube> products = PrimeImplicants.cover(truth, n);
        List<PrimeImplicants.Cube> clauses = PrimeImplicants.cover(complement(truth, n), n);
        return products.size() <= clauses.size() ? new Cover(products, true) : new Cover(clauses, false);
    }

    /** The cover as a formula, e.g. (a & !b) | (!a & b). */
    static BoolExpr formula(List<String> names, Cover cover) {
        List<BoolExpr> terms = new ArrayList<>();
        for (PrimeImplicants.Cube cube : cover.cubes()) {
            List<BoolExpr> literals = new ArrayList<>();
            forEachLiteral(names, cube, cover.sumOfProducts(), (j, plain) ->
                    literals.add(plain ? new BoolExpr.Var(names.get(j)) : new BoolExpr.Not(new BoolExpr.Var(names.get(j)))));
            terms.add(literals.size() == 1 ? literals.get(0)
                    : cover.sumOfProducts() ? new BoolExpr.And(literals) : new BoolExpr.Or(literals));
        }
        if (terms.size() == 1) return terms.get(0);
        return cover.sumOfProducts() ? new BoolExpr.Or(terms) : new BoolExpr.And(terms);
    }

    /** The two-level network for a cover: hidden units for its cubes, then one unit combining them. */
    static ThresholdNetwork compile(String name, List<String> names, Cover cover) {
        return build(name, names, cover.cubes(), cover.sumOfProducts());
    }

    /** How the cover's network is built, in a sentence. */
    static String explanation(List<String> names, Cover cover) {
        int k = cover.cubes().size();
        if (k == 1) {
            // Saying what the function equals is the whole explanation of why one unit suffices.
            BoolExpr only = formula(names, cover);
            List<String> unused = new ArrayList<>(names);
            unused.removeAll(only.variables());
            String list = unused.isEmpty() ? "" : unused.get(0);
            for (int i = 1; i < unused.size(); i++) list = Messages.t("logic.list-and", list, unused.get(i));
            if (cover.sumOfProducts())
                return unused.isEmpty() ? Messages.t("logic.two-level-one-and", only.text())
                        : Messages.t("logic.two-level-one-and-ignoring", only.text(), list, unused.size());
            return unused.isEmpty() ? Messages.t("logic.two-level-one-or", only.text())
                    : Messages.t("logic.two-level-one-or-ignoring", only.text(), list, unused.size());
        }
        return cover.sumOfProducts() ? Messages.t("logic.two-level-sum-of-products", k) : Messages.t("logic.two-level-product-of-sums", k);
    }

    /** Visits the cube's literals in variable order as they appear in the product or clause. */
    private static void forEachLiteral(List<String> names, PrimeImplicants.Cube cube, boolean sumOfProducts,
                                       java.util.function.BiConsumer<Integer, Boolean> visit) {
        int n = names.size();
        for (int j = 0; j < n; j++) {
            int bit = n - 1 - j;
            if ((cube.mask() >>> bit & 1) == 0) continue;
            boolean positive = (cube.value() >>> bit & 1) == 1;
            // In a clause the cube's literal is negated.
            visit.accept(j, sumOfProducts == positive);
        }
    }

    /**
     * Sum of products: hidden AND units (+1 for x, −1 for !x, threshold = number of plain
     * literals), output OR (weights 1, threshold 1). Product of sums: each cube of the false rows
     * becomes the clause that excludes it (its literals negated), an OR unit; the output is an AND.
     */
    private static ThresholdNetwork build(String name, List<String> names, List<PrimeImplicants.Cube> cubes, boolean sumOfProducts) {
        int n = names.size();
        List<ThresholdUnit> hidden = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (PrimeImplicants.Cube cube : cubes) {
            double[] w = new double[n];
            double threshold = sumOfProducts ? 0 : 1;
            List<String> literals = new ArrayList<>();
            double[] shift = {0};
            forEachLiteral(names, cube, sumOfProducts, (j, plain) -> {
                // A negated literal enters as 1 − x: weight −1, and the threshold drops by 1.
                w[j] = plain ? 1 : -1;
                if (sumOfProducts && plain) shift[0] += 1;
                if (!sumOfProducts && !plain) shift[0] -= 1;
                literals.add(plain ? names.get(j) : "!" + names.get(j));
            });
            threshold += shift[0];
            hidden.add(new ThresholdUnit(w, threshold));
            labels.add(String.join(sumOfProducts ? " & " : " | ", literals));
        }
        if (hidden.size() == 1)
            return new ThresholdNetwork(name, names, List.of(new ThresholdNetwork.Layer(hidden, labels)), "");
        int k = hidden.size();
        double[] ones = new double[k];
        java.util.Arrays.fill(ones, 1);
        ThresholdUnit out = new ThresholdUnit(ones, sumOfProducts ? 1 : k);
        String outLabel = formula(names, new Cover(cubes, sumOfProducts)).text();
        return new ThresholdNetwork(name, names, List.of(
                new ThresholdNetwork.Layer(hidden, labels),
                new ThresholdNetwork.Layer(List.of(out), List.of(outLabel))), "");
    }

    private static long[] complement(long[] truth, int n) {
        long[] c = new long[truth.length];
        long valid = n >= 6 ? -1L : (1L << (1 << n)) - 1;
        for (int w = 0; w < c.length; w++) c[w] = ~truth[w] & valid;
        return c;
    }
}
