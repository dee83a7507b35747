package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles a Boolean formula ({@code gate NAME(args) = FORMULA}) into a network of McCulloch–Pitts
 * threshold units and checks the network on every one of the 2ⁿ input rows against the formula.
 *
 * <p>The formula is first simplified ({@link Simplifier}: negations pushed to the inputs, nested
 * operators flattened, constants folded; linear time). Then up to three constructions are built
 * and, with {@link Strategy#SMALLEST}, the one with the fewest layers, then the fewest units, wins
 * (ties in the order listed):
 * <ol>
 *   <li><b>one unit</b> (up to {@value SingleUnitFinder#MAX_INPUTS} inputs): when the function is
 *       linearly separable, a linear program finds small integer weights, e.g. AND2 = [1, 1] with
 *       threshold 2, majority = [1, 1, 1] with threshold 2. The lecture's
 *       {@code ((A & !X & Z) | (A & !Y)) & ((X & Y) | (!X & Z))} equals {@code A & !X & Z} and
 *       becomes one unit with weights [1, -1, 0, 1] and threshold 2;</li>
 *   <li><b>the formula's structure</b> ({@link StructuralCompiler}; any size): one unit per
 *       {@code &} and {@code |}, negated inputs folded into weights (−1, threshold lowered by 1),
 *       two layers per {@code ^}; one layer per level of nesting. XOR = {@code (a | b) & !(a & b)}
 *       gives 2 layers, 3 units: a hidden OR and AND, then an output firing for OR and not AND;</li>
 *   <li><b>one hidden layer</b> ({@link TwoLevelCompiler}; up to {@value TwoLevelCompiler#MAX_INPUTS}
 *       inputs): the constructive proof that one hidden layer suffices for any Boolean function —
 *       one AND unit per prime implicant and an OR unit (or, when smaller, one OR unit per clause
 *       and an AND unit).</li>
 * </ol>
 * Construction is never exponential in a small formula: the structural network is linear in the
 * formula's size, and only the bounded constructions read the truth table. The final check is
 * 2ⁿ rows, so gates take at most {@value #MAX_INPUTS} inputs.
 */
public final class GateCompiler {
    /** The exhaustive check reads every row: 2^20 is about a million. */
    public static final int MAX_INPUTS = TruthTable.MAX_VARIABLES;

    /** The one-hidden-layer construction reads the whole truth table, 3ⁿ work: offered up to this many inputs. */
    public static final int TWO_LEVEL_MAX_INPUTS = TwoLevelCompiler.MAX_INPUTS;

    /** Which construction to use; {@code field} is how a script asks a gate for it ({@code f.structural}). */
    public enum Strategy {
        /** The fewest layers, then the fewest units, among the constructions that apply. */
        SMALLEST(""),
        /** Always the formula's structure. */
        STRUCTURAL("structural"),
        /** Always one hidden layer built from the truth table (limited inputs). */
        TWO_LEVEL("two_level");

        public final String field;

        Strategy(String field) { this.field = field; }
    }

    private GateCompiler() {}

    public static ThresholdNetwork compile(String name, List<String> args, BoolExpr f) {
        return compile(name, args, f, Strategy.SMALLEST);
    }

    /**
     * The gate {@code gate} built with another construction, named NAME.field ({@code f.structural}),
     * checked on every row like the gate itself; the gate must have been compiled from a formula.
     */
    public static ThresholdNetwork alternative(ThresholdNetwork gate, Strategy strategy) {
        BoolExpr f = gate.formula().orElseThrow(() -> new IllegalArgumentException(Messages.t("internal.gate-without-formula", gate.what())));
        String name = gate.name().isEmpty() ? "gate" : gate.name();
        return compile(name + "." + strategy.field, gate.inputNames(), f, strategy);
    }

    public static ThresholdNetwork compile(String name, List<String> args, BoolExpr f, Strategy strategy) {
        validate(name, args, f);
        int n = args.size();
        long[] truth = TruthVector.of(f, args);
        // The truth table decides constancy: simplification does not catch every tautology.
        BoolExpr simple = isConstant(truth, n) ? new BoolExpr.Const(TruthVector.get(truth, 0)) : Simplifier.simplify(f);
        List<Candidate> candidates = candidates(name, args, simple, truth, strategy);
        Candidate best = candidates.get(0);
        for (Candidate c : candidates)
            if (c.network().layerCount() < best.network().layerCount()
                    || c.network().layerCount() == best.network().layerCount() && c.network().unitCount() < best.network().unitCount())
                best = c;
        check(name, args, best.network(), truth, f);
        List<String> note = new ArrayList<>();
        note.add(Messages.t("logic.gate-formula", f.text()));
        if (!simple.equals(f)) note.add(Messages.t("logic.gate-simplified", simple.text()));
        note.add(Messages.t("logic.gate-built-as", best.how()));
        // A bigger construction is named with the field that builds it, so show can list its layers.
        for (Candidate c : candidates)
            if (c != best && !cost(c.network()).equals(cost(best.network())))
                note.add(c.field().isEmpty()
                        ? Messages.t("logic.gate-alternative", c.shortName(), c.network().layerCount(), c.network().unitCount())
                        : Messages.t("logic.gate-alternative-shown", c.shortName(), c.network().layerCount(), c.network().unitCount(),
                                name + "." + c.field()));
        note.add(Messages.t("logic.gate-checked", 1 << n));
        return best.network().withNote(String.join("\n", note)).withFormula(f);
    }

    private record Candidate(ThresholdNetwork network, String shortName, String how, String field) {}

    private static List<Candidate> candidates(String name, List<String> args, BoolExpr simple, long[] truth, Strategy strategy) {
        int n = args.size();
        List<Candidate> out = new ArrayList<>();
        boolean constant = simple instanceof BoolExpr.Const;
        ThresholdNetwork structural = strategy == Strategy.TWO_LEVEL && !constant ? null
                : StructuralCompiler.compile(name, args, simple);
        // A one-unit structural network cannot be beaten, so the truth-table constructions are skipped.
        boolean alreadyOneUnit = structural != null && structural.unitCount() == 1;
        Optional<TwoLevelCompiler.Cover> cover = constant || strategy == Strategy.STRUCTURAL
                || strategy == Strategy.SMALLEST && (n > TwoLevelCompiler.MAX_INPUTS || alreadyOneUnit)
                ? Optional.empty() : Optional.of(TwoLevelCompiler.cover(truth, n));
        if (strategy == Strategy.SMALLEST && !constant && structural.unitCount() > 1
                && cover.map(c -> c.cubes().size() > 1).orElse(true)) {
            String label = cover.map(c -> TwoLevelCompiler.formula(args, c).text()).orElse(simple.text());
            SingleUnitFinder.find(truth, n).ifPresent(u -> out.add(new Candidate(
                    SingleUnitFinder.network(name, args, u, label), Messages.t("logic.gate-one-unit"),
                    Messages.t("logic.gate-one-unit-how"), "")));
        }
        if (structural != null)
            out.add(new Candidate(structural, Messages.t("logic.gate-structure"), Messages.t("logic.gate-structure-how"),
                    Strategy.STRUCTURAL.field));
        cover.ifPresent(c -> out.add(new Candidate(TwoLevelCompiler.compile(name, args, c),
                c.sumOfProducts() ? Messages.t("logic.gate-sum-of-products") : Messages.t("logic.gate-product-of-sums"),
                TwoLevelCompiler.explanation(args, c), Strategy.TWO_LEVEL.field)));
        return out;
    }

    private static boolean isConstant(long[] truth, int n) {
        boolean first = TruthVector.get(truth, 0);
        for (int r = 1; r < 1 << n; r++) if (TruthVector.get(truth, r) != first) return false;
        return true;
    }

    private static String cost(ThresholdNetwork net) {
        return net.layerCount() + "/" + net.unitCount();
    }

    /** Exhaustive: the network must agree with the formula on every row. */
    private static void check(String name, List<String> args, ThresholdNetwork net, long[] truth, BoolExpr f) {
        int n = args.size();
        for (int r = 0; r < 1 << n; r++) {
            double[] row = TruthTable.row(r, n);
            double got = net.fire(row);
            boolean want = TruthVector.get(truth, r);
            if (got != (want ? 1 : 0)) {
                List<String> values = new ArrayList<>();
                for (int j = 0; j < n; j++) values.add(args.get(j) + " = " + (int) row[j]);
                throw new IllegalStateException(Messages.t("internal.gate-disagrees", name, (int) got, f.text(), want ? 1 : 0,
                        String.join(", ", values)));
            }
        }
    }

    private static void validate(String name, List<String> args, BoolExpr f) {
        if (args.isEmpty()) throw new ModelException(Messages.t("logic.gate-no-arguments", name));
        if (args.size() > MAX_INPUTS)
            throw new ModelException(Messages.t("logic.gate-too-many-arguments", name, args.size(), MAX_INPUTS));
        Set<String> seen = new HashSet<>();
        for (String a : args)
            if (!seen.add(a)) throw new ModelException(Messages.t("logic.gate-argument-twice", name, a));
        for (String v : f.variables())
            if (!seen.contains(v))
                throw new ModelException(Messages.t("logic.gate-unknown-variable", name, v, String.join(", ", args)));
    }
}
