package nn.model;

import java.util.List;
import nn.data.Batches;
import nn.graph.Graph;
import nn.graph.Node;

/** A float64 training step on the autodiff graph, one fused node per layer ({@link Network#forwardFused}). */
final class GraphStep implements TrainStep {
    private final Network net;
    private final TrainConfig cfg;
    private final List<Node> params;
    private Node out;

    GraphStep(Network net, TrainConfig cfg) {
        this.net = net;
        this.cfg = cfg;
        this.params = net.params();
    }

    @Override public double run(Batches.Batch b) {
        out = net.forwardFused(Node.constant(b.inputs()));
        Node loss = cfg.loss().apply(out, Node.constant(b.targets()));
        double value = loss.value().item();
        if (Double.isFinite(value)) {
            Graph.zeroGrad(params);
            Graph.backward(loss);
            cfg.optimizer().step(params);
        }
        return value;
    }

    @Override public int correct(Batches.Batch b, int classes) { return Metrics.correct(net, out.value(), b.targets(), classes); }

    @Override public void syncWeights() {}
}
