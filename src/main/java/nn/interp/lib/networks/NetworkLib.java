package nn.interp.lib.networks;

import static nn.interp.lib.Param.of;
import static nn.interp.lib.Param.optional;

import java.util.List;
import nn.interp.Value;
import nn.model.Activation;
import nn.interp.lib.Area;
import nn.interp.lib.Builtin;
import nn.interp.lib.Type;

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
}
