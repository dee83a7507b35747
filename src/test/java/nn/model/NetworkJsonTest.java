package nn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nn.graph.Node;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import org.junit.jupiter.api.Test;

class NetworkJsonTest {
    @Test void roundTripKeepsEveryWeightBitForBit() {
        Network net = Network.builder("deep", 3, new Rng(11)).dense(5, Activation.RELU).dense(4, Activation.TANH)
                .dense(2, Activation.SOFTMAX).build();
        // Awkward values: negative zero, subnormals, extremes, long decimals.
        double[] w = net.layer(0).weights().value().data();
        w[0] = -0.0; w[1] = Double.MIN_VALUE; w[2] = Double.MAX_VALUE; w[3] = 0.1 + 0.2; w[4] = -1e-300;
        Network back = NetworkJson.read(NetworkJson.write(net), "t.json");
        assertEquals(net.name(), back.name());
        assertEquals(net.inputSize(), back.inputSize());
        assertEquals(net.layers().size(), back.layers().size());
        for (int i = 0; i < net.layers().size(); i++) {
            Dense a = net.layer(i), b = back.layer(i);
            assertEquals(a.name(), b.name());
            assertEquals(a.activation(), b.activation());
            assertEquals(a.weights().label(), b.weights().label());
            assertArrayBits(a.weights().value().data(), b.weights().value().data());
            assertArrayBits(a.bias().value().data(), b.bias().value().data());
        }
        assertEquals(NetworkJson.write(net), NetworkJson.write(back), "writing again gives the same text");
    }

    private static void assertArrayBits(double[] a, double[] b) {
        assertEquals(a.length, b.length);
        for (int i = 0; i < a.length; i++) assertEquals(Double.doubleToRawLongBits(a[i]), Double.doubleToRawLongBits(b[i]), "element " + i);
    }

    @Test void aFloat32NetworkKeepsItsDtypeAndWeightsThroughSaveAndLoad() {
        Network net = Network.builder("f", 3, new Rng(2)).dtype(DType.FLOAT32).dense(4, Activation.TANH).dense(2, Activation.SOFTMAX).build();
        String text = NetworkJson.write(net);
        assertTrue(text.contains("\"dtype\": \"float32\""), text);
        Network back = NetworkJson.read(text, "f.json");
        assertEquals(DType.FLOAT32, back.dtype());
        for (int i = 0; i < 2; i++) assertEquals(net.layer(i).weights().value(), back.layer(i).weights().value());
        assertEquals(text, NetworkJson.write(back));
        assertTrue(!NetworkJson.write(Network.builder("g", 3, new Rng(2)).dense(1, Activation.SIGMOID).build()).contains("dtype"),
                "a float64 network's file is unchanged: no dtype field");
        ModelException e = assertThrows(ModelException.class, () -> NetworkJson.read(text.replace("float32", "float16"), "f.json"));
        assertTrue(e.getMessage().contains("unknown \"dtype\""), e.getMessage());
    }

    @Test void layerWithoutBiasIsWrittenAsNull() {
        Dense d = new Dense("only", Activation.LINEAR, Node.param(Matrix.of(new double[] {0.14}, new double[] {0.15}), "W2"), null);
        String json = NetworkJson.write(new Network("net", 2, List.of(d)));
        assertTrue(json.contains("\"bias\": null"), json);
        Network back = NetworkJson.read(json, "n.json");
        assertNull(back.layer(0).bias());
        assertArrayEquals(new double[] {0.14, 0.15}, back.layer(0).weights().value().data());
    }

    @Test void nanWeightsAreRefused() {
        Network net = Network.builder("n", 1, new Rng(1)).dense(1, Activation.LINEAR).build();
        net.layer(0).weights().value().data()[0] = Double.NaN;
        var e = assertThrows(ModelException.class, () -> NetworkJson.write(net));
        assertEquals("cannot save n: the weights of dense1 contain nan or inf (did training diverge?)", e.getMessage());
    }

    @Test void brokenFilesAreExplained() {
        assertMessage("f.json is not valid JSON", "{\"format\": ");
        assertMessage("f.json is not an nn network file (it needs \"format\": \"nn-network\")", "{\"layers\": []}");
        assertMessage("f.json was written by a newer nn (format version 9); this one reads version 1",
                "{\"format\": \"nn-network\", \"version\": 9}");
        String ok = NetworkJson.write(Network.builder("n", 2, new Rng(1)).dense(1, Activation.SIGMOID).build());
        assertMessage("f.json: layer 1 (dense1): weights must have 2 rows (2×1), not 1", ok.replaceFirst("\\[\\s*\\[[^]]*],", "["));
        assertMessage("f.json: layer 1 (dense1) has no \"activation\"", ok.replace("\"activation\": \"sigmoid\",", ""));
        assertMessage("unknown activation 'sigmoidal'", ok.replace("\"sigmoid\"", "\"sigmoidal\""));
    }

    private static void assertMessage(String start, String json) {
        var e = assertThrows(ModelException.class, () -> NetworkJson.read(json, "f.json"));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
