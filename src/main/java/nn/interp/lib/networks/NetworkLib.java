package nn.interp.lib.networks;

import static nn.interp.lib.Param.of;
import static nn.interp.lib.Param.optional;

import java.util.List;
import nn.interp.Value;
import nn.model.Activation;
import nn.interp.lib.Area;
import nn.interp.lib.Builtin;
import nn.interp.lib.Type;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.lib.Field;
import nn.interp.lib.Holder;
import nn.interp.lib.graph.GraphFeatures;
import nn.model.Dense;
import nn.model.Network;

/** The layers a network is built from: {@code network net = 2 -> dense(4, tanh) -> dense(1, sigmoid)}. */
public final class NetworkLib {
    private NetworkLib() {}

    public static final List<Builtin> BUILTINS = List.of(
            new Builtin("dense", Area.NETWORKS, List.of(of("units", Type.WHOLE), optional("activation", Type.ACTIVATION),
                    optional("bias", Type.BOOL, true)),
                    "a fully connected layer of units (activation: step, sigmoid, tanh, relu, linear or softmax; linear if left out)",
                    "network net = 2 -> dense(4, tanh) -> dense(1, sigmoid)",
                    (in, a) -> new Value.LayerSpec(a.positive("units"),
                            a.has("activation") ? NetworkFeatures.activation(a.value("activation"), a.span("activation")) : Activation.LINEAR,
                            a.bool("bias", true))));

    private static Network net(Value v) { return ((Value.NetworkV) v).network(); }

    private static Dense layer(Value v) { return ((Value.LayerV) v).layer(); }

    private static Value bias(Interpreter in, Value v) {
        if (!layer(v).hasBias()) throw new RuntimeError("the layer " + layer(v).name() + " has no bias");
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
            Field.of("activation", Holder.LAYER, "string", "the activation's name", (in, v) -> new Value.Str(layer(v).activation().word())));
}
