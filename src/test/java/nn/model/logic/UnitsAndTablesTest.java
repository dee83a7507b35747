package nn.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nn.model.ModelException;
import nn.tensor.Matrix;

class UnitsAndTablesTest {

    @Test void thresholdUnitFiresAtOrAboveItsThreshold() {
        ThresholdUnit and2 = new ThresholdUnit(new double[] {1, 1}, 2);
        assertEquals(0.0, and2.fire(new double[] {1, 0}));
        assertEquals(1.0, and2.fire(new double[] {1, 1}));
        assertEquals("threshold unit (McCulloch–Pitts): fires when 1·x1 + 1·x2 ≥ 2", and2.describe());
        assertEquals("threshold unit (McCulloch–Pitts): fires when -1·x1 ≥ 0", new ThresholdUnit(new double[] {-1}, 0).describe());
    }

    @Test void perceptronFiresOnlyAboveZero() {
        Perceptron p = new Perceptron(new double[] {1, 1}, -1);
        assertEquals(0.0, p.fire(new double[] {1, 0}));
        assertEquals(1.0, p.fire(new double[] {1, 1}));
        assertEquals("perceptron (Rosenblatt): fires when 1·x1 + 1·x2 − 1 > 0", p.describe());
    }

    @Test void linearUnitOutputsItsWeightedSum() {
        LinearUnit l = new LinearUnit(new double[] {0.5, -2});
        assertEquals(-1.5, l.evaluate(new double[] {1, 1})[0]);
        assertEquals("linear unit: y = 0.5·x1 − 2·x2", l.describe());
    }

    @Test void unitsAreCallableOnABatchOfRows() {
        ThresholdUnit or2 = new ThresholdUnit(new double[] {1, 1}, 1);
        Matrix out = or2.apply(Matrix.of(new double[] {0, 0}, new double[] {0, 1}, new double[] {1, 1}));
        assertEquals(Matrix.of(new double[] {0}, new double[] {1}, new double[] {1}), out);
    }

    @Test void wrongRowWidthIsAPlainSentence() {
        ThresholdUnit u = new ThresholdUnit(new double[] {1, 1}, 1);
        assertEquals("threshold unit takes 2 inputs, got 3",
                assertThrows(ModelException.class, () -> u.fire(new double[] {1, 2, 3})).getMessage());
        assertEquals("threshold unit takes rows of 2 inputs, got a 1×3 matrix",
                assertThrows(ModelException.class, () -> u.apply(Matrix.of(new double[] {1, 2, 3}))).getMessage());
    }

    @Test void truthTableOfAUnitListsRowsInStandardOrder() {
        TruthTable t = TruthTable.of(new ThresholdUnit(new double[] {1, 1}, 2));
        assertEquals(String.join("\n",
                "x1  x2 | y",
                " 0   0 | 0",
                " 0   1 | 0",
                " 1   0 | 0",
                " 1   1 | 1"), t.format());
    }

    @Test void truthTableOfAGateIsHeadedByItsArgumentsAndName() {
        ThresholdNetwork xor = GateCompiler.compile("xor", List.of("a", "b"), Formulas.parse("a ^ b"));
        assertEquals(String.join("\n",
                "a  b | xor",
                "0  0 |   0",
                "0  1 |   1",
                "1  0 |   1",
                "1  1 |   0"), TruthTable.of(xor).format());
    }

    @Test void truthTableOfAFormulaGivesDatasetColumns() {
        TruthTable t = TruthTable.of(List.of("a", "b", "c"), Formulas.parse("a & !b | c"), "f");
        assertEquals(8, t.rowCount());
        assertEquals(List.of(0.0, 1.0, 0.0, 1.0, 1.0, 1.0, 0.0, 1.0), boxed(t.outputColumn(0)));
        assertEquals(List.of(1.0, 0.0, 0.0), boxed(t.inputRows()[4]));
    }

    @Test void formulaVariablesComeInOrderOfFirstAppearance() {
        BoolExpr f = Formulas.parse("((A & !X & Z) | (A & !Y)) & ((X & Y) | (!X & Z))");
        assertEquals(List.of("A", "X", "Z", "Y"), f.variables());
        assertEquals("((A & !X & Z) | (A & !Y)) & ((X & Y) | (!X & Z))", f.text());
        assertEquals(true, f.eval(Map.of("A", true, "X", false, "Y", true, "Z", true)));
    }

    @Test void simplifierPushesNegationsDownAndFolds() {
        assertEquals("!a | !b", Simplifier.simplify(Formulas.parse("!(a & b)")).text());
        assertEquals("a & b & c", Simplifier.simplify(Formulas.parse("(a & b) & (c & true)")).text());
        assertEquals("false", Simplifier.simplify(Formulas.parse("a & !a & b")).text());
        assertEquals("!a ^ b", Simplifier.simplify(Formulas.parse("!(a ^ b)")).text());
        assertEquals("b", Simplifier.simplify(Formulas.parse("a ^ b ^ a")).text());
    }

    @Test void xorNetworkDescriptionShowsBothLayers() {
        ThresholdNetwork xor = GateCompiler.compile("xor", List.of("a", "b"), Formulas.parse("(a | b) & !(a & b)"));
        assertEquals(String.join("\n",
                "network xor(a, b): 2 layers, 3 threshold units; a unit fires when Σ wᵢxᵢ ≥ T",
                "  formula: (a | b) & !(a & b)",
                "  simplified: (a | b) & (!a | !b)",
                "  built as the formula's structure: a unit per & and |, two layers per ^, negated inputs as weight -1",
                "  checked against the formula on all 4 input rows",
                "  layer 1 (hidden), reads a, b:",
                "    h1_1  weights [1, 1]    threshold 1   computes a | b",
                "    h1_2  weights [-1, -1]  threshold -1  computes !a | !b",
                "  layer 2 (output), reads h1_1, h1_2:",
                "    xor   weights [1, 1]    threshold 2   computes (a | b) & (!a | !b)"), xor.describe());
    }

    @Test void gateErrorsNameTheProblem() {
        assertEquals("the formula of gate g uses 'c', which is not one of its arguments (a, b)",
                assertThrows(ModelException.class,
                        () -> GateCompiler.compile("g", List.of("a", "b"), Formulas.parse("a & c"))).getMessage());
        assertEquals("gate g names the argument 'a' twice",
                assertThrows(ModelException.class,
                        () -> GateCompiler.compile("g", List.of("a", "a"), Formulas.parse("a"))).getMessage());
    }

    @Test void constantAndUnusedArgumentGatesStillCompile() {
        ThresholdNetwork always = GateCompiler.compile("t", List.of("a", "b"), Formulas.parse("a | !a"));
        assertEquals(List.of(1.0, 1.0, 1.0, 1.0), GateCompilerTest.outputs(always));
        ThresholdNetwork onlyA = GateCompiler.compile("p", List.of("a", "b"), Formulas.parse("a"));
        assertEquals(List.of(0.0, 0.0, 1.0, 1.0), GateCompilerTest.outputs(onlyA));
    }

    static List<Double> boxed(double[] v) { return java.util.Arrays.stream(v).boxed().toList(); }
}
