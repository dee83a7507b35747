package nn.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import nn.graph.op.Elu;
import nn.graph.op.Gelu;
import nn.graph.op.LeakyRelu;
import nn.graph.op.Softplus;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

/**
 * leaky_relu, elu, softplus and gelu, values and gradients, against PyTorch 1.13 (Debian's python3-torch,
 * float64), computed with /usr/bin/python3:
 * <pre>
 * import torch
 * torch.set_default_dtype(torch.float64)
 * x = torch.tensor([-25.0, -3.0, -1.0, -0.5, 0.0, 0.25, 1.0, 2.5, 21.0], requires_grad=True)
 * for name, f in [("leaky_relu", lambda x: torch.nn.functional.leaky_relu(x, 0.01)),
 *                 ("leaky_relu_0.2", lambda x: torch.nn.functional.leaky_relu(x, 0.2)),
 *                 ("elu", lambda x: torch.nn.functional.elu(x)), ("elu_0.5", lambda x: torch.nn.functional.elu(x, 0.5)),
 *                 ("softplus", torch.nn.functional.softplus), ("gelu", torch.nn.functional.gelu)]:
 *     x.grad = None
 *     y = f(x); y.sum().backward()
 *     print(name, "y", [float(v) for v in y.detach()]); print(name, "g", [float(v) for v in x.grad])
 * </pre>
 */
class ActivationReferenceTest {
    private static final double TOL = 1e-9;
    private static final double[] X = {-25.0, -3.0, -1.0, -0.5, 0.0, 0.25, 1.0, 2.5, 21.0};

    private static void check(Function<Node, Node> op, double[] y, double[] g) {
        Node x = Node.param(new Matrix(1, X.length, X.clone()), "x");
        Node out = op.apply(x);
        Graph.backward(Ops.sum(out));
        for (int i = 0; i < X.length; i++) {
            assertEquals(y[i], out.value().data()[i], TOL, "value at " + X[i]);
            assertEquals(g[i], x.grad().data()[i], TOL, "gradient at " + X[i]);
        }
    }

    @Test void leakyReluMatchesPyTorch() {
        check(a -> Ops.apply(new LeakyRelu(0.01), a),
                new double[] {-0.25, -0.03, -0.01, -0.005, 0.0, 0.25, 1.0, 2.5, 21.0},
                new double[] {0.01, 0.01, 0.01, 0.01, 0.01, 1.0, 1.0, 1.0, 1.0});
        check(a -> Ops.apply(new LeakyRelu(0.2), a),
                new double[] {-5.0, -0.6000000000000001, -0.2, -0.1, 0.0, 0.25, 1.0, 2.5, 21.0},
                new double[] {0.2, 0.2, 0.2, 0.2, 0.2, 1.0, 1.0, 1.0, 1.0});
    }

    @Test void eluMatchesPyTorch() {
        check(a -> Ops.apply(new Elu(1), a),
                new double[] {-0.9999999999861121, -0.950212931632136, -0.6321205588285577, -0.3934693402873666, 0.0, 0.25, 1.0, 2.5, 21.0},
                new double[] {1.3887943864964021e-11, 0.049787068367863944, 0.36787944117144233, 0.6065306597126334, 1.0, 1.0, 1.0, 1.0, 1.0});
        check(a -> Ops.apply(new Elu(0.5), a),
                new double[] {-0.49999999999305605, -0.475106465816068, -0.31606027941427883, -0.1967346701436833, 0.0, 0.25, 1.0, 2.5, 21.0},
                new double[] {6.9439719324820104e-12, 0.024893534183931972, 0.18393972058572117, 0.3032653298563167, 0.5, 1.0, 1.0, 1.0, 1.0});
    }

    @Test void softplusMatchesPyTorchIncludingAboveItsThreshold() {
        check(a -> Ops.apply(new Softplus(), a),
                new double[] {1.3887943864867583e-11, 0.04858735157374206, 0.31326168751822286, 0.4740769841801067, 0.6931471805599453,
                        0.8259394198788436, 1.3132616875182228, 2.5788897342925496, 21.0},
                new double[] {1.3887943864771146e-11, 0.04742587317756679, 0.2689414213699951, 0.37754066879814546, 0.5,
                        0.5621765008857981, 0.7310585786300049, 0.9241418199787564, 1.0});
    }

    @Test void geluMatchesPyTorchsExactForm() {
        check(a -> Ops.apply(new Gelu(), a),
                new double[] {-0.0, -0.00404969409489031, -0.15865525393145702, -0.15426876936299344, 0.0, 0.14967658142073093,
                        0.841344746068543, 2.4844758366855597, 21.0},
                new double[] {-1.9134824341048484e-135, -0.01194564720418392, -0.08331547058768635, 0.13250487534383712, 0.5,
                        0.695373354883636, 1.0833154705876864, 1.037611085908145, 1.0});
    }
}
