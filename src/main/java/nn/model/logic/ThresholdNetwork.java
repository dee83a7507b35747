package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A layered network of McCulloch–Pitts threshold units. Layer 1 reads the named inputs; every later
 * layer reads only the outputs of the layer before it (a signal needed further on is carried by
 * relay units, weight 1 and threshold 1). The last layer's units are the outputs. Every unit may
 * carry a label saying what it computes ("a | b", "edge 1 of polygon 2"), shown by
 * {@link #describe()}. A compiled gate also keeps its formula, so the other constructions of the
 * same function can be built from it ({@link GateCompiler#alternative}). Immutable.
 */
public final class ThresholdNetwork implements RowModel {

    /** One layer: its units, and for each unit a label (empty when there is nothing to say). */
    public record Layer(List<ThresholdUnit> units, List<String> labels) {
        public Layer {
            if (units.isEmpty()) throw new ModelException(Messages.t("logic.layer-no-units"));
            if (labels.size() != units.size())
                throw new IllegalArgumentException(Messages.t("internal.layer-labels", units.size(), labels.size()));
            units = List.copyOf(units);
            labels = List.copyOf(labels);
        }

        public int size() { return units.size(); }
    }

    private final String name;
    private final List<String> inputNames;
    private final List<Layer> layers;
    private final String note;
    private final BoolExpr formula;

    /**
     * @param name   the network's name, used for its output ("" names the output "out")
     * @param note   how the network was built, printed under the heading ("" for nothing)
     */
    public ThresholdNetwork(String name, List<String> inputNames, List<Layer> layers, String note) {
        this(name, inputNames, layers, note, null);
    }

    private ThresholdNetwork(String name, List<String> inputNames, List<Layer> layers, String note, BoolExpr formula) {
        if (inputNames.isEmpty()) throw new ModelException(Messages.t("logic.network-no-inputs"));
        if (layers.isEmpty()) throw new ModelException(Messages.t("logic.network-no-layers"));
        int width = inputNames.size();
        for (int l = 0; l < layers.size(); l++) {
            for (ThresholdUnit u : layers.get(l).units())
                if (u.inputCount() != width)
                    throw new ModelException(Messages.t("logic.layer-width", l + 1, width, u.inputCount()));
            width = layers.get(l).size();
        }
        this.name = name;
        this.inputNames = List.copyOf(inputNames);
        this.layers = List.copyOf(layers);
        this.note = note;
        this.formula = formula;
    }

    public String name() { return name; }

    public String note() { return note; }

    /** The formula this network was compiled from, over its input names; empty unless it is a gate. */
    public Optional<BoolExpr> formula() { return Optional.ofNullable(formula); }

    /** The same network, remembering the formula (over its input names) that it computes. */
    public ThresholdNetwork withFormula(BoolExpr f) { return new ThresholdNetwork(name, inputNames, layers, note, f); }

    public List<Layer> layers() { return layers; }

    public int layerCount() { return layers.size(); }

    public int unitCount() { return layers.stream().mapToInt(Layer::size).sum(); }

    /** The same network under another name. */
    public ThresholdNetwork withName(String newName) { return new ThresholdNetwork(newName, inputNames, layers, note, formula); }

    /** The same network reading inputs of other names (as many as before); the formula, over the old names, is dropped. */
    public ThresholdNetwork withInputNames(List<String> names) {
        if (names.size() != inputNames.size())
            throw new ModelException(Messages.t("logic.network-reads-inputs", what(), inputNames.size(), names.size()));
        return new ThresholdNetwork(name, names, layers, note);
    }

    /** A single threshold unit as a one-layer network (so it can be combined with other regions). */
    public static ThresholdNetwork of(ThresholdUnit unit) {
        return new ThresholdNetwork("", unit.inputNames(), List.of(new Layer(List.of(unit), List.of(""))), "");
    }

    /** The same network with another note. */
    public ThresholdNetwork withNote(String newNote) { return new ThresholdNetwork(name, inputNames, layers, newNote, formula); }

    @Override public List<String> inputNames() { return inputNames; }

    @Override public List<String> outputNames() { return unitNames(layers.size() - 1); }

    @Override public double[] evaluate(double[] row) {
        RowModel.checkRow(this, row);
        double[] signal = row;
        for (Layer layer : layers) {
            double[] next = new double[layer.size()];
            for (int i = 0; i < next.length; i++) next[i] = layer.units().get(i).fire(signal);
            signal = next;
        }
        return signal;
    }

    /** The single output for one row; the network must have exactly one output. */
    public double fire(double[] row) {
        if (outputCount() != 1)
            throw new ModelException(Messages.t("logic.network-not-one-output", what(), outputCount()));
        return evaluate(row)[0];
    }

    @Override public String what() {
        return name.isEmpty() ? Messages.t("logic.what-threshold-network") : Messages.t("logic.what-network-named", name);
    }

    @Override public String indefinite() {
        return name.isEmpty() ? Messages.t("logic.a-threshold-network") : Messages.t("logic.a-network-named", name);
    }

    /** The names of layer {@code l}'s units (0-based): h{l}_{i} for hidden units, the network's name for outputs. */
    public List<String> unitNames(int l) {
        int n = layers.get(l).size();
        List<String> names = new ArrayList<>(n);
        String out = name.isEmpty() ? "out" : name;
        for (int i = 0; i < n; i++) {
            if (l < layers.size() - 1) names.add("h" + (l + 1) + "_" + (i + 1));
            else names.add(n == 1 ? out : out + "_" + (i + 1));
        }
        return names;
    }

    @Override public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(name.isEmpty()
                ? Messages.t("logic.describe-network-head", String.join(", ", inputNames), layerCount(), unitCount())
                : Messages.t("logic.describe-named-network-head", name, String.join(", ", inputNames), layerCount(), unitCount()))
                .append('\n');
        if (!note.isEmpty()) for (String line : note.split("\n")) sb.append("  ").append(line).append('\n');
        // Columns line up across all layers, so the whole network reads as one table.
        String[][] names = new String[layers.size()][], weightTexts = new String[layers.size()][], thresholdTexts = new String[layers.size()][];
        int nameWidth = 0, weightWidth = 0, thresholdWidth = 0;
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            names[l] = unitNames(l).toArray(String[]::new);
            weightTexts[l] = new String[layer.size()];
            thresholdTexts[l] = new String[layer.size()];
            for (int i = 0; i < layer.size(); i++) {
                weightTexts[l][i] = Num.vector(layer.units().get(i).weights());
                thresholdTexts[l][i] = Num.format(layer.units().get(i).threshold());
                nameWidth = Math.max(nameWidth, names[l][i].length());
                weightWidth = Math.max(weightWidth, weightTexts[l][i].length());
                thresholdWidth = Math.max(thresholdWidth, thresholdTexts[l][i].length());
            }
        }
        List<String> reads = inputNames;
        for (int l = 0; l < layers.size(); l++) {
            sb.append("  ").append(l == layers.size() - 1
                    ? Messages.t("logic.describe-output-layer", l + 1, String.join(", ", reads))
                    : Messages.t("logic.describe-hidden-layer", l + 1, String.join(", ", reads))).append('\n');
            for (int i = 0; i < layers.get(l).size(); i++) {
                StringBuilder line = new StringBuilder("    ")
                        .append(pad(names[l][i], nameWidth)).append("  ").append(Messages.t("logic.describe-weights", pad(weightTexts[l][i], weightWidth)))
                        .append("  ").append(Messages.t("logic.describe-threshold", pad(thresholdTexts[l][i], thresholdWidth)));
                String label = layers.get(l).labels().get(i);
                if (!label.isEmpty()) line.append("  ").append(Messages.t("logic.describe-computes", label));
                sb.append(line.toString().stripTrailing()).append('\n');
            }
            reads = List.of(names[l]);
        }
        return sb.toString().stripTrailing();
    }

    private static String pad(String s, int width) { return s + " ".repeat(width - s.length()); }



    @Override public String toString() { return describe(); }
}
