package nn.interp.lib;

import static nn.interp.lib.Param.of;
import static nn.interp.lib.Param.optional;

import java.util.List;
import nn.interp.NetworkFeatures;
import nn.interp.Value;
import nn.model.Activation;

/** The layers a network is built from: {@code network net = 2 -> dense(4, tanh) -> dense(1, sigmoid)}. */
final class NetworkLib {
    private NetworkLib() {}

    static final List<Builtin> BUILTINS = List.of(
            new Builtin("dense", Area.NETWORKS, List.of(of("units", Type.WHOLE), optional("activation", Type.ACTIVATION),
                    optional("bias", Type.BOOL, true)),
                    "a fully connected layer of units (activation: step, sigmoid, tanh, relu, linear or softmax; linear if left out)",
                    "network net = 2 -> dense(4, tanh) -> dense(1, sigmoid)",
                    (in, a) -> new Value.LayerSpec(a.positive("units"),
                            a.has("activation") ? NetworkFeatures.activation(a.value("activation"), a.span("activation")) : Activation.LINEAR,
                            a.bool("bias", true))));
}
