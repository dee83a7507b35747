package nn.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

class ExplainTest {
    @Test void lectureProductIsSpelledOutElementByElement() {
        List<Explain.Element> es = Explain.product(Matrix.row(2, 3),
                Matrix.of(new double[] {.11, .12}, new double[] {.21, .08}));
        assertEquals(2, es.size());
        assertEquals("2 × 0.11 + 3 × 0.21 = 0.85", es.get(0).line(4));
        assertEquals("2 × 0.12 + 3 × 0.08 = 0.48", es.get(1).line(4));
        assertEquals(1, es.get(1).row());
        assertEquals("2 × 0.12 + 3 × 0.08 = 0.5", es.get(1).line(1));
        assertEquals(2, es.get(1).col());
    }

    @Test void factorsAreWrittenExactlyWhateverTheResultsPrecision() {
        List<Explain.Element> es = Explain.product(Matrix.row(0.1 + 0.2, 1e-7), Matrix.of(new double[] {0.123456789}, new double[] {3}));
        assertEquals("0.3 × 0.123456789 + 0.0000001 × 3 = 0.04", es.get(0).line(2));
    }
}
