package nn.model.logic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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

    @Test void lectureFormulaIsCheckedAndMatchesItsTruthTable() {
        BoolExpr f = Formulas.parse("((A & !X & Z) | (A & !Y)) & ((X & Y) | (!X & Z))");
        List<String> args = List.of("A", "X", "Y", "Z");
        ThresholdNetwork net = GateCompiler.compile("f", args, f);
        assertAgreesEverywhere(net, args, f);
        ThresholdNetwork structural = GateCompiler.compile("f", args, f, GateCompiler.Strategy.STRUCTURAL);
        assertEquals(3, structural.layerCount());
        assertAgreesEverywhere(structural, args, f);
        System.out.println(net.describe());
        System.out.println(structural.describe());
    }

    @Test void randomFormulasCompileToNetworksThatAgreeWithThem() {
        Rng rng = new Rng(2024);
        for (int k = 0; k < 320; k++) {
            int n = 1 + k % 12;
            List<String> args = Formulas.names(n);
            BoolExpr f = Formulas.random(rng, args, 1 + rng.nextInt(4 * n + 6));
            for (GateCompiler.Strategy s : GateCompiler.Strategy.values())
                assertAgreesEverywhere(GateCompiler.compile("g" + k, args, f, s), args, f);
        }
    }

    @Test void sixteenVariableFormulaCompilesStructurally() {
        List<String> args = Formulas.names(16);
        BoolExpr f = Formulas.parse("((a & !b) | (c ^ d ^ e)) & !(f | g & h) | (i & j & k & !l) ^ (m | n | !o | p)");
        ThresholdNetwork net = GateCompiler.compile("big", args, f);
        assertAgreesEverywhere(net, args, f);
    }

    static List<Double> outputs(ThresholdNetwork net) {
        TruthTable t = TruthTable.of(net);
        List<Double> out = new java.util.ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) out.add(t.outputs(r)[0]);
        return out;
    }

    static void assertAgreesEverywhere(ThresholdNetwork net, List<String> args, BoolExpr f) {
        int n = args.size();
        for (int r = 0; r < 1 << n; r++) {
            double[] row = TruthTable.row(r, n);
            Map<String, Boolean> env = new HashMap<>();
            for (int j = 0; j < n; j++) env.put(args.get(j), row[j] == 1);
            assertEquals(f.eval(env) ? 1.0 : 0.0, net.fire(row), () -> f.text() + " at row " + java.util.Arrays.toString(row));
        }
    }
}
