package nn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Supplier;
import nn.graph.Graph;
import nn.graph.Node;
import nn.graph.Ops;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

/**
 * Learning-rate schedules, weight decay (sgd, momentum, adam, adamw) and gradient clipping against
 * PyTorch 1.13 (Debian's python3-torch, float64), computed with /usr/bin/python3:
 * <pre>
 * import torch
 * torch.set_default_dtype(torch.float64)
 * t = torch.tensor
 * W = torch.nn.Parameter(t([[0.5]]))
 * for name, mk in [("step", lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5)),
 *                  ("exponential", lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.9)),
 *                  ("cosine", lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=10, eta_min=0.01))]:
 *     o = torch.optim.SGD([W], lr=0.5); s = mk(o); lrs = []
 *     for e in range(12):
 *         lrs.append(o.param_groups[0]["lr"]); o.step(); s.step()
 *     print("schedule", name, lrs)
 * X = t([[0.5, -1.0], [1.5, 0.25], [-0.3, 0.8]])
 * T = t([[1.0], [0.0], [1.0]])
 * W0 = t([[0.2, -0.4, 0.1], [0.5, 0.3, -0.6]]); b0 = t([[0.1, -0.2, 0.05]]); V0 = t([[0.3], [-0.7], [0.8]])
 * for name, mk, clip in [("sgd_wd", lambda ps: torch.optim.SGD(ps, lr=0.1, weight_decay=0.01), None),
 *                  ("momentum_wd", lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9, weight_decay=0.01), None),
 *                  ("adam_wd", lambda ps: torch.optim.Adam(ps, lr=0.01, weight_decay=0.01), None),
 *                  ("adamw", lambda ps: torch.optim.AdamW(ps, lr=0.01, weight_decay=0.1), None),
 *                  ("sgd_clip", lambda ps: torch.optim.SGD(ps, lr=0.1), 0.5)]:
 *     ps = [p.clone().requires_grad_(True) for p in [W0, b0, V0]]
 *     opt = mk(ps)
 *     for _ in range(3):
 *         opt.zero_grad()
 *         y = torch.sigmoid(torch.tanh(X @ ps[0] + ps[1]) @ ps[2])
 *         ((y - T) ** 2).mean().backward()
 *         if clip: torch.nn.utils.clip_grad_norm_(ps, clip)
 *         opt.step()
 *     print(name, "W", [float(v) for v in ps[0].detach().flatten()]); print(name, "V", [float(v) for v in ps[2].detach().flatten()])
 * </pre>
 */
class TrainingKnobsReferenceTest {
    private static final double TOL = 1e-9;

    private static void rates(Schedule s, int runEpochs, double... expected) {
        for (int e = 1; e <= expected.length; e++) assertEquals(expected[e - 1], s.rate(0.5, e, runEpochs), TOL, s.describe() + " epoch " + e);
    }

    @Test void stepScheduleMatchesStepLR() {
        rates(new Schedule.Step(3, 0.5), 12, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.125, 0.125, 0.125, 0.0625, 0.0625, 0.0625);
    }

    @Test void exponentialScheduleMatchesExponentialLR() {
        rates(new Schedule.Exponential(0.9), 12, 0.5, 0.45, 0.405, 0.36450000000000005, 0.32805000000000006, 0.2952450000000001,
                0.2657205000000001, 0.23914845000000007, 0.21523360500000008, 0.19371024450000007, 0.17433922005000008, 0.15690529804500009);
    }

    @Test void cosineScheduleMatchesCosineAnnealingLRPastItsPeriodToo() {
        double[] torch = {0.5, 0.48800884649231263, 0.4532091636218621, 0.39900738681165593, 0.33070916362186215, 0.255,
                0.17929083637813792, 0.11099261318834411, 0.05679083637813791, 0.021991153507687385, 0.01, 0.021991153507687385};
        rates(new Schedule.Cosine(10, 0.01), 1000, torch);
        rates(new Schedule.Cosine(0, 0.01), 10, torch);  // T left out: the run's epochs
    }

    /** Three full-batch steps of mse on a tanh–sigmoid network, optionally clipping the gradient first. */
    private static List<Node> threeSteps(Supplier<Optimizer> make, double clip) {
        Matrix x = m(r(0.5, -1.0), r(1.5, 0.25), r(-0.3, 0.8)), t = m(r(1.0), r(0.0), r(1.0));
        Node w = Node.param(m(r(0.2, -0.4, 0.1), r(0.5, 0.3, -0.6)), "W"), b = Node.param(m(r(0.1, -0.2, 0.05)), "b"),
                v = Node.param(m(r(0.3), r(-0.7), r(0.8)), "V");
        List<Node> ps = List.of(w, b, v);
        Optimizer opt = make.get();
        for (int i = 0; i < 3; i++) {
            Graph.zeroGrad(ps);
            Node y = Ops.sigmoid(Ops.matmul(Ops.tanh(Ops.add(Ops.matmul(Node.constant(x), w), b)), v));
            Graph.backward(Ops.mse(y, Node.constant(t)));
            if (clip > 0) Trainer.clipGradients(ps, clip);
            opt.step(ps);
        }
        return ps;
    }

    private static void weights(List<Node> ps, double[] w, double[] v) {
        for (int i = 0; i < w.length; i++) assertEquals(w[i], ps.get(0).value().data()[i], TOL, "W[" + i + "]");
        for (int i = 0; i < v.length; i++) assertEquals(v[i], ps.get(2).value().data()[i], TOL, "V[" + i + "]");
    }

    @Test void sgdWeightDecayIsAnL2TermInTheGradient() {
        weights(threeSteps(() -> new Sgd(0.1, Schedule.CONSTANT, 0.01), 0),
                new double[] {0.18894165673110513, -0.37687443150855354, 0.06228135937405876, 0.49879769282329345, 0.29276002117786587, -0.5960337510858313},
                new double[] {0.29289014755216874, -0.6833927516180756, 0.79251360052428});
    }

    @Test void momentumWeightDecayMatchesPyTorch() {
        weights(threeSteps(() -> new Momentum(0.1, 0.9, Schedule.CONSTANT, 0.01), 0),
                new double[] {0.1792977611002747, -0.35673306932818843, 0.029422994168365642, 0.4977693806425515, 0.2864190765032021, -0.5925537114242431},
                new double[] {0.2866782397728026, -0.6688215563442733, 0.7858072186742024});
    }

    @Test void adamWeightDecayMatchesPyTorch() {
        weights(threeSteps(() -> new Adam(0.01, 0.9, 0.999, 1e-8, Schedule.CONSTANT, 0.01, false), 0),
                new double[] {0.17003903775301202, -0.37001644445009535, 0.07001443082195488, 0.4699506333050463, 0.27004090716090773, -0.5700076961090788},
                new double[] {0.2700655375149598, -0.6700529031977924, 0.7701352709980314});
    }

    @Test void adamwDecaysTheWeightsDecoupled() {
        weights(threeSteps(() -> new Adam(0.01, 0.9, 0.999, 1e-8, Schedule.CONSTANT, 0.1, true), 0),
                new double[] {0.1694777713770871, -0.36884883581855527, 0.06974595256760449, 0.5237211231528909, 0.2691881965096772, -0.5682655973671455},
                new double[] {0.26919266425789506, -0.6679986216144044, 0.7678812686618747});
    }

    @Test void clippingByNormMatchesClipGradNorm() {
        weights(threeSteps(() -> new Sgd(0.1), 0.5),
                new double[] {0.18952169163866642, -0.3780371556243623, 0.06249677260702698, 0.500302311832131, 0.29362849080056647, -0.5978157411688444},
                new double[] {0.2937842226402277, -0.6854502362609708, 0.7948862008721483});
    }

    private static double[] r(double... v) { return v; }

    private static Matrix m(double[]... rows) {
        double[] d = new double[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) System.arraycopy(rows[i], 0, d, i * rows[0].length, rows[0].length);
        return new Matrix(rows.length, rows[0].length, d);
    }
}
