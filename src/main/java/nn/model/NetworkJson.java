package nn.model;

import nn.i18n.Messages;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nn.graph.Node;
import nn.tensor.Matrix;
import nn.platform.Browser;
import nn.tensor.decimal.ShortestDigits;
import nn.tensor.decimal.DecimalParser;

/**
 * Networks as plain JSON text, documented in docs/language.md (Saving and loading networks):
 * <pre>
 * {
 *   "format": "nn-network",
 *   "version": 1,
 *   "name": "xornet",
 *   "inputs": 2,
 *   "layers": [
 *     {
 *       "name": "dense1",
 *       "units": 2,
 *       "activation": "sigmoid",
 *       "weights_name": "W1",
 *       "weights": [
 *         [0.5, -0.25],
 *         [1.0, 0.125]
 *       ],
 *       "bias_name": "b1",
 *       "bias": [0.0, 0.0]
 *     }
 *   ]
 * }
 * </pre>
 * A float32 network adds {@code "dtype": "float32"} after {@code "inputs"} (a float64 network writes no
 * dtype, and a file without one loads as float64); its weights are float32 values, written as the
 * shortest decimal that reads back as the same double, which is the same float32.
 * {@code weights} has one row per input of the layer and one number per unit; {@code bias} is null
 * for a layer without one. Numbers are written as the shortest decimal that reads back as the same
 * double, so a saved network loads with bit-identical weights. NaN and infinite weights cannot be
 * written (JSON has no such numbers).
 */
public final class NetworkJson {
    private NetworkJson() {}

    public static final String FORMAT = "nn-network";
    public static final int VERSION = 1;
    /**
     * A JSON string literal, exactly as Gson's default {@code toJson(String)} writes it (HTML-safe: {@code < > & = '}
     * and the line separators as escapes), so files stay byte for byte what they were; written here so that the
     * browser's build, which has no Gson, writes the same text.
     */
    public static String quote(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\f' -> b.append("\\f");
                case '<', '>', '&', '=', '\'', '\u2028', '\u2029' -> b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    public static String write(Network net) {
        StringBuilder s = new StringBuilder("{\n");
        s.append("  \"format\": ").append(quote(FORMAT)).append(",\n");
        s.append("  \"version\": ").append(VERSION).append(",\n");
        s.append("  \"name\": ").append(quote(net.name())).append(",\n");
        s.append("  \"inputs\": ").append(net.inputSize()).append(",\n");
        if (net.dtype() != DType.FLOAT64) s.append("  \"dtype\": ").append(quote(net.dtype().word())).append(",\n");
        s.append("  \"layers\": [");
        List<Dense> layers = net.layers();
        for (int i = 0; i < layers.size(); i++) {
            Dense d = layers.get(i);
            s.append(i == 0 ? "\n" : ",\n").append("    {\n");
            s.append("      \"name\": ").append(quote(d.name())).append(",\n");
            s.append("      \"units\": ").append(d.units()).append(",\n");
            s.append("      \"activation\": ").append(quote(d.activation().word())).append(",\n");
            // Only when present, so files of networks without dropout read as before.
            if (d.dropout() > 0) s.append("      \"dropout\": ").append(ShortestDigits.toString(d.dropout())).append(",\n");
            s.append("      \"weights_name\": ").append(label(d.weights())).append(",\n");
            s.append("      \"weights\": [");
            Matrix w = finite(d.weights().value(), net, d, "weights");
            for (int r = 0; r < w.rows(); r++) s.append(r == 0 ? "\n" : ",\n").append("        ").append(row(w, r));
            s.append("\n      ],\n");
            s.append("      \"bias_name\": ").append(d.hasBias() ? label(d.bias()) : "null").append(",\n");
            s.append("      \"bias\": ").append(d.hasBias() ? row(finite(d.bias().value(), net, d, "bias"), 0) : "null").append('\n');
            s.append("    }");
        }
        return s.append("\n  ]\n}\n").toString();
    }

    private static String label(Node n) { return n.label() == null ? "null" : quote(n.label()); }

    private static Matrix finite(Matrix m, Network net, Dense d, String what) {
        for (double v : m.data()) {
            if (!Double.isFinite(v))
                throw new ModelException(what.equals("weights") ? Messages.t("model.json-save-weights-not-finite", net.name(), d.name())
                        : Messages.t("model.json-save-bias-not-finite", net.name(), d.name()));
            // A float32 file must load: a value float32 cannot hold (assigned since the last computation) is refused here.
            if (net.dtype() == DType.FLOAT32) Float32Layers.toFloat32(v, d.name(), what.equals("weights"));
        }
        return m;
    }

    private static String row(Matrix m, int r) {
        StringBuilder s = new StringBuilder("[");
        for (int c = 0; c < m.cols(); c++) s.append(c == 0 ? "" : ", ").append(ShortestDigits.toString(m.get(r, c)));
        return s.append(']').toString();
    }

    /** Reads a network written by {@link #write}; {@code file} names the source in errors. */
    public static Network read(String json, String file) {
        Object tree = Browser.isBrowser() ? parsedHere(json, file) : parsedByGson(json, file);
        if (!(tree instanceof Map<?, ?> root)) throw new ModelException(Messages.t("model.json-no-object", file));
        Reader r = new Reader(file);
        if (!root.containsKey("format") || !FORMAT.equals(r.string(root, "format", Messages.t("model.json-the-file"))))
            throw new ModelException(Messages.t("model.json-not-network", file, FORMAT));
        int version = r.integer(root, "version", Messages.t("model.json-the-file"));
        if (version > VERSION)
            throw new ModelException(Messages.t("model.json-newer", file, version, VERSION));
        String name = r.string(root, "name", Messages.t("model.json-the-file"));
        int inputs = r.integer(root, "inputs", Messages.t("model.json-the-file"));
        String dtypeWord = r.optionalString(root, "dtype", Messages.t("model.json-the-file"));
        DType dtype = dtypeWord == null ? DType.FLOAT64 : DType.parse(dtypeWord);
        if (dtype == null) throw new ModelException(Messages.t("model.json-unknown-dtype", file, dtypeWord));
        List<?> layers = r.array(root, "layers", Messages.t("model.json-the-file"));
        List<Dense> dense = new ArrayList<>();
        int size = inputs;
        for (int i = 0; i < layers.size(); i++) {
            String where = Messages.t("model.json-layer", i + 1);
            if (!(layers.get(i) instanceof Map<?, ?> l)) throw r.wrong(where, Messages.t("model.json-an-object"));
            String layerName = r.string(l, "name", where);
            where = Messages.t("model.json-layer-named", i + 1, layerName);
            int units = r.integer(l, "units", where);
            Activation act = Activation.parse(r.string(l, "activation", where));
            Matrix w = r.matrix(r.array(l, "weights", where), size, units, Messages.t("model.json-part", where, "weights"));
            Matrix b = l.get("bias") != null
                    ? r.matrix(List.of(r.array(l, "bias", where)), 1, units, Messages.t("model.json-part", where, "bias")) : null;
            Node wn = Node.param(w, r.optionalString(l, "weights_name", where));
            Node bn = b == null ? null : Node.param(b, r.optionalString(l, "bias_name", where));
            double dropout = l.get("dropout") != null ? dropout(r, l, where) : 0;
            dense.add(new Dense(layerName, act, wn, bn, dropout));
            size = units;
        }
        try {
            return new Network(name, inputs, dense, dtype);
        } catch (ModelException e) {  // what the network refuses (a float32 step layer, a weight beyond float32) is the file's fault
            throw new ModelException(Messages.t("model.json-part", file, e.getMessage()), e.hint());
        }
    }

    /** The browser's build: nn's own reader ({@link JsonTree}). */
    private static Object parsedHere(String json, String file) {
        try {
            return JsonTree.parse(json);
        } catch (JsonTree.Malformed m) {
            throw new ModelException(Messages.t("model.json-invalid-at", file, m.line, m.column));
        }
    }

    /** The JVM's: Gson's reader (its messages say where the text went wrong), as {@link JsonTree}'s values. */
    private static Object parsedByGson(String json, String file) {
        try {
            return plain(JsonParser.parseString(json));
        } catch (JsonParseException e) {
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("line (\\d+) column (\\d+)").matcher(why);
            throw new ModelException(at.find() ? Messages.t("model.json-invalid-at", file, at.group(1), at.group(2))
                    : Messages.t("model.json-invalid", file));
        }
    }

    private static Object plain(JsonElement e) {
        if (e.isJsonNull()) return null;
        if (e.isJsonObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (var entry : e.getAsJsonObject().entrySet()) m.put(entry.getKey(), plain(entry.getValue()));
            return m;
        }
        if (e.isJsonArray()) {
            List<Object> a = new ArrayList<>();
            for (JsonElement item : e.getAsJsonArray()) a.add(plain(item));
            return a;
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        return p.isNumber() ? (Object) DecimalParser.parseDouble(p.getAsString()) : p.isBoolean() ? (Object) p.getAsBoolean() : p.getAsString();
    }

    private static double dropout(Reader r, Map<?, ?> l, String where) {
        if (!(l.get("dropout") instanceof Double d) || !(d >= 0 && d < 1))
            throw r.wrong(Messages.t("model.json-part", where, "dropout"), Messages.t("model.json-a-rate"));
        return d;
    }

    /** Field access with messages naming the file, the place and what was expected. */
    private record Reader(String file) {
        ModelException wrong(String where, String expected) {
            return new ModelException(Messages.t("model.json-must-be", file, where, expected));
        }

        Object field(Map<?, ?> o, String key, String where) {
            Object v = o.get(key);
            if (v == null) throw new ModelException(Messages.t("model.json-missing", file, where, key));
            return v;
        }

        String string(Map<?, ?> o, String key, String where) {
            if (!(field(o, key, where) instanceof String s)) throw wrong(Messages.t("model.json-key-of", where, key), Messages.t("model.json-a-string"));
            return s;
        }

        String optionalString(Map<?, ?> o, String key, String where) {
            return o.get(key) != null ? string(o, key, where) : null;
        }

        int integer(Map<?, ?> o, String key, String where) {
            double d = number(field(o, key, where), Messages.t("model.json-key-of", where, key));
            if (d != Math.rint(d) || d < 1 || d > Integer.MAX_VALUE) throw wrong(Messages.t("model.json-key-of", where, key), Messages.t("model.json-a-whole-number"));
            return (int) d;
        }

        double number(Object v, String where) {
            if (!(v instanceof Double d)) throw wrong(where, Messages.t("model.json-a-number"));
            return d;
        }

        List<?> array(Map<?, ?> o, String key, String where) {
            if (!(field(o, key, where) instanceof List<?> a)) throw wrong(Messages.t("model.json-key-of", where, key), Messages.t("model.json-a-list"));
            return a;
        }

        Matrix matrix(List<?> rows, int r, int c, String where) {
            if (rows.size() != r)
                throw new ModelException(Messages.t("model.json-rows", file, where, r, r + "×" + c, rows.size()));
            double[] d = new double[r * c];
            for (int i = 0; i < r; i++) {
                if (!(rows.get(i) instanceof List<?> a) || a.size() != c)
                    throw new ModelException(Messages.t("model.json-row-numbers", file, Messages.t("model.json-row", where, i + 1), c));
                for (int j = 0; j < c; j++) d[i * c + j] = number(a.get(j), Messages.t("model.json-row", where, i + 1));
            }
            return new Matrix(r, c, d);
        }
    }
}
