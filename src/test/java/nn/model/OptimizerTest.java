package nn.model;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nn.graph.Graph;
import nn.graph.Node;
import nn.graph.Ops;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

class OptimizerTest {
    @Test void sgdMovesAgainstTheGradient() {
        Node w = Node.param(Matrix.row(1, -2), "w");
        Graph.backward(Ops.sum(Ops.mul(w, w))); // gradient 2w
        new Sgd(0.25).step(List.of(w));
        assertEquals(Matrix.row(0.5, -1), w.value());
    }

    @Test void parametersWithoutGradientAreSkippedAndNotReported() {
        Node w = Node.param(Matrix.scalar(1), "w");
        List<Node> reported = new ArrayList<>();
        for (Optimizer o : List.of(new Sgd(0.1), new Momentum(0.1, 0.9), new Adam(0.1)))
            o.step(List.of(w), (p, before, after) -> reported.add(p));
        assertEquals(Matrix.scalar(1), w.value());
        assertTrue(reported.isEmpty());
    }

    @Test void listenerGetsACopyOfTheOldValue() {
        Node w = Node.param(Matrix.scalar(3), "w");
        Graph.backward(Ops.mul(w, Ops.constant(2)));
        List<Matrix> seen = new ArrayList<>();
        new Sgd(0.5).step(List.of(w), (p, before, after) -> { seen.add(before); seen.add(after); });
        assertEquals(Matrix.scalar(3), seen.get(0));
        assertEquals(Matrix.scalar(2), seen.get(1));
        assertSame(w.value(), seen.get(1));
    }

    @Test void momentumBuildsUpVelocity() {
        Node w = Node.param(Matrix.scalar(0), "w");
        Momentum opt = new Momentum(1, 0.5);
        for (int i = 0; i < 3; i++) {
            Graph.zeroGrad(List.of(w));
            Graph.backward(Ops.mul(w, Ops.constant(1))); // gradient 1 every time
            opt.step(List.of(w));
        }
        assertEquals(-(1 + 1.5 + 1.75), w.value().item(), 1e-15);
    }

    @Test void adamFirstStepMovesByTheLearningRate() {
        Node w = Node.param(Matrix.row(5, 5), "w");
        Graph.backward(Ops.sum(Ops.mul(w, Node.constant(Matrix.row(0.001, 1000)))));
        new Adam(0.1).step(List.of(w));
        assertEquals(4.9, w.value().get(0, 0), 1e-6);
        assertEquals(4.9, w.value().get(0, 1), 1e-9);
    }

    @Test void describeWritesNumbersAsTheLanguageDoesWithoutRoundingSettings() {
        assertEquals("sgd(lr = 0.00015)", new Sgd(0.00015).describe(), "plain and as given, not rounded to 4 decimals");
        assertEquals("sgd(lr = 0.12345)", new Sgd(0.12345).describe());
        assertEquals("adam(lr = 3e-05, beta1 = 0.9, beta2 = 0.999, eps = 1.5e-09)", new Adam(3e-5, 0.9, 0.999, 1.5e-9).describe(),
                "tiny numbers in scientific form, as nn.tensor.Decimals writes them");
    }

    @Test void describeWritesTheLanguagesSpelling() {
        assertEquals("sgd(lr = 0.05)", new Sgd(0.05).describe());
        assertEquals("momentum(lr = 0.1, beta = 0.9)", new Momentum(0.1, 0.9).describe());
        assertEquals("adam(lr = 0.001, beta1 = 0.9, beta2 = 0.999, eps = 1e-08)", new Adam(0.001).describe());
    }

    @Test void badHyperparametersAreRefusedInPlainWords() {
        assertEquals("sgd needs a positive learning rate, got 0",
                assertThrows(ModelException.class, () -> new Sgd(0)).getMessage());
        assertThrows(ModelException.class, () -> new Momentum(0.1, 1.0));
        assertThrows(ModelException.class, () -> new Adam(0.1, 0.9, 0.999, 0));
    }
}
