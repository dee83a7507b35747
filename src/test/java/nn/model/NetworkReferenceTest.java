package nn.model;

import static nn.model.ModelFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nn.graph.Graph;
import nn.graph.Node;
import nn.graph.Ops;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

/**
 * A 3-layer network's values, gradients and optimizer steps against PyTorch 1.13 (Debian's
 * python3-torch, float64), computed independently with this script and /usr/bin/python3:
 * <pre>
 * import torch
 * torch.set_default_dtype(torch.float64)
 * t = torch.tensor
 * X = t([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75], [-0.3, 0.8, 0.1]])
 * W1 = t([[0.2, -0.1, 0.4, 0.3], [-0.5, 0.6, 0.1, -0.2], [0.3, 0.2, -0.4, 0.5]], requires_grad=True)
 * b1 = t([[0.1, -0.2, 0.05, 0.0]], requires_grad=True)
 * W2 = t([[0.7, -0.3, 0.2], [0.1, 0.4, -0.6], [-0.2, 0.5, 0.3], [0.6, -0.1, 0.2]], requires_grad=True)
 * b2 = t([[0.05, 0.1, -0.1]], requires_grad=True)
 * W3 = t([[0.3, -0.7], [0.8, 0.2], [-0.4, 0.6]], requires_grad=True)
 * b3 = t([[-0.1, 0.2]], requires_grad=True)
 * T = t([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
 * def fwd():
 *     h1 = torch.tanh(X @ W1 + b1); h2 = torch.relu(h1 @ W2 + b2); return torch.sigmoid(h2 @ W3 + b3)
 * y = fwd(); E = ((y - T) ** 2).mean(); E.backward()
 * r = lambda m: m.detach().flatten().tolist()
 * print("y", r(y)); print("E", E.item())
 * for n, p in [("W1", W1), ("b1", b1), ("W2", W2), ("b2", b2), ("W3", W3), ("b3", b3)]: print("grad", n, r(p.grad))
 * for p in [W1, b1, W2, b2]: p.grad = None
 * V = t([[0.2, -0.4, 0.1], [0.5, 0.3, -0.6], [-0.1, 0.7, 0.4]], requires_grad=True)
 * c = t([[0.0, 0.1, -0.2]], requires_grad=True)
 * h2 = torch.relu(torch.tanh(X @ W1 + b1) @ W2 + b2)
 * logits = h2 @ V + c
 * CE = torch.nn.functional.cross_entropy(logits, t([2, 0, 1]).long()); CE.backward()
 * print("probs", r(torch.softmax(logits, 1))); print("CE", CE.item())
 * for n, p in [("W1", W1), ("V", V), ("c", c)]: print("cegrad", n, r(p.grad))
 * for name, mk in [("momentum", lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9)),
 *                  ("adam", lambda ps: torch.optim.Adam(ps, lr=0.01))]:
 *     ps = [p.detach().clone().requires_grad_(True) for p in [W1, b1, W2, b2, W3, b3]]
 *     opt = mk(ps)
 *     for _ in range(3):
 *         opt.zero_grad()
 *         h1 = torch.tanh(X @ ps[0] + ps[1]); h2 = torch.relu(h1 @ ps[2] + ps[3]); yy = torch.sigmoid(h2 @ ps[4] + ps[5])
 *         ((yy - T) ** 2).mean().backward(); opt.step()
 *     print(name, "W1", r(ps[0])); print(name, "b3", r(ps[5]))
 * </pre>
 */
class NetworkReferenceTest {
    private static final double TOL = 1e-12;
    private static final Matrix X = m(r(0.5, -1.0, 2.0), r(1.5, 0.25, -0.75), r(-0.3, 0.8, 0.1));
    private static final Matrix T = m(r(1.0, 0.0), r(0.0, 1.0), r(1.0, 1.0));

    private static Dense hidden1() {
        return layer("h1", Activation.TANH, "W1", m(r(0.2, -0.1, 0.4, 0.3), r(-0.5, 0.6, 0.1, -0.2), r(0.3, 0.2, -0.4, 0.5)),
                "b1", m(r(0.1, -0.2, 0.05, 0.0)));
    }

    private static Dense hidden2() {
        return layer("h2", Activation.RELU, "W2", m(r(0.7, -0.3, 0.2), r(0.1, 0.4, -0.6), r(-0.2, 0.5, 0.3), r(0.6, -0.1, 0.2)),
                "b2", m(r(0.05, 0.1, -0.1)));
    }

    private static Network sigmoidNet() {
        return new Network("ref", 3, List.of(hidden1(), hidden2(),
                layer("out", Activation.SIGMOID, "W3", m(r(0.3, -0.7), r(0.8, 0.2), r(-0.4, 0.6)), "b3", m(r(-0.1, 0.2)))));
    }

    private static Node mseLoss(Network net) { return Ops.mse(net.forward(Node.constant(X)), Node.constant(T)); }

    @Test void mseNetworkValuesAndGradientsMatchPyTorch() {
        Network net = sigmoidNet();
        Node y = net.forward(Node.constant(X));
        assertClose(r(0.5357929708904368, 0.38282577408163876, 0.5054732733004969, 0.6153677216071006,
                0.540452703023959, 0.5659979785315967), y.value(), TOL);
        Node e = Ops.mse(y, Node.constant(T));
        assertEquals(0.19417173859590175, e.value().item(), TOL);
        Graph.backward(e);
        double[][] grads = {
            {-0.028006374907620715, 0.037128036048001925, 0.013362054350414326, -0.01725509673096973, 0.008440950394426727,
             0.015516602412774862, -0.025802900823886886, 0.003487906125023212, 0.004137667177181104, -0.06108572687880291,
             0.019363311410678406, 0.0015997479978476351},
            {-0.009299749120669658, -0.004239380285082068, -0.006158683937477958, -0.009202570251364488},
            {-0.02813593304576144, 0.013338414682691183, 0.027102946165953937, 0.013775331480294683, -0.02125066949045076,
             -0.002335419265576364, 0.018665470129479906, 0.021869336786313875, -0.04546443013098983, -0.028538521357584917,
             0.008100598388028924, 0.028390906599008583},
            {-0.03265077971002024, -0.009918358310913936, -0.0015704980329110524},
            {-0.048098722690494256, 0.037681070004004585, 0.0011536936344756536, -0.021459871926527648, 0.0017539479152255588,
             -0.00046779659596216393},
            {-0.03441289329846345, -0.03573283697298629}};
        List<Node> ps = net.params();
        for (int i = 0; i < grads.length; i++) assertClose(grads[i], ps.get(i).grad(), TOL);
    }

    @Test void softmaxCrossEntropyNetworkMatchesPyTorch() {
        Network net = new Network("ce", 3, List.of(hidden1(), hidden2(),
                layer("out", Activation.SOFTMAX, "V", m(r(0.2, -0.4, 0.1), r(0.5, 0.3, -0.6), r(-0.1, 0.7, 0.4)), "c", m(r(0.0, 0.1, -0.2)))));
        Node probs = net.forward(Node.constant(X));
        assertClose(r(0.39512384369359344, 0.2683695208975328, 0.33650663540887377, 0.32865640050678363, 0.44764392200483233,
                0.22369967748838415, 0.38373047350926875, 0.3971837815530191, 0.2190857449377122), probs.value(), TOL);
        Node ce = Loss.CROSS_ENTROPY.apply(probs, Node.constant(m(r(2), r(0), r(1))));
        assertEquals(1.0417453466988373, ce.value().item(), TOL);
        Graph.backward(ce);
        assertClose(r(0.08999914016290392, -0.17190883020159578, -0.0016459899031832956, 0.059423698832316456,
                0.03253484723274641, -0.058952205775492435, -0.013386529945442633, 0.02002011209473434, -0.06285575950948699,
                0.12413652618148568, -0.006343944318592798, -0.04410441848355395), net.layer("h1").weights().grad(), TOL);
        assertClose(r(0.1646062590152753, 0.11180115696313495, -0.27640741597841023, -0.03045595116096761,
                -0.01759152371839888, 0.04804747487936649, -0.03324721184366837, 0.0804566691342008, -0.047209457290532414),
                net.layer("out").weights().grad(), TOL);
        assertClose(r(0.03583690590321523, 0.03773240815179474, -0.07356931405500997), net.layer("out").bias().grad(), TOL);
    }

    private static Network trainThreeSteps(Optimizer opt) {
        Network net = sigmoidNet();
        for (int i = 0; i < 3; i++) {
            Graph.zeroGrad(net.params());
            Graph.backward(mseLoss(net));
            opt.step(net.params());
        }
        return net;
    }

    @Test void momentumStepsMatchPyTorch() {
        Network net = trainThreeSteps(new Momentum(0.1, 0.9));
        assertClose(r(0.21561877001005864, -0.12064565211429501, 0.3926071628758516, 0.30959911133452644, -0.5047687339306974,
                0.591387572336763, 0.11441239236774589, -0.20199431977038124, 0.2977471633285291, 0.23407683032147347,
                -0.4108466482044436, 0.49917554829540156), net.layer(0).weights().value(), TOL);
        assertClose(r(-0.08092625859073403, 0.22010162456279161), net.layer(2).bias().value(), TOL);
    }

    @Test void adamStepsMatchPyTorch() {
        Network net = trainThreeSteps(new Adam(0.01));
        assertClose(r(0.22605320073399893, -0.13000817839027026, 0.37058656021165987, 0.3233774470735564, -0.529837268199501,
                0.5700287545794427, 0.12998892243080956, -0.2293465909575102, 0.2832643019889814, 0.229988679629669,
                -0.4300308279715207, 0.4853029609280812), net.layer(0).weights().value(), TOL);
        assertClose(r(-0.07005184867798893, 0.23000338929499842), net.layer(2).bias().value(), TOL);
    }
}
