package nn.model;

import static nn.model.ModelFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import nn.graph.Graph;
import nn.graph.MatrixText;
import nn.graph.Node;
import nn.graph.Ops;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

/**
 * The lecture's worked example ("Conceptos básicos de redes neuronales"): x = [2, 3], a linear 2-2-1
 * network without biases, target 1, one sgd step with learning rate 0.05.
 */
class LectureExampleTest {
    private static Network lectureNetwork() {
        return new Network("net", 2, List.of(
                layer("hidden", Activation.LINEAR, "W1", m(r(.11, .12), r(.21, .08)), null, null),
                layer("output", Activation.LINEAR, "W2", m(r(.14), r(.15)), null, null)));
    }

    @Test void forwardBackwardAndOneSgdStepReproduceTheSlides() {
        Network net = lectureNetwork();
        List<Node> created = new ArrayList<>();
        Node out = net.forward(Node.constant(Matrix.row(2, 3)), created::add);
        Node h = created.get(0);
        assertClose(r(0.85, 0.48), h.value(), 1e-12);
        assertEquals(0.191, out.value().item(), 1e-12);

        Node e = Ops.sse(out, Ops.constant(1));
        assertEquals("0.3272", MatrixText.format(e.value()));
        Graph.backward(e);
        assertEquals(-0.809, out.grad().item(), 1e-12); // Δ = prediction − actual
        assertClose(r(-0.6877, -0.3883), net.layer("output").weights().grad(), 1e-4);

        List<String> trace = new ArrayList<>();
        new Sgd(0.05).step(net.params(), (p, before, after) ->
                trace.add(p.label() + ": " + MatrixText.format(before) + " → " + MatrixText.format(after)));
        assertClose(r(0.1744, 0.1694), net.layer(1).weights().value(), 1e-4);
        assertClose(r(0.1213, 0.1321, 0.227, 0.0982), net.layer(0).weights().value(), 1e-4);
        assertEquals(List.of(
                "W1: [[0.11, 0.12], [0.21, 0.08]] → [[0.1213, 0.1321], [0.227, 0.0982]]",
                "W2: [[0.14], [0.15]] → [[0.1744], [0.1694]]"), trace);
        assertEquals("[[0.17], [0.17]]", MatrixText.format(net.layer(1).weights().value(), 2));
        assertEquals("[[0.12, 0.13], [0.23, 0.1]]", MatrixText.format(net.layer(0).weights().value(), 2));
    }

    @Test void lossAfterTheStepIsSmaller() {
        Network net = lectureNetwork();
        Node x = Node.constant(Matrix.row(2, 3));
        Node before = Ops.sse(net.forward(x), Ops.constant(1));
        Graph.backward(before);
        new Sgd(0.05).step(net.params());
        Node after = Ops.sse(net.forward(x), Ops.constant(1));
        assertEquals(0.3272, before.value().item(), 5e-5);
        assertEquals(true, after.value().item() < before.value().item());
    }
}
