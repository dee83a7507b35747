package nn.model.logic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Points very close together or very far out: the LP is asked in scaled coordinates, never ends in an internal error. */
class SeparabilityScalingTest {
    @ParameterizedTest
    @ValueSource(doubles = {1e-9, 1e-12, 1e-300, 1e150, 1e300, -1e300})
    void twoPointsAnyDistanceApartAreSeparated(double gap) {
        Separability.Result r = Separability.check(new double[][] {{0}, {gap}}, new double[] {0, 1});
        assertTrue(r.separable(), r.statement());
        double[] w = r.weights();
        assertTrue(w[0] * 0 + r.bias() < 0 && w[0] * gap + r.bias() > 0, r.statement());
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-9, 1e-12, 1e150, 1e300})
    void xorAtAnyScaleIsNotSeparable(double s) {
        Separability.Result r = Separability.check(new double[][] {{0, 0}, {0, s}, {s, 0}, {s, s}}, new double[] {0, 1, 1, 0});
        assertFalse(r.separable(), r.statement());
    }
}
