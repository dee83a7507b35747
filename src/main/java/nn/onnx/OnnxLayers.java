package nn.onnx;

import nn.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import nn.model.Dense;
import nn.model.Network;
import nn.model.logic.LinearUnit;
import nn.model.logic.Perceptron;
import nn.model.logic.ThresholdNetwork;
import nn.model.logic.ThresholdUnit;
import nn.tensor.Matrix;

/** nn's models as the layers {@link OnnxModel} writes: trained networks, and threshold units and networks (gates). */
public final class OnnxLayers {
    private OnnxLayers() {}

    public static List<OnnxModel.Layer> of(Network net) {
        List<OnnxModel.Layer> out = new ArrayList<>();
        for (Dense d : net.layers()) {
            double[][] w = rows(d.weights().value());
            double[] b = d.hasBias() ? rows(d.bias().value())[0] : null;
            OnnxModel.Activation act = switch (d.activation()) {
                case STEP -> new OnnxModel.Fires(new double[d.units()]);  // 1 where z ≥ 0
                case SIGMOID, TANH, RELU, SOFTMAX, LINEAR, LEAKY_RELU, ELU, SOFTPLUS, GELU -> new OnnxModel.Plain(d.activation().word());
            };
            out.add(new OnnxModel.Layer(d.name(), w, b, act));
        }
        return out;
    }

    /** Each layer's units fire where their weighted sum reaches their threshold (no bias). */
    public static List<OnnxModel.Layer> of(ThresholdNetwork net) {
        List<OnnxModel.Layer> out = new ArrayList<>();
        for (int l = 0; l < net.layers().size(); l++) {
            List<ThresholdUnit> units = net.layers().get(l).units();
            int in = units.get(0).weights().length;
            double[][] w = new double[in][units.size()];
            double[] t = new double[units.size()];
            for (int u = 0; u < units.size(); u++) {
                double[] uw = units.get(u).weights();
                for (int i = 0; i < in; i++) w[i][u] = uw[i];
                t[u] = units.get(u).threshold();
            }
            out.add(new OnnxModel.Layer("layer" + (l + 1), w, null, new OnnxModel.Fires(t)));
        }
        return out;
    }

    public static List<OnnxModel.Layer> of(ThresholdUnit unit) { return of(ThresholdNetwork.of(unit)); }

    /** Fires where w·x + b > 0, as {@link Perceptron#step} does: at exactly 0 it does not. */
    public static List<OnnxModel.Layer> of(Perceptron p) {
        return List.of(new OnnxModel.Layer("perceptron", column(p.weights()), new double[] {p.bias()},
                new OnnxModel.Fires(new double[1], true)));
    }

    public static List<OnnxModel.Layer> of(LinearUnit u) {
        return List.of(new OnnxModel.Layer("linear", column(u.weights()), null, new OnnxModel.Plain("linear")));
    }

    private static double[][] column(double[] w) {
        double[][] out = new double[w.length][1];
        for (int i = 0; i < w.length; i++) out[i][0] = w[i];
        return out;
    }

    private static double[][] rows(Matrix m) {
        double[][] out = new double[m.rows()][m.cols()];
        for (int r = 0; r < m.rows(); r++) for (int c = 0; c < m.cols(); c++) out[r][c] = m.get(r, c);
        return out;
    }

    /** The first weight, bias or threshold that float32 cannot carry (NaN, infinite, or beyond float's range), or null. */
    public static String unrepresentable(List<OnnxModel.Layer> layers) {
        for (OnnxModel.Layer l : layers) {
            for (double[] row : l.weights()) for (double v : row) if (!fits(v)) return Messages.t("onnx.weight-unrepresentable", l.name(), nn.tensor.Decimals.number(v));
            if (l.bias() != null) for (double v : l.bias()) if (!fits(v)) return Messages.t("onnx.bias-unrepresentable", l.name(), nn.tensor.Decimals.number(v));
            if (l.activation() instanceof OnnxModel.Fires f)
                for (double v : f.thresholds()) if (!fits(v)) return Messages.t("onnx.threshold-unrepresentable", l.name(), nn.tensor.Decimals.number(v));
        }
        return null;
    }

    private static boolean fits(double v) { return Double.isFinite(v) && Float.isFinite((float) v); }
}
