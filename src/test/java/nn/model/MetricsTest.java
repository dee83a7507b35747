package nn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nn.data.Dataset;
import nn.graph.Node;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import org.junit.jupiter.api.Test;

class MetricsTest {
    /** A 2-input network with one linear unit computing x1 − x2 (fixed weights). */
    static Network difference() {
        Dense d = new Dense("d", Activation.LINEAR, Node.param(Matrix.of(new double[] {1}, new double[] {-1}), "W"), null);
        return new Network("diff", 2, List.of(d));
    }

    @Test void aSingleProbabilityIsClassOneFromOneHalf() {
        Matrix y = Matrix.of(new double[] {0.49}, new double[] {0.5}, new double[] {0.29}, new double[] {1}, new double[] {Double.NaN});
        assertArrayEquals(new int[] {0, 1, 0, 1, 0}, ClassDecision.classes(Activation.SIGMOID, y, 2));
        assertArrayEquals(new int[] {0, 1, 0, 1, 0}, ClassDecision.classes(Activation.STEP, y, 2));
    }

    @Test void aSingleScoreIsClassOneFromZero() {
        // A tanh output of 0.29 is class 1 for accuracy as on the region plot (the sign of the score).
        Matrix y = Matrix.of(new double[] {0.29}, new double[] {0}, new double[] {-0.01});
        assertArrayEquals(new int[] {1, 1, 0}, ClassDecision.classes(Activation.TANH, y, 2));
        assertArrayEquals(new int[] {1, 1, 0}, ClassDecision.classes(Activation.LINEAR, y, 2));
    }

    @Test void aSingleOutputForMoreClassesPredictsTheNearestClass() {
        Matrix y = Matrix.of(new double[] {0.49}, new double[] {0.5}, new double[] {-3}, new double[] {7}, new double[] {1.6});
        assertArrayEquals(new int[] {0, 1, 0, 4, 2}, ClassDecision.classes(Activation.LINEAR, y, 5));
    }

    @Test void severalOutputsPredictTheirArgmaxFirstOnTies() {
        Matrix y = Matrix.of(new double[] {0.1, 0.7, 0.2}, new double[] {5, 5, 1}, new double[] {-1, -2, -0.5});
        assertArrayEquals(new int[] {1, 0, 2}, ClassDecision.classes(Activation.SOFTMAX, y, 3));
    }

    @Test void confusionCountsActualRowsAgainstPredictedColumns() {
        Dataset ds = Dataset.classification("d", Matrix.of(new double[] {1, 0}, new double[] {0, 1}, new double[] {2, 0}, new double[] {0, 0}),
                new int[] {1, 1, 0, 0}, 2);
        // predictions (a linear score is class 1 from 0 on): 1-0=1 → 1, 0-1=-1 → 0, 2 → 1, 0 → 1
        Matrix c = Metrics.confusion(difference(), ds);
        assertEquals(Matrix.of(new double[] {0, 2}, new double[] {1, 1}), c);
        assertEquals(0.25, Metrics.accuracy(difference(), ds));
    }

    @Test void outputsInChunksEqualOneForwardPass() {
        Network net = Network.builder("n", 3, new Rng(2)).dense(5, Activation.TANH).dense(2, Activation.LINEAR).build();
        Matrix x = new Rng(1).uniform(Metrics.CHUNK * 2 + 17, 3, -1, 1);
        Matrix chunked = Metrics.outputs(net, x);
        Matrix whole = net.forward(Node.constant(x)).value();
        assertEquals(whole, chunked);
    }

    @Test void evaluateGivesTheLossAndAccuracyOfTheWholeDataset() {
        Dataset ds = Dataset.classification("d", Matrix.of(new double[] {1, 0}, new double[] {0, 1}), new int[] {1, 0}, 2);
        Metrics.Evaluation e = Metrics.evaluate(difference(), ds, Loss.SSE);
        assertEquals(0.5, e.loss(), 1e-15);   // outputs 1 and -1 vs targets 1 and 0: ½(0² + 1²)
        assertEquals(1.0, e.accuracy());
    }

    @Test void accuracyOfNumericTargetsIsRefused() {
        Dataset ds = Dataset.regression("r", Matrix.of(new double[] {1, 2}), Matrix.of(new double[] {0.5}));
        var e = assertThrows(ModelException.class, () -> Metrics.accuracy(difference(), ds));
        assertEquals("r has numeric targets, not classes, so it has no accuracy; use evaluate for its loss", e.getMessage());
    }
}
