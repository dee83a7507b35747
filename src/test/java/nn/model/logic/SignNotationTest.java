package nn.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One sign rule across unit descriptions: a number's own sign is ASCII '-' (as nn prints and reads
 * numbers), a minus between two terms is the operator '−'.
 */
class SignNotationTest {
    @Test void leadingNegativeWeightKeepsTheNumbersSign() {
        assertEquals("threshold unit (McCulloch–Pitts): fires when -1·x1 ≥ 0", new ThresholdUnit(new double[] {-1}, 0).describe());
    }

    @Test void laterNegativeWeightsAndNegativeThresholdsFollowTheRule() {
        assertEquals("threshold unit (McCulloch–Pitts): fires when -1·x1 − 1·x2 ≥ -1",
                new ThresholdUnit(new double[] {-1, -1}, -1).describe());
        assertEquals("threshold unit (McCulloch–Pitts): fires when 1·x1 − 0.5·x2 + 0·x3 ≥ 0.5",
                new ThresholdUnit(new double[] {1, -0.5, 0}, 0.5).describe());
    }

    @Test void perceptronBiasIsATermAfterTheSum() {
        assertEquals("perceptron (Rosenblatt): fires when 2·x1 + 1·x2 − 2 > 0", new Perceptron(new double[] {2, 1}, -2).describe());
        assertEquals("perceptron (Rosenblatt): fires when -2·x1 + 1·x2 + 0.5 > 0", new Perceptron(new double[] {-2, 1}, 0.5).describe());
    }

    @Test void linearUnitWritesEveryWeight() {
        assertEquals("linear unit: y = -0.5·x1 − 2·x2", new LinearUnit(new double[] {-0.5, -2}).describe());
    }

    @Test void regionEdgesUseTheSameSignsAndLeaveOutOnesAndZeros() {
        assertEquals("-3·x − 4·y ≥ -12", Regions.inequality(-3, -4, -12));
        assertEquals("-x + y ≥ 0", Regions.inequality(-1, 1, 0));
        assertEquals("y ≥ -2", Regions.inequality(0, 1, -2));
        assertEquals("-y ≥ 2", Regions.inequality(0, -1, 2));
        assertEquals("x − y ≥ 1", Regions.inequality(1, -1, 1));
    }

    @Test void separatingHyperplaneUsesTheSameSigns() {
        Separability.Result r = Separability.check(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[] {1, 1, 1, 0},
                List.of("a", "b"));
        assertEquals(true, r.statement().startsWith("linearly separable: -2·a − 2·b + 3 is > 0"), r.statement());
    }

    @Test void noASCIIMinusBetweenTermsAndNoTypographicMinusInNumbers() {
        String[] texts = {
            new ThresholdUnit(new double[] {-1.5, 2, -3}, -4).describe(),
            new Perceptron(new double[] {-1, -1}, -1).describe(),
            Regions.convexPolygon(new double[][] {{0, 0}, {4, 0}, {0, 3}}).describe(),
        };
        for (String t : texts) {
            assertEquals(false, t.contains(" - "), t);
            assertEquals(false, t.matches("(?s).*−\\d.*"), t);
        }
    }
}
