package nn.model;

import nn.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/** Formats {@link Network#describe()}: an aligned table in the spirit of Keras' model.summary(). */
final class NetworkSummary {
    private NetworkSummary() {}

    static String of(Network net) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", Messages.t("model.summary-layer"), Messages.t("model.summary-units"), Messages.t("model.summary-activation"),
                Messages.t("model.summary-weights"), Messages.t("model.summary-bias"), Messages.t("model.summary-params")});
        int k = 0;
        for (Dense d : net.layers()) {
            String w = label(d.weights().label()) + " " + d.weights().value().shape();
            String b = d.hasBias() ? label(d.bias().label()) + " " + d.bias().value().shape() : Messages.t("model.summary-none");
            rows.add(new String[] {Integer.toString(k++), d.name(), Integer.toString(d.units()),
                    d.activation().word() + (d.dropout() > 0 ? " + dropout " + Numbers.text(d.dropout()) : ""), w, b,
                    Integer.toString(d.parameterCount())});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) for (int c = 0; c < r.length; c++) width[c] = Math.max(width[c], r[c].length());
        StringBuilder sb = new StringBuilder();
        sb.append(Messages.t("model.summary-head", net.name(), net.inputSize(), net.outputSize(), net.layers().size()))
          .append(net.dtype() == DType.FLOAT64 ? "" : ", " + net.dtype().word()).append('\n');
        for (String[] r : rows) {
            sb.append(' ');
            for (int c = 0; c < r.length; c++) {
                boolean numeric = c == 0 || c == 2 || c == r.length - 1;
                String cell = numeric ? pad(r[c], width[c], true) : pad(r[c], width[c], false);
                sb.append(' ').append(cell);
            }
            trimEnd(sb);
            sb.append('\n');
        }
        sb.append("  ").append(Messages.t("model.summary-total", net.parameterCount()));
        return sb.toString();
    }

    private static String label(String l) { return l == null ? Messages.t("model.summary-unnamed") : l; }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(width - s.length());
        return right ? fill + s : s + fill;
    }

    private static void trimEnd(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') sb.setLength(sb.length() - 1);
    }
}
