package nn.interp.lib.networks;

import static nn.interp.lib.Param.of;
import static nn.interp.lib.Param.optional;

import java.util.List;
import nn.interp.RuntimeError;
import nn.interp.lib.Area;
import nn.interp.lib.Args;
import nn.interp.lib.Builtin;
import nn.interp.lib.Impl;
import nn.interp.lib.Param;
import nn.interp.lib.Type;
import nn.interp.Value;
import nn.model.Activation;
import nn.model.Init;
import nn.model.ModelException;

/**
 * The layers a network is built from ({@code network net = 2 -> dense(4, tanh) -> dropout(0.2) -> dense(1, sigmoid)})
 * and the initialisers their weights start from ({@code init = he}).
 */
public final class NetworkLib {
    private NetworkLib() {}

    private static Builtin fn(String name, String doc, String example, Impl impl, Param... params) {
        return new Builtin(name, Area.NETWORKS, List.of(params), doc, example, impl);
    }

    public static final List<Builtin> BUILTINS = List.of(
            fn("dense", "a fully connected layer of units (activation: step, sigmoid, tanh, relu, leaky_relu, elu, softplus, gelu, "
                            + "linear or softmax; linear if left out; init: he, xavier, zeros, normal(std) or uniform(lo, hi), "
                            + "he for the relu family and xavier otherwise if left out)",
                    "network net = 2 -> dense(4, tanh) -> dense(1, sigmoid)",
                    (in, a) -> new Value.LayerSpec(a.positive("units"),
                            a.has("activation") ? NetworkFeatures.activation(a.value("activation"), a.span("activation")) : Activation.LINEAR,
                            a.bool("bias", true), a.has("init") ? NetworkFeatures.init(a.value("init"), a.span("init")) : null),
                    of("units", Type.WHOLE), optional("activation", Type.ACTIVATION), optional("bias", Type.BOOL, true),
                    optional("init", Type.ANY)),
            fn("dropout", "after a layer in a chain: that layer's outputs are dropped at this rate in training "
                            + "(kept ones scaled by 1/(1 − rate), as PyTorch); nothing is dropped outside training",
                    "network net = 784 -> dense(128, relu) -> dropout(0.2) -> dense(10)",
                    (in, a) -> new Value.DropoutSpec(rate(a)), of("rate", Type.NUMBER)),
            fn("he", "He normal initialisation, N(0, √(2 / inputs)): the default for relu, leaky_relu, elu, softplus and gelu layers",
                    "dense(64, relu, init = he)", (in, a) -> new Value.InitV(Init.HE)),
            fn("xavier", "Xavier (Glorot) uniform initialisation, U(−a, a) with a = √(6 / (inputs + units)): the default for the other activations",
                    "dense(4, tanh, init = xavier)", (in, a) -> new Value.InitV(Init.XAVIER)),
            fn("normal", "weights drawn from N(0, std), for init", "dense(4, relu, init = normal(std = 0.01))",
                    (in, a) -> init(a, () -> new Init.Normal(a.number("std"))), optional("std", Type.NUMBER, 0.01)),
            fn("uniform", "weights drawn uniformly from [lo, hi), for init", "dense(4, tanh, init = uniform(-0.1, 0.1))",
                    (in, a) -> init(a, () -> new Init.Uniform(a.number("lo"), a.number("hi"))),
                    optional("lo", Type.NUMBER, -0.1), optional("hi", Type.NUMBER, 0.1)));

    private static double rate(Args a) {
        double r = a.number("rate");
        if (!(r >= 0 && r < 1))
            throw new RuntimeError(a.span("rate"), "a dropout rate must be in [0, 1), got " + nn.tensor.Decimals.number(r, 10),
                    "it is the fraction of outputs dropped: 0.2 drops one in five; 0 drops none");
        return r;
    }

    private static Value init(Args a, java.util.function.Supplier<Init> make) {
        try {
            return new Value.InitV(make.get());
        } catch (ModelException e) {
            throw new RuntimeError(a.callSpan(), e.getMessage());
        }
    }
}
