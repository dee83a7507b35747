package nn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nn.tensor.Rng;
import org.junit.jupiter.api.Test;

/** nn's own JSON reader (the browser build's): the values it gives, and where it says malformed text stops. */
class JsonTreeTest {
    @Test void readsEveryKindOfValue() {
        Object v = JsonTree.parse(" {\"a\": [1, -2.5e3, 0.125, true, false, null], \"b\": \"x\\u00e9\\n\\\"\", \"c\": {}} ");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(List.of("a", "b", "c"), List.copyOf(m.keySet()));
        assertEquals(Arrays.asList(1.0, -2500.0, 0.125, true, false, null), m.get("a"));
        assertEquals("xé\n\"", m.get("b"));
        assertEquals(Map.of(), m.get("c"));
        assertNull(JsonTree.parse("null"));
    }

    @Test void numbersReadBackBitForBit() {
        Rng rng = new Rng(7);
        for (int i = 0; i < 2000; i++) {
            double d = rng.nextGaussian() * Math.pow(10, rng.nextInt(40) - 20);
            assertEquals(d, (double) (Double) JsonTree.parse(Double.toString(d)), Double.toString(d));
        }
    }

    @Test void malformedTextSaysWhereItStopped() {
        assertAt(1, 12, "{\"format\": ");
        assertAt(3, 16, "{\n  \"format\": \"nn-network\",\n  \"version\": 1,,\n}\n");
        assertAt(1, 2, "[01]");
        assertAt(1, 5, "[1] x");
        assertAt(1, 3, "\"\\q\"");
        assertAt(1, 6, "{\"a\" 1}");
        assertAt(1, 1, "");
        assertAt(1, 257, "[".repeat(300));
    }

    /** A network written by NetworkJson reads back through this reader as through Gson: the same values. */
    @Test void aNetworkFileGivesGsonsValues() {
        Network net = Network.builder("n", 3, new Rng(1)).dense(4, Activation.TANH).dense(2, Activation.SIGMOID).build();
        String json = NetworkJson.write(net);
        assertSame(JsonParser.parseString(json), JsonTree.parse(json), "$");
    }

    private static void assertSame(JsonElement gson, Object ours, String where) {
        if (gson.isJsonNull()) assertNull(ours, where);
        else if (gson.isJsonObject()) {
            Map<?, ?> m = (Map<?, ?>) ours;
            assertEquals(gson.getAsJsonObject().keySet(), m.keySet(), where);
            for (var e : gson.getAsJsonObject().entrySet()) assertSame(e.getValue(), m.get(e.getKey()), where + "." + e.getKey());
        } else if (gson.isJsonArray()) {
            List<?> a = (List<?>) ours;
            assertEquals(gson.getAsJsonArray().size(), a.size(), where);
            for (int i = 0; i < a.size(); i++) assertSame(gson.getAsJsonArray().get(i), a.get(i), where + "[" + i + "]");
        } else if (gson.getAsJsonPrimitive().isNumber()) assertEquals(gson.getAsDouble(), (Double) ours, where);
        else if (gson.getAsJsonPrimitive().isBoolean()) assertEquals(gson.getAsBoolean(), ours, where);
        else assertEquals(gson.getAsString(), ours, where);
    }

    private static void assertAt(int line, int column, String text) {
        var e = assertThrows(JsonTree.Malformed.class, () -> JsonTree.parse(text));
        assertEquals(line + ":" + column, e.line + ":" + e.column, text);
    }
}
