package nn.model;

import nn.tensor.Matrix;

/**
 * The one rule that turns a network's outputs into classes, shared by predict, accuracy, confusion,
 * training accuracy and the boundary and region plots.
 *
 * <p>Several outputs: the index of the largest (the first on ties). One output, two classes: the cut
 * depends on what the output layer gives. Probabilities and 0/1 firings (sigmoid, softmax, step,
 * and relu and softplus, which are never negative) are class 1 from 0.5 on; scores centred on 0 (tanh,
 * linear, and leaky_relu, elu and gelu, which go below 0)
 * are class 1 from 0 on, the sign, as a tanh unit's −1/1 targets say. One output and more than two
 * classes (regression onto class numbers): the nearest class. NaN is class 0.
 */
public final class ClassDecision {
    private ClassDecision() {}

    /** Where a single output of {@code activation} turns from class 0 to class 1. */
    public static double cut(Activation activation) {
        return switch (activation) {
            case TANH, LINEAR, LEAKY_RELU, ELU, GELU -> 0;
            case SIGMOID, SOFTMAX, STEP, RELU, SOFTPLUS -> 0.5;
        };
    }

    /** The class of each row of {@code outputs} from an output layer of {@code activation}, for {@code classes} classes. */
    public static int[] classes(Activation activation, Matrix outputs, int classes) {
        int m = outputs.rows(), k = outputs.cols();
        double[] y = outputs.data();
        int[] out = new int[m];
        if (k == 1) {
            int top = Math.max(classes, 2) - 1;
            double cut = cut(activation);
            for (int r = 0; r < m; r++) {
                double v = y[r];
                if (Double.isNaN(v)) out[r] = 0;
                else if (top == 1) out[r] = v >= cut ? 1 : 0;
                else out[r] = (int) Math.max(0, Math.min(top, Math.floor(v + 0.5)));
            }
            return out;
        }
        for (int r = 0; r < m; r++) {
            int best = 0;
            for (int c = 1; c < k; c++) if (y[r * k + c] > y[r * k + best]) best = c;
            out[r] = best;
        }
        return out;
    }
}
