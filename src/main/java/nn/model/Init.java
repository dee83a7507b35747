package nn.model;

import nn.tensor.Matrix;
import nn.tensor.Rng;

/**
 * Seeded weight initialisation, bit-identical on every machine (the project's SplitMix64 {@link Rng}
 * and {@link StrictMath}). Which scheme a layer gets depends on its activation:
 * <ul>
 *   <li>relu: He normal, N(0, √(2 / fan_in)) — keeps the variance of relu outputs steady through depth;
 *   <li>sigmoid, tanh, linear, softmax and step: Xavier/Glorot uniform, U(−a, a) with a = √(6 / (fan_in + fan_out)).
 * </ul>
 * Biases start at 0 (as in Keras). Weights are drawn row by row, layer by layer, from one generator.
 */
public final class Init {
    private Init() {}

    public enum Scheme { XAVIER_UNIFORM, HE_NORMAL }

    public static Scheme schemeFor(Activation activation) {
        return switch (activation) {
            case RELU -> Scheme.HE_NORMAL;
            case SIGMOID, TANH, LINEAR, SOFTMAX, STEP -> Scheme.XAVIER_UNIFORM;
        };
    }

    /** Fresh in×out weights for a layer with the given activation. */
    public static Matrix weights(Activation activation, int in, int out, Rng rng) {
        return switch (schemeFor(activation)) {
            case XAVIER_UNIFORM -> xavierUniform(in, out, rng);
            case HE_NORMAL -> heNormal(in, out, rng);
        };
    }

    public static Matrix xavierUniform(int in, int out, Rng rng) {
        double a = StrictMath.sqrt(6.0 / (in + out));
        return rng.uniform(in, out, -a, a);
    }

    public static Matrix heNormal(int in, int out, Rng rng) {
        return rng.normal(in, out, 0.0, StrictMath.sqrt(2.0 / in));
    }
}
