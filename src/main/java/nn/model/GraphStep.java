package nn.model;

import java.util.List;
import nn.data.Batches;
import nn.graph.Graph;
import nn.graph.Node;

/** A float64 training step on the autodiff graph, one fused node per layer with its dropout ({@link Network#forwardTraining}). */
final class GraphStep implements TrainStep {
    private final Network net;
    private final TrainConfig cfg;
    private final List<Node> params;
    private final nn.tensor.Rng dropout;
    private Node out;

    /** {@code dropout}: the generator of the dropout masks (null when no layer drops outputs). */
    GraphStep(Network net, TrainConfig cfg, nn.tensor.Rng dropout) {
        this.net = net;
        this.cfg = cfg;
        this.params = net.params();
        this.dropout = dropout;
    }

    @Override public double run(Batches.Batch b) {
        out = net.forwardTraining(Node.constant(b.inputs()), dropout);
        Node loss = cfg.loss().apply(out, Node.constant(b.targets()));
        double value = loss.value().item();
        if (Double.isFinite(value)) {
            Graph.zeroGrad(params);
            Graph.backward(loss);
            if (cfg.clipNorm() > 0) Trainer.clipGradients(params, cfg.clipNorm());
            cfg.optimizer().step(params);
        }
        return value;
    }

    @Override public int correct(Batches.Batch b, int classes) { return Metrics.correct(net, out.value(), b.targets(), classes); }

    @Override public void syncWeights() {}
}
