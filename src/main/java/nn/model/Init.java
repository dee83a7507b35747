package nn.model;

import nn.i18n.Messages;

import java.util.Locale;
import nn.tensor.Matrix;
import nn.tensor.Rng;

/**
 * How a layer's weights start, seeded and bit-identical on every machine (the project's SplitMix64
 * {@link Rng} and {@link nn.tensor.Fdlibm}). Weights are drawn row by row, layer by layer, from one generator;
 * biases start at 0 (as in Keras). The choices, as {@code init = …} names them:
 * <ul>
 *   <li>{@code he}: He normal, N(0, √(2 / fan_in)) — keeps the variance of relu outputs steady through depth;
 *   <li>{@code xavier}: Xavier/Glorot uniform, U(−a, a) with a = √(6 / (fan_in + fan_out));
 *   <li>{@code zeros}: all 0 (every unit of a layer then learns the same thing: for experiments);
 *   <li>{@code normal(std = 0.01)}: N(0, std); {@code uniform(-0.1, 0.1)}: U(lo, hi).
 * </ul>
 * Without {@code init} a layer gets {@link #defaultFor its activation's default}: he for relu and its
 * relatives (leaky_relu, elu, softplus, gelu), xavier for the rest.
 */
public sealed interface Init {
    /** Fresh in×out weights. */
    Matrix weights(int in, int out, Rng rng);

    /** How the language writes it: {@code he}, {@code normal(std = 0.01)}. */
    String describe();

    record He() implements Init {
        @Override public Matrix weights(int in, int out, Rng rng) { return rng.normal(in, out, 0.0, StrictMath.sqrt(2.0 / in)); }
        @Override public String describe() { return "he"; }
    }

    record Xavier() implements Init {
        @Override public Matrix weights(int in, int out, Rng rng) {
            double a = StrictMath.sqrt(6.0 / (in + out));
            return rng.uniform(in, out, -a, a);
        }
        @Override public String describe() { return "xavier"; }
    }

    record Zeros() implements Init {
        @Override public Matrix weights(int in, int out, Rng rng) { return Matrix.zeros(in, out); }
        @Override public String describe() { return "zeros"; }
    }

    record Normal(double std) implements Init {
        public Normal {
            if (!(std > 0) || Double.isInfinite(std)) throw new ModelException(Messages.t("model.normal-std", Numbers.text(std)));
        }
        @Override public Matrix weights(int in, int out, Rng rng) { return rng.normal(in, out, 0.0, std); }
        @Override public String describe() { return "normal(std = " + Numbers.text(std) + ")"; }
    }

    record Uniform(double lo, double hi) implements Init {
        public Uniform {
            if (!(lo < hi) || Double.isInfinite(lo) || Double.isInfinite(hi))
                throw new ModelException(Messages.t("model.uniform-range", Numbers.text(lo), Numbers.text(hi)));
        }
        @Override public Matrix weights(int in, int out, Rng rng) { return rng.uniform(in, out, lo, hi); }
        @Override public String describe() { return "uniform(" + Numbers.text(lo) + ", " + Numbers.text(hi) + ")"; }
    }

    Init HE = new He(), XAVIER = new Xavier(), ZEROS = new Zeros();

    /** The initialiser a layer gets without {@code init}: he for the relu family, xavier otherwise. */
    static Init defaultFor(Activation activation) {
        return switch (activation) {
            case RELU, LEAKY_RELU, ELU, SOFTPLUS, GELU -> HE;
            case SIGMOID, TANH, LINEAR, SOFTMAX, STEP -> XAVIER;
        };
    }

    /** An initialiser named by a word alone (he, xavier, zeros), or null. */
    static Init named(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he" -> HE;
            case "xavier", "glorot" -> XAVIER;
            case "zeros" -> ZEROS;
            default -> null;
        };
    }

    /** Fresh weights for a layer with the given activation, by its default scheme. */
    static Matrix weights(Activation activation, int in, int out, Rng rng) { return defaultFor(activation).weights(in, out, rng); }
}
