package nn.model.logic;

import nn.model.ModelException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LearningRulesTest {
    static final double[][] INPUTS2 = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    static final double[] AND = {0, 0, 0, 1};
    static final double[] OR = {0, 1, 1, 1};
    static final double[] XOR = {0, 1, 1, 0};

    @Test void perceptronLearnsAndAndClassifiesEveryRow() {
        Perceptron p = Perceptron.zeros(2);
        TrainReport report = new PerceptronRule(1).train(p, INPUTS2, AND, 20, Narrator.SILENT);
        assertTrue(report.converged());
        for (int r = 0; r < 4; r++) assertEquals(AND[r], p.fire(INPUTS2[r]));
        // Worked by hand: updates per epoch 1, 3, 3, 2, 1, then a clean sixth epoch.
        assertEquals("converged after 6 epochs (10 updates)", report.message());
        assertArrayEquals(new double[] {2, 1}, report.weights());
        assertEquals(-2, report.bias());
    }

    @Test void perceptronLearnsOr() {
        Perceptron p = Perceptron.zeros(2);
        TrainReport report = new PerceptronRule(1).train(p, INPUTS2, OR, 20, Narrator.SILENT);
        assertTrue(report.converged());
        for (int r = 0; r < 4; r++) assertEquals(OR[r], p.fire(INPUTS2[r]));
        // Worked by hand: updates in epochs 1, 2 (two) and 3, then a clean fourth epoch.
        assertEquals("converged after 4 epochs (4 updates)", report.message());
        assertArrayEquals(new double[] {1, 1}, report.weights());
        assertEquals(0, report.bias());
    }

    @Test void perceptronFailsOnXorAndSaysTheDataIsNotSeparable() {
        TrainReport report = new PerceptronRule(1).train(Perceptron.zeros(2), INPUTS2, XOR, 20, Narrator.SILENT);
        assertFalse(report.converged());
        assertEquals(20, report.epochs());
        assertEquals("did not converge in 20 epochs: the data is not linearly separable", report.message());
        assertTrue(report.proof().startsWith("not linearly separable: no w, b satisfy all 4 constraints"), report.proof());
    }

    @Test void perceptronStoppedEarlyOnSeparableDataSaysMoreEpochsWillConverge() {
        TrainReport report = new PerceptronRule(1).train(Perceptron.zeros(2), INPUTS2, AND, 1, Narrator.SILENT);
        assertEquals("did not converge in 1 epoch (the data is linearly separable, so more epochs will converge)", report.message());
    }

    @Test void firstEpochOfAndIsNarratedWithItsNumbers() {
        List<String> lines = new ArrayList<>();
        new PerceptronRule(1).train(Perceptron.zeros(2), INPUTS2, AND, 1, lines::add);
        assertEquals(List.of(
                "epoch 1, example 1: x = [0, 0], d = 0",
                "  net = Σwx + b = 0·0 + 0·0 + 0 = 0",
                "  y = [0 > 0] = 0",
                "  d − y = 0 − 0 = 0: no update",
                "epoch 1, example 2: x = [0, 1], d = 0",
                "  net = Σwx + b = 0·0 + 0·1 + 0 = 0",
                "  y = [0 > 0] = 0",
                "  d − y = 0 − 0 = 0: no update",
                "epoch 1, example 3: x = [1, 0], d = 0",
                "  net = Σwx + b = 0·1 + 0·0 + 0 = 0",
                "  y = [0 > 0] = 0",
                "  d − y = 0 − 0 = 0: no update",
                "epoch 1, example 4: x = [1, 1], d = 1",
                "  net = Σwx + b = 0·1 + 0·1 + 0 = 0",
                "  y = [0 > 0] = 0",
                "  Δw = η(d − y)x = 1·(1 − 0)·[1, 1] = [1, 1]",
                "  Δb = η(d − y) = 1·(1 − 0) = 1",
                "  now w = [1, 1], b = 1",
                "end of epoch 1: 1 update, w = [1, 1], b = 1"), lines);
    }

    @Test void negativeWeightsAndBiasAreParenthesisedInTheNarration() {
        List<String> lines = new ArrayList<>();
        new PerceptronRule(0.5).train(new Perceptron(new double[] {1, -1}, -0.5), new double[][] {{0, 1}}, new double[] {1}, 1, lines::add);
        assertEquals("  net = Σwx + b = 1·0 + (-1)·1 + (-0.5) = -1.5", lines.get(1));
        assertEquals("  y = [-1.5 > 0] = 0", lines.get(2));
        assertEquals("  Δw = η(d − y)x = 0.5·(1 − 0)·[0, 1] = [0, 0.5]", lines.get(3));
    }

    @Test void perceptronRejectsTargetsOtherThanZeroAndOne() {
        ModelException e = assertThrows(ModelException.class,
                () -> new PerceptronRule(1).train(Perceptron.zeros(2), INPUTS2, new double[] {0, 1, 2, 0}, 5, Narrator.SILENT));
        assertEquals("a perceptron learns targets 0 and 1, but example 3 has 2", e.getMessage());
    }

    @Test void hebbAddsLearningRateTimesInputTimesTarget() {
        LinearUnit unit = LinearUnit.zeros(3);
        List<String> lines = new ArrayList<>();
        TrainReport report = new HebbRule(0.1).train(unit, new double[][] {{1, 0, 1}, {0, 1, 1}}, new double[] {1, -1}, 1, lines::add);
        assertArrayEquals(new double[] {0.1, -0.1, 0}, unit.weights(), 1e-12);
        assertEquals("ran 1 epoch of Hebb's rule (2 updates)", report.message());
        assertEquals(List.of(
                "epoch 1, example 1: x = [1, 0, 1], d = 1",
                "  y = d = 1 (the target stands in for the output)",
                "  Δw = η·y·x = 0.1·1·[1, 0, 1] = [0.1, 0, 0.1]",
                "  now w = [0.1, 0, 0.1]",
                "epoch 1, example 2: x = [0, 1, 1], d = -1",
                "  y = d = -1 (the target stands in for the output)",
                "  Δw = η·y·x = 0.1·(-1)·[0, 1, 1] = [0, -0.1, -0.1]",
                "  now w = [0.1, -0.1, 0]"), lines);
    }

    @Test void hebbWithBipolarAndDataGivesASeparatingPerceptron() {
        // Bipolar AND, as in Hebb-net textbooks: w = [2, 2], b = -2 after one epoch.
        double[][] x = {{1, 1}, {1, -1}, {-1, 1}, {-1, -1}};
        double[] d = {1, -1, -1, -1};
        Perceptron p = Perceptron.zeros(2);
        new HebbRule(1).train(p, x, d, 1, Narrator.SILENT);
        assertArrayEquals(new double[] {2, 2}, p.weights());
        assertEquals(-2, p.bias());
    }

    @Test void unsupervisedHebbOnZeroWeightsLearnsNothing() {
        LinearUnit unit = LinearUnit.zeros(2);
        TrainReport report = HebbRule.usingOutput(0.5).train(unit, INPUTS2, AND, 3, Narrator.SILENT);
        assertArrayEquals(new double[] {0, 0}, unit.weights());
        assertEquals(0, report.updates());
    }
}
