package nn.model.logic;

import nn.model.ModelException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeparabilityTest {
    static final double[][] INPUTS2 = LearningRulesTest.INPUTS2;

    static double[][] inputs3() {
        double[][] x = new double[8][];
        for (int r = 0; r < 8; r++) x[r] = TruthTable.row(r, 3);
        return x;
    }

    static void assertSeparates(double[][] x, double[] labels) {
        Separability.Result result = Separability.check(x, labels);
        assertTrue(result.separable(), result.statement());
        double[] w = result.weights();
        for (int r = 0; r < x.length; r++) {
            double net = ThresholdUnit.dot(w, x[r]) + result.bias();
            assertEquals(labels[r], net > 0 ? 1.0 : 0.0, "point " + r + ": " + result.statement());
        }
    }

    @Test void andOrNandAreSeparableByAVerifiedHyperplane() {
        assertSeparates(INPUTS2, new double[] {0, 0, 0, 1});
        assertSeparates(INPUTS2, new double[] {0, 1, 1, 1});
        assertSeparates(INPUTS2, new double[] {1, 1, 1, 0});
    }

    @Test void andGetsTheSmallestIntegerHyperplane() {
        Separability.Result and = Separability.check(INPUTS2, new double[] {0, 0, 0, 1});
        assertEquals("linearly separable: 2·x1 + 2·x2 − 3 is > 0 on every class-1 point and < 0 on every class-0 point (checked on all 4)",
                and.statement());
    }

    @Test void majorityOfThreeIsSeparable() {
        double[][] x = inputs3();
        double[] maj = new double[8];
        for (int r = 0; r < 8; r++) maj[r] = x[r][0] + x[r][1] + x[r][2] >= 2 ? 1 : 0;
        assertSeparates(x, maj);
    }

    @Test void xorIsNotSeparableAndTheProofNamesAPointInBothHulls() {
        Separability.Result xor = Separability.check(INPUTS2, new double[] {0, 1, 1, 0});
        assertFalse(xor.separable());
        assertEquals("not linearly separable: no w, b satisfy all 4 constraints (2d − 1)(w·x + b) > 0, because the point [0.5, 0.5] = "
                + "0.5·[0, 1] + 0.5·[1, 0] (class 1) = 0.5·[0, 0] + 0.5·[1, 1] (class 0) lies in the convex hull of both classes, "
                + "so w·x + b there would have to be both > 0 and ≤ 0", xor.statement());
    }

    @Test void threeInputParityIsNotSeparable() {
        double[][] x = inputs3();
        double[] parity = new double[8];
        for (int r = 0; r < 8; r++) parity[r] = (x[r][0] + x[r][1] + x[r][2]) % 2;
        Separability.Result result = Separability.check(x, parity);
        assertFalse(result.separable());
        assertTrue(result.statement().contains("lies in the convex hull of both classes"), result.statement());
    }

    @Test void realValuedPointsAreHandled() {
        double[][] x = {{0.2, 3.1}, {1.5, -0.7}, {-2, 0.4}, {2.5, 2.5}};
        assertSeparates(x, new double[] {1, 0, 0, 1});
    }

    @Test void conflictingLabelsOnTheSamePointAreNotSeparable() {
        Separability.Result result = Separability.check(new double[][] {{1, 1}, {1, 1}}, new double[] {1, 0});
        assertFalse(result.separable());
        assertTrue(result.statement().contains("the point [1, 1] = [1, 1] (class 1) = [1, 1] (class 0)"), result.statement());
    }

    @Test void labelsMustBeZeroOrOne() {
        ModelException e = assertThrows(ModelException.class,
                () -> Separability.check(INPUTS2, new double[] {0, 1, 2, 0}));
        assertEquals("separability needs labels 0 and 1, but point 3 has label 2", e.getMessage());
    }
}
