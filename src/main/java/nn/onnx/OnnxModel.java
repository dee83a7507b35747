package nn.onnx;

import nn.i18n.Messages;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * A feed-forward network as an ONNX model (IR version 8, opset 17, float32): input {@code "input"} of shape
 * [batch, inputs], output {@code "output"} of shape [batch, outputs]. Each layer is z = x W (+ b) — {@code Gemm}
 * with a bias, {@code MatMul} without — then its activation: Sigmoid, Tanh, Relu, Softmax (axis 1), LeakyRelu, Elu, Softplus, gelu
 * spelt out with Erf (Gelu itself needs opset 20), nothing
 * for linear, and a threshold unit's firing as a comparison ({@code GreaterOrEqual}; for a
 * perceptron's z ≥ 0) against its thresholds followed by {@code Cast} to float.
 */
public final class OnnxModel {
    private OnnxModel() {}

    public static final long IR_VERSION = 8;
    public static final long OPSET = 17;
    private static final int FLOAT = 1;

    /** What a layer does after z = x W (+ b). */
    public sealed interface Activation permits Plain, Fires { }

    /** A differentiable activation: sigmoid, tanh, relu, softmax, or linear (none). */
    public record Plain(String kind) implements Activation {
        public Plain {
            if (!List.of("sigmoid", "tanh", "relu", "softmax", "linear", "leaky_relu", "elu", "softplus", "gelu").contains(kind))
                throw new IllegalArgumentException(Messages.t("internal.onnx-no-operator", kind));
        }
    }

    /**
     * 1 where z reaches its threshold, else 0, per unit: z ≥ threshold for McCulloch–Pitts units and the step
     * activation; z > threshold ({@code strict}) for Rosenblatt's perceptron, which fires only when its net input is
     * positive (docs/language.md, "Two firing rules").
     */
    public record Fires(double[] thresholds, boolean strict) implements Activation {
        public Fires(double[] thresholds) { this(thresholds, false); }
    }

    /** One layer: weights as rows of inputs × units, bias (null for none), activation. */
    public record Layer(String name, double[][] weights, double[] bias, Activation activation) {
        public int inputs() { return weights.length; }
        public int units() { return weights[0].length; }
    }

    /** The serialized ModelProto. */
    public static byte[] write(String name, String doc, List<Layer> layers) {
        if (layers.isEmpty()) throw new IllegalArgumentException(Messages.t("internal.network-needs-layer"));
        ProtoWriter graph = new ProtoWriter();
        String signal = "input";
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            boolean last = l == layers.size() - 1;
            String p = layer.name();
            String z = layer.activation() instanceof Plain plain && plain.kind().equals("linear") && last ? "output" : p + "/z";
            graph.message(5, tensor(p + "/weights", layer.weights()));
            if (layer.bias() != null) {
                graph.message(5, tensor(p + "/bias", new double[][] {layer.bias()}, new long[] {layer.units()}));
                graph.message(1, node("Gemm", p + "/gemm", List.of(signal, p + "/weights", p + "/bias"), z));
            } else {
                graph.message(1, node("MatMul", p + "/matmul", List.of(signal, p + "/weights"), z));
            }
            String out = last ? "output" : p + "/out";
            switch (layer.activation()) {
                case Plain plain -> {
                    switch (plain.kind()) {
                        case "sigmoid" -> graph.message(1, node("Sigmoid", p + "/sigmoid", List.of(z), out));
                        case "tanh" -> graph.message(1, node("Tanh", p + "/tanh", List.of(z), out));
                        case "relu" -> graph.message(1, node("Relu", p + "/relu", List.of(z), out));
                        case "softmax" -> graph.message(1, node("Softmax", p + "/softmax", List.of(z), out, intAttribute("axis", 1)));
                        // Their ONNX defaults are PyTorch's and nn's: LeakyRelu alpha 0.01, Elu alpha 1.
                        case "leaky_relu" -> graph.message(1, node("LeakyRelu", p + "/leaky_relu", List.of(z), out));
                        case "elu" -> graph.message(1, node("Elu", p + "/elu", List.of(z), out));
                        case "softplus" -> graph.message(1, node("Softplus", p + "/softplus", List.of(z), out));
                        // Gelu is an operator only from opset 20: z · ½(1 + erf(z / √2)), spelt out.
                        case "gelu" -> {
                            graph.message(5, tensor(p + "/sqrt2", new double[][] {{Math.sqrt(2)}}, new long[] {}));
                            graph.message(5, tensor(p + "/one", new double[][] {{1}}, new long[] {}));
                            graph.message(5, tensor(p + "/half", new double[][] {{0.5}}, new long[] {}));
                            graph.message(1, node("Div", p + "/gelu_scale", List.of(z, p + "/sqrt2"), p + "/gelu_scaled"));
                            graph.message(1, node("Erf", p + "/gelu_erf", List.of(p + "/gelu_scaled"), p + "/gelu_erf_out"));
                            graph.message(1, node("Add", p + "/gelu_add", List.of(p + "/gelu_erf_out", p + "/one"), p + "/gelu_sum"));
                            graph.message(1, node("Mul", p + "/gelu_half", List.of(p + "/gelu_sum", p + "/half"), p + "/gelu_cdf"));
                            graph.message(1, node("Mul", p + "/gelu", List.of(z, p + "/gelu_cdf"), out));
                        }
                        default -> out = z;  // linear: z is the layer's output
                    }
                }
                case Fires fires -> {
                    graph.message(5, tensor(p + "/thresholds", new double[][] {fires.thresholds()}, new long[] {layer.units()}));
                    graph.message(1, node(fires.strict() ? "Greater" : "GreaterOrEqual", p + "/fires",
                            List.of(z, p + "/thresholds"), p + "/fired"));
                    graph.message(1, node("Cast", p + "/cast", List.of(p + "/fired"), out, intAttribute("to", FLOAT)));
                }
            }
            signal = out;
        }
        graph.string(2, name.isEmpty() ? "nn" : name);
        graph.string(10, doc);
        graph.message(11, valueInfo("input", layers.get(0).inputs()));
        graph.message(12, valueInfo("output", layers.get(layers.size() - 1).units()));

        ProtoWriter model = new ProtoWriter();
        model.varint(1, IR_VERSION);
        model.string(2, "nn");
        model.string(3, "0.1.0");
        model.string(6, doc);
        model.message(7, graph);
        model.message(8, new ProtoWriter().string(1, "").varint(2, OPSET));
        return model.toByteArray();
    }

    private static ProtoWriter node(String op, String name, List<String> inputs, String output, ProtoWriter... attributes) {
        ProtoWriter n = new ProtoWriter();
        for (String in : inputs) n.string(1, in);
        n.string(2, output);
        n.string(3, name);
        n.string(4, op);
        for (ProtoWriter a : attributes) n.message(5, a);
        return n;
    }

    private static ProtoWriter intAttribute(String name, long value) {
        return new ProtoWriter().string(1, name).varint(3, value).varint(20, 2);  // type 2: INT
    }

    private static ProtoWriter tensor(String name, double[][] rows) {
        return tensor(name, rows, new long[] {rows.length, rows[0].length});
    }

    /** A float32 initializer, row-major, as raw little-endian bytes. */
    private static ProtoWriter tensor(String name, double[][] rows, long[] dims) {
        int n = 0;
        for (double[] r : rows) n += r.length;
        ByteBuffer data = ByteBuffer.allocate(4 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] r : rows) for (double v : r) data.putFloat((float) v);
        ProtoWriter t = new ProtoWriter();
        for (long d : dims) t.varint(1, d);
        t.varint(2, FLOAT);
        t.string(8, name);
        t.bytes(9, data.array());
        return t;
    }

    /** A float tensor of shape [batch, width], the batch size left symbolic. */
    private static ProtoWriter valueInfo(String name, int width) {
        ProtoWriter shape = new ProtoWriter()
                .message(1, new ProtoWriter().string(2, "batch"))
                .message(1, new ProtoWriter().varint(1, width));
        ProtoWriter tensorType = new ProtoWriter().varint(1, FLOAT).message(2, shape);
        return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType));
    }
}
