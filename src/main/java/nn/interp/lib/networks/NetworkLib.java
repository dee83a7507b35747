package nn.interp.lib.networks;

import nn.i18n.Messages;
import static nn.interp.lib.Param.of;
import static nn.interp.lib.Param.optional;

import java.util.List;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;
import nn.interp.lib.Area;
import nn.interp.lib.Args;
import nn.interp.lib.Builtin;
import nn.interp.lib.Field;
import nn.interp.lib.Holder;
import nn.interp.lib.Impl;
import nn.interp.lib.Param;
import nn.interp.lib.Type;
import nn.interp.lib.graph.GraphFeatures;
import nn.model.Activation;
import nn.model.Dense;
import nn.model.Init;
import nn.model.ModelException;
import nn.model.Network;

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
            throw new RuntimeError(a.span("rate"), Messages.t("networks.bad-dropout-rate", nn.tensor.Decimals.number(r, 10)),
                    Messages.t("networks.bad-dropout-rate-hint"));
        return r;
    }

    private static Value init(Args a, java.util.function.Supplier<Init> make) {
        try {
            return new Value.InitV(make.get());
        } catch (ModelException e) {
            throw new RuntimeError(a.callSpan(), e.getMessage());
        }
    }


    private static Network net(Value v) { return ((Value.NetworkV) v).network(); }

    private static Dense layer(Value v) { return ((Value.LayerV) v).layer(); }

    private static Value bias(Interpreter in, Value v) {
        if (!layer(v).hasBias()) throw new RuntimeError(Messages.t("networks.no-bias", layer(v).name()));
        return GraphFeatures.tracked(in, layer(v).bias());
    }

    /** The fields of a network (its layers are reached by name too: {@code net.dense1}) and of a layer. */
    public static final List<Field> FIELDS = List.of(
            Field.of("weights", Holder.NETWORK, "list of parameters", "each layer's weight matrix (parameters)", (in, v) -> new Value.ListV(
                    net(v).layers().stream().map(l -> GraphFeatures.tracked(in, l.weights())).toList())),
            Field.of("biases", Holder.NETWORK, "list of parameters", "each layer's bias row (parameters)", (in, v) -> new Value.ListV(net(v).layers().stream()
                    .filter(Dense::hasBias).map(l -> GraphFeatures.tracked(in, l.bias())).toList())),
            Field.of("layers", Holder.NETWORK, "list of layers", "the layers, in order", (in, v) -> new Value.ListV(
                    net(v).layers().stream().map(l -> (Value) new Value.LayerV(l)).toList())),
            Field.of("params", Holder.NETWORK, "list of parameters", "every parameter: weights and biases", (in, v) -> new Value.ListV(
                    net(v).params().stream().map(p -> GraphFeatures.tracked(in, p)).toList())),
            Field.of("inputs", Holder.NETWORK, "number", "how many inputs a row has", (in, v) -> new Value.Num(net(v).inputSize())),
            Field.of("outputs", Holder.NETWORK, "number", "how many outputs a row gives", (in, v) -> new Value.Num(net(v).outputSize())),
            Field.of("weights", Holder.LAYER, "parameter", "the weight matrix, inputs × units (a parameter; W for short)",
                    (in, v) -> GraphFeatures.tracked(in, layer(v).weights())),
            Field.of("W", Holder.LAYER, "parameter", "the weight matrix (as weights)", (in, v) -> GraphFeatures.tracked(in, layer(v).weights())),
            Field.of("bias", Holder.LAYER, "parameter", "the bias row (a parameter; b for short)", NetworkLib::bias),
            Field.of("b", Holder.LAYER, "parameter", "the bias row (as bias)", NetworkLib::bias),
            Field.of("units", Holder.LAYER, "number", "how many units", (in, v) -> new Value.Num(layer(v).units())),
            Field.of("activation", Holder.LAYER, "string", "the activation's name", (in, v) -> new Value.Str(layer(v).activation().word())),
            Field.of("dropout", Holder.LAYER, "number", "the rate at which training drops the layer's outputs (0: none)",
                    (in, v) -> new Value.Num(layer(v).dropout())));
}
