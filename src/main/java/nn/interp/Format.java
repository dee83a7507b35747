package nn.interp;

import nn.i18n.Messages;
import java.util.List;
import nn.tensor.Decimals;
import nn.tensor.Matrix;
import nn.interp.lib.metrics.Confusions;
import nn.interp.lib.train.TrainFeatures;

/**
 * How values print: numbers as {@link Decimals} writes them at the run's {@code precision} (0.85, never
 * 0.8500000000000001); matrices as nested brackets, summarised past 1000 elements; {@code show} as an
 * aligned table.
 */
public final class Format {
    /** Matrices with more elements than this print their corners with "…", as NumPy does. */
    private static final int SUMMARY_THRESHOLD = 1000;
    private static final int EDGE = 3;
    private int precision = 4;

    public int precision() { return precision; }
    public void setPrecision(int digits) { precision = digits; }

    public String number(double d) { return Decimals.number(d, precision); }

    public String value(Value v) {
        return switch (v) {
            case Value.Num n -> number(n.value());
            case Value.Bool b -> Boolean.toString(b.value());
            case Value.Str s -> s.value();
            case Value.Mat m -> matrix(m.value());
            case Value.ListV l -> list(l);
            case Value.Fn f -> "<fn " + f.name() + "(" + String.join(", ", f.params()) + ")>";
            case Value.Builtin b -> Messages.t("interp.format.builtin", b.name());
            case Value.Nothing n -> Messages.t("interp.format.nothing");
            case Value.Tracked t -> matrix(t.node().value());
            case Value.NetworkV n -> n.network().describe();
            case Value.LayerV l -> layer(l.layer());
            case Value.LayerSpec l -> "dense(" + l.units() + ", " + l.activation().word() + (l.bias() ? "" : ", bias = false")
                    + (l.init() == null ? "" : ", init = " + l.init().describe()) + ")";
            case Value.DropoutSpec d -> "dropout(" + number(d.rate()) + ")";
            case Value.InitV i -> i.init().describe();
            case Value.ScheduleV sc -> sc.schedule().describe();
            case Value.OptimizerV o -> o.optimizer().describe();
            case Value.UnitV u -> u.unit().describe();
            case Value.RuleV r -> r.text();
            case Value.VerdictV d -> d.text();
            case Value.DatasetV d -> d.dataset().summary();
            case Value.HistoryV h -> TrainFeatures.describe(this, h.history());
            case Value.ConfusionV c -> Confusions.table(this, c);
        };
    }

    /** "dense1: dense 2 sigmoid, weights […], bias […]", with "no bias" and ", dropout 0.5" as the layer has them. */
    private String layer(nn.model.Dense layer) {
        String name = layer.name(), units = String.valueOf(layer.units()), activation = layer.activation().word();
        String weights = matrix(layer.weights().value());
        if (layer.dropout() > 0) {
            String dropout = number(layer.dropout());
            return layer.hasBias() ? Messages.t("interp.format.layer-dropout", name, units, activation, weights, matrix(layer.bias().value()), dropout)
                    : Messages.t("interp.format.layer-no-bias-dropout", name, units, activation, weights, dropout);
        }
        return layer.hasBias() ? Messages.t("interp.format.layer", name, units, activation, weights, matrix(layer.bias().value()))
                : Messages.t("interp.format.layer-no-bias", name, units, activation, weights);
    }

    /**
     * The values of one {@code print}, separated by spaces; a value that spans lines (a dataset's
     * summary, a network) starts on a line of its own and the next value after it, so two summaries
     * never run together on one line.
     */
    public String printLine(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) out.append(parts.get(i - 1).contains("\n") || parts.get(i).contains("\n") ? "\n" : " ");
            out.append(parts.get(i));
        }
        return out.toString();
    }

    /** Lists print at most this many characters, then "…": a list can share itself ({@code L = [L, L]}). */
    static final int LIST_CHARS = 100_000;
    /** Lists nested deeper than this print their inner lists as "[…]". */
    static final int LIST_DEPTH = 100;

    /**
     * A list, written without recursion and with bounds: doubling a list 60 times is cheap to build but
     * has 2^60 leaves, and a list nested 200,000 deep would overflow a recursive printer. Past
     * {@link #LIST_CHARS} characters or {@link #LIST_DEPTH} levels the rest is summarised as "…"; Ctrl-C
     * and the time budget stop it like any loop.
     */
    private String list(Value.ListV top) {
        record Frame(List<Value> items, int[] next) {}
        StringBuilder out = new StringBuilder("[");
        java.util.ArrayDeque<Frame> open = new java.util.ArrayDeque<>();
        open.push(new Frame(top.items(), new int[1]));
        long visited = 0;
        while (!open.isEmpty()) {
            if ((++visited & 255) == 0) nn.tensor.parallel.Parallel.checkInterrupted();
            if (out.length() > LIST_CHARS) {
                out.append("…").append("]".repeat(open.size()));
                break;
            }
            Frame f = open.peek();
            if (f.next()[0] == f.items().size()) {
                out.append(']');
                open.pop();
                continue;
            }
            if (f.next()[0] > 0) out.append(", ");
            Value v = f.items().get(f.next()[0]++);
            if (!(v instanceof Value.ListV inner)) out.append(repr(v));
            else if (open.size() >= LIST_DEPTH) out.append(inner.items().isEmpty() ? "[]" : "[…]");
            else {
                out.append('[');
                open.push(new Frame(inner.items(), new int[1]));
            }
        }
        return out.toString();
    }

    /** Like {@link #value} but strings are quoted: how an element of a list prints. */
    public String repr(Value v) {
        return v instanceof Value.Str s ? '"' + s.value() + '"' : value(v);
    }

    /** A 1×1 matrix prints as its number, as the lecture writes a prediction: 0.191. */
    public String matrix(Matrix m) {
        if (m.isScalar()) return number(m.item());
        boolean summarize = m.size() > SUMMARY_THRESHOLD;
        if (m.rows() == 1) return row(m, 0, summarize);
        StringBuilder out = new StringBuilder("[");
        List<Integer> rows = indices(m.rows(), summarize);
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) out.append(", ");
            out.append(rows.get(i) < 0 ? "…" : row(m, rows.get(i), summarize));
        }
        return out.append(']').toString();
    }

    private String row(Matrix m, int r, boolean summarize) {
        StringBuilder out = new StringBuilder("[");
        List<Integer> cols = indices(m.cols(), summarize);
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) out.append(", ");
            out.append(cols.get(i) < 0 ? "…" : number(m.get(r, cols.get(i))));
        }
        return out.append(']').toString();
    }

    /** All indices, or the first and last few with -1 marking the gap. */
    private static List<Integer> indices(int n, boolean summarize) {
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
        if (!summarize || n <= 2 * EDGE) { for (int i = 0; i < n; i++) out.add(i); return out; }
        for (int i = 0; i < EDGE; i++) out.add(i);
        out.add(-1);
        for (int i = n - EDGE; i < n; i++) out.add(i);
        return out;
    }

    /** An aligned table with a shape header, numbers right-aligned per column. */
    public String table(Matrix m) {
        boolean summarize = m.size() > SUMMARY_THRESHOLD;
        List<Integer> rows = indices(m.rows(), summarize), cols = indices(m.cols(), summarize);
        String[][] cells = new String[rows.size()][cols.size()];
        int[] width = new int[cols.size()];
        for (int i = 0; i < rows.size(); i++)
            for (int j = 0; j < cols.size(); j++) {
                int r = rows.get(i), c = cols.get(j);
                cells[i][j] = r < 0 || c < 0 ? "…" : number(m.get(r, c));
                width[j] = Math.max(width[j], cells[i][j].length());
            }
        StringBuilder out = new StringBuilder(Messages.t("interp.format.matrix-heading", m.shape())).append('\n');
        for (String[] line : cells) {
            out.append(" ");
            for (int j = 0; j < line.length; j++) out.append("  ").append(" ".repeat(width[j] - line[j].length())).append(line[j]);
            out.append('\n');
        }
        return out.toString();
    }
}
