package nn.model.logic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nn.model.ModelException;
import nn.tensor.Rng;

class GateCompilerTest {

    @Test void andOfTwoCompilesToOneUnitWithWeightsOneAndThresholdTwo() {
        ThresholdNetwork net = GateCompiler.compile("AND2", List.of("a", "b"), Formulas.parse("a & b"));
        assertEquals(1, net.layerCount());
        assertEquals(1, net.unitCount());
        ThresholdUnit u = net.layers().get(0).units().get(0);
        assertArrayEquals(new double[] {1, 1}, u.weights());
        assertEquals(2, u.threshold());
    }

    @Test void orAndNotCompileToOneUnitEach() {
        ThresholdNetwork or = GateCompiler.compile("OR2", List.of("a", "b"), Formulas.parse("a | b"));
        assertEquals(1, or.unitCount());
        assertArrayEquals(new double[] {1, 1}, or.layers().get(0).units().get(0).weights());
        assertEquals(1, or.layers().get(0).units().get(0).threshold());
        ThresholdNetwork not = GateCompiler.compile("NOT1", List.of("a"), Formulas.parse("!a"));
        assertEquals(1, not.unitCount());
        assertArrayEquals(new double[] {-1}, not.layers().get(0).units().get(0).weights());
        assertEquals(0, not.layers().get(0).units().get(0).threshold());
    }

    @Test void xorNeedsAHiddenLayer() {
        ThresholdNetwork xor = GateCompiler.compile("xor", List.of("a", "b"), Formulas.parse("(a | b) & !(a & b)"));
        assertEquals(2, xor.layerCount());
        assertEquals(3, xor.unitCount());
        assertEquals(List.of(0.0, 1.0, 1.0, 0.0), outputs(xor));
        ThresholdNetwork caret = GateCompiler.compile("xor", List.of("a", "b"), Formulas.parse("a ^ b"));
        assertEquals(2, caret.layerCount());
    }

    @Test void aGateBuildsItsOtherConstructionsFromTheFormulaItKeeps() {
        BoolExpr f = Formulas.parse("((A & !X & Z) | (A & !Y)) & ((X & Y) | (!X & Z))");
        List<String> args = List.of("A", "X", "Y", "Z");
        ThresholdNetwork gate = GateCompiler.compile("f", args, f);
        assertEquals(f, gate.formula().orElseThrow());
        ThresholdNetwork layered = GateCompiler.alternative(gate.withName("g"), GateCompiler.Strategy.STRUCTURAL);
        assertEquals("g.structural", layered.name());
        assertEquals(3, layered.layerCount());
        assertEquals(7, layered.unitCount());
        assertAgreesEverywhere(layered, args, f);
        ThresholdNetwork twoLevel = GateCompiler.alternative(gate, GateCompiler.Strategy.TWO_LEVEL);
        assertEquals(1, twoLevel.unitCount());
        assertTrue(gate.note().contains("(the formula's structure would take 3 layers, 7 units: show f.structural)"), gate.note());
        assertTrue(gate.note().contains("the function equals A & !X & Z, a single product of inputs (Y does not matter)"), gate.note());
    }

    @Test void renamedInputsForgetTheFormulaAndRegionsHaveNone() {
        ThresholdNetwork gate = GateCompiler.compile("and", List.of("a", "b"), Formulas.parse("a & b"));
        assertTrue(gate.withInputNames(List.of("x", "y")).formula().isEmpty());
        assertTrue(Regions.halfPlane(1, 1, 2).formula().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> GateCompiler.alternative(Regions.halfPlane(1, 1, 2), GateCompiler.Strategy.STRUCTURAL));
    }

    @Test void lectureFormulaIsCheckedAndMatchesItsTruthTable() {
        BoolExpr f = Formulas.parse("((A & !X & Z) | (A & !Y)) & ((X & Y) | (!X & Z))");
        List<String> args = List.of("A", "X", "Y", "Z");
        ThresholdNetwork net = GateCompiler.compile("f", args, f);
        assertAgreesEverywhere(net, args, f);
        ThresholdNetwork structural = GateCompiler.compile("f", args, f, GateCompiler.Strategy.STRUCTURAL);
        assertEquals(3, structural.layerCount());
        assertAgreesEverywhere(structural, args, f);
        // The formula equals A & !X & Z, a single threshold unit.
        assertEquals(1, net.unitCount());
        assertArrayEquals(new double[] {1, -1, 0, 1}, net.layers().get(0).units().get(0).weights());
        assertEquals(2, net.layers().get(0).units().get(0).threshold());
    }

    @Test void randomFormulasCompileToNetworksThatAgreeWithThem() {
        Rng rng = new Rng(2024);
        for (int k = 0; k < 320; k++) {
            int n = 1 + k % 12;
            List<String> args = Formulas.names(n);
            BoolExpr f = Formulas.random(rng, args, 1 + rng.nextInt(4 * n + 6));
            double[] expected = directValues(args, f);
            for (GateCompiler.Strategy s : GateCompiler.Strategy.values()) {
                ThresholdNetwork net = GateCompiler.compile("g" + k, args, f, s);
                for (int r = 0; r < expected.length; r++)
                    assertEquals(expected[r], net.fire(TruthTable.row(r, n)), f.text() + " (" + s + ") at row " + r);
            }
        }
    }

    @Test void sixteenVariableFormulaCompilesStructurally() {
        List<String> args = Formulas.names(16);
        BoolExpr f = Formulas.parse("((a & !b) | (c ^ d ^ e)) & !(f | g & h) | (i & j & k & !l) ^ (m | n | !o | p)");
        ThresholdNetwork net = GateCompiler.compile("big", args, f);
        assertAgreesEverywhere(net, args, f);
    }

    @Test void linearlySeparableFunctionsCompileToOneUnit() {
        Rng rng = new Rng(99);
        for (int k = 0; k < 60; k++) {
            int n = 1 + k % 6;
            double[] w = new double[n];
            for (int i = 0; i < n; i++) w[i] = rng.nextInt(7) - 3;
            double threshold = rng.nextInt(7) - 2;
            List<String> args = Formulas.names(n);
            BoolExpr f = minterms(args, r -> ThresholdUnit.dot(w, TruthTable.row(r, n)) >= threshold);
            ThresholdNetwork net = GateCompiler.compile("t" + k, args, f);
            assertEquals(1, net.unitCount(), () -> net.describe());
            assertAgreesEverywhere(net, args, f);
        }
    }

    @Test void majorityOfThreeIsOneUnitWithWeightsOneAndThresholdTwo() {
        ThresholdNetwork maj = GateCompiler.compile("maj", List.of("a", "b", "c"), Formulas.parse("(a & b) | (a & c) | (b & c)"));
        assertEquals(1, maj.unitCount());
        assertArrayEquals(new double[] {1, 1, 1}, maj.layers().get(0).units().get(0).weights());
        assertEquals(2, maj.layers().get(0).units().get(0).threshold());
    }

    @Test void parityUsesCountingUnitsInsteadOfOneUnitPerTrueRow() {
        List<String> args = Formulas.names(12);
        ThresholdNetwork parity = GateCompiler.compile("p", args, Formulas.parse("a ^ b ^ c ^ d ^ e ^ f ^ g ^ h ^ i ^ j ^ k ^ l"));
        assertEquals(2, parity.layerCount());
        assertEquals(13, parity.unitCount());
        ThresholdNetwork twoLevel = GateCompiler.compile("p", Formulas.names(6), Formulas.parse("a ^ b ^ c ^ d ^ e ^ f"),
                GateCompiler.Strategy.TWO_LEVEL);
        assertEquals(2, twoLevel.layerCount());
        assertEquals(32 + 1, twoLevel.unitCount());
    }

    @Test void signalsSkippingALayerAreCarriedByRelays() {
        List<String> args = List.of("a", "b", "c", "d");
        BoolExpr f = Formulas.parse("a & (b | (c & d))");
        ThresholdNetwork net = GateCompiler.compile("g", args, f, GateCompiler.Strategy.STRUCTURAL);
        assertEquals(3, net.layerCount());
        assertTrue(net.describe().contains("computes relay of a"), net.describe());
        assertAgreesEverywhere(net, args, f);
    }

    @Test void twentyInputGateIsCheckedOnAMillionRows() {
        List<String> args = Formulas.names(20);
        BoolExpr f = Formulas.parse("(a & b & !c) | (d ^ e ^ f ^ g) | !(h | i | j) & (k ^ l) | (m & n & o & p & q & r & s & !t)");
        ThresholdNetwork net = GateCompiler.compile("wide", args, f);
        assertTrue(net.note().contains("checked against the formula on all 1048576 input rows"), net.note());
    }

    @Test void tooManyArgumentsOrTwoLevelBeyondItsLimitAreUserErrors() {
        assertEquals("gate g has 21 arguments; at most 20 are allowed, because every gate is checked on all 2^n input rows",
                assertThrows(ModelException.class,
                        () -> GateCompiler.compile("g", Formulas.names(21), Formulas.parse("a"))).getMessage());
        assertEquals("the two-level construction reads the whole truth table and is limited to 12 inputs, not 13",
                assertThrows(ModelException.class,
                        () -> GateCompiler.compile("g", Formulas.names(13), Formulas.parse("a ^ m"), GateCompiler.Strategy.TWO_LEVEL)).getMessage());
    }

    /** The formula that lists every row where {@code row} holds (a DNF of minterms), or false. */
    static BoolExpr minterms(List<String> args, java.util.function.IntPredicate row) {
        int n = args.size();
        List<BoolExpr> terms = new java.util.ArrayList<>();
        for (int r = 0; r < 1 << n; r++) {
            if (!row.test(r)) continue;
            List<BoolExpr> literals = new java.util.ArrayList<>();
            for (int j = 0; j < n; j++) {
                BoolExpr v = new BoolExpr.Var(args.get(j));
                literals.add(((r >>> (n - 1 - j)) & 1) == 1 ? v : new BoolExpr.Not(v));
            }
            terms.add(literals.size() == 1 ? literals.get(0) : new BoolExpr.And(literals));
        }
        if (terms.isEmpty()) return new BoolExpr.Const(false);
        return terms.size() == 1 ? terms.get(0) : new BoolExpr.Or(terms);
    }

    static List<Double> outputs(ThresholdNetwork net) {
        TruthTable t = TruthTable.of(net);
        List<Double> out = new java.util.ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) out.add(t.outputs(r)[0]);
        return out;
    }

    static void assertAgreesEverywhere(ThresholdNetwork net, List<String> args, BoolExpr f) {
        double[] expected = directValues(args, f);
        for (int r = 0; r < expected.length; r++)
            assertEquals(expected[r], net.fire(TruthTable.row(r, args.size())), f.text() + " at row " + r);
    }

    /** The formula evaluated directly by {@link BoolExpr#eval}, row by row: the reference. */
    static double[] directValues(List<String> args, BoolExpr f) {
        int n = args.size();
        double[] values = new double[1 << n];
        Map<String, Boolean> env = new HashMap<>();
        for (int r = 0; r < values.length; r++) {
            for (int j = 0; j < n; j++) env.put(args.get(j), ((r >>> (n - 1 - j)) & 1) == 1);
            values[r] = f.eval(env) ? 1.0 : 0.0;
        }
        return values;
    }
}
