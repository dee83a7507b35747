package nn.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import nn.graph.GradCheck;
import nn.graph.Node;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import org.junit.jupiter.api.Test;

/** Whole networks, every activation and loss, pass the finite-difference check. */
class NetworkGradCheckTest {
    private static void assertNetworkGradients(Activation hidden, Activation output, Loss loss, Matrix targets) {
        Rng rng = new Rng(hidden.ordinal() * 31L + output.ordinal());
        int outputs = loss == Loss.CROSS_ENTROPY ? 3 : targets.cols();
        Network net = Network.builder("n", 3, rng).dense(4, hidden).dense(3, Activation.TANH).dense(outputs, output).build();
        Node x = Node.constant(rng.uniform(5, 3, -1, 1));
        GradCheck.Result r = GradCheck.check(loss.apply(net.forward(x), Node.constant(targets)));
        assertTrue(r.maxRelativeError() < 1e-6, () -> hidden + "/" + output + "/" + loss + ": " + r);
        assertTrue(r.params().size() == 6);
    }

    @Test void everyHiddenActivationBackpropagatesCorrectly() {
        Matrix t = new Rng(1).uniform(5, 2, 0, 1);
        for (Activation a : Activation.values())
            if (a != Activation.SOFTMAX) assertNetworkGradients(a, Activation.LINEAR, Loss.MSE, t);
    }

    @Test void sigmoidOutputWithBceAndSse() {
        Matrix t = new Rng(2).uniform(5, 2, 0, 1);
        assertNetworkGradients(Activation.RELU, Activation.SIGMOID, Loss.BCE, t);
        assertNetworkGradients(Activation.SIGMOID, Activation.SIGMOID, Loss.SSE, t);
    }

    @Test void softmaxOutputWithCrossEntropyOnClassIndices() {
        Matrix classes = Matrix.of(new double[] {0}, new double[] {2}, new double[] {1}, new double[] {1}, new double[] {0});
        assertNetworkGradients(Activation.TANH, Activation.SOFTMAX, Loss.CROSS_ENTROPY, classes);
    }
}
