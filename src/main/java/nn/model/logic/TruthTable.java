package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every input combination of a model or formula with its outputs, in the standard order
 * (00, 01, 10, 11: the first variable is the most significant bit). Inputs are 0 and 1.
 * {@link #format()} gives an aligned text table with a header naming inputs and outputs.
 */
public final class TruthTable {
    /** More variables would mean more than a million rows. */
    public static final int MAX_VARIABLES = 20;

    private final List<String> inputNames;
    private final List<String> outputNames;
    private final double[][] outputs;

    private TruthTable(List<String> inputNames, List<String> outputNames, double[][] outputs) {
        this.inputNames = List.copyOf(inputNames);
        this.outputNames = List.copyOf(outputNames);
        this.outputs = outputs;
    }

    /** The truth table of a unit or network, evaluated on every 0/1 input row. */
    public static TruthTable of(RowModel model) {
        int n = checkedSize(model.inputCount());
        double[][] outs = new double[1 << n][];
        for (int r = 0; r < outs.length; r++) outs[r] = model.evaluate(row(r, n));
        return new TruthTable(model.inputNames(), model.outputNames(), outs);
    }

    /** The truth table of {@code f} over {@code names} (which must include every variable f uses). */
    public static TruthTable of(List<String> names, BoolExpr f, String outputName) {
        int n = checkedSize(names.size());
        long[] bits = TruthVector.of(f, names);
        double[][] outs = new double[1 << n][];
        for (int r = 0; r < outs.length; r++) outs[r] = new double[] {TruthVector.get(bits, r) ? 1 : 0};
        return new TruthTable(names, List.of(outputName), outs);
    }

    /**
     * The table of any function of 0/1 inputs (a trained network, say): {@code f} maps each input
     * row to the outputs, one per name in {@code outputNames}.
     */
    public static TruthTable of(List<String> inputNames, List<String> outputNames, java.util.function.Function<double[], double[]> f) {
        int n = checkedSize(inputNames.size());
        double[][] outs = new double[1 << n][];
        for (int r = 0; r < outs.length; r++) {
            outs[r] = f.apply(row(r, n)).clone();
            if (outs[r].length != outputNames.size())
                throw new ModelException(Messages.t("logic.table-row-outputs", r + 1, outs[r].length, outputNames.size()));
        }
        return new TruthTable(inputNames, outputNames, outs);
    }

    /** The same table with its output columns renamed (as many names as outputs). */
    public TruthTable withOutputNames(List<String> names) {
        if (names.size() != outputNames.size())
            throw new ModelException(Messages.t("logic.table-outputs", outputNames.size(), names.size()));
        return new TruthTable(inputNames, names, outputs);
    }

    /** Input row {@code r} of a table over n variables: bit (n − 1 − j) of r for variable j. */
    public static double[] row(int r, int n) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) x[j] = (r >>> (n - 1 - j)) & 1;
        return x;
    }

    public List<String> inputNames() { return inputNames; }

    public List<String> outputNames() { return outputNames; }

    public int rowCount() { return outputs.length; }

    public double[] inputs(int r) { return row(r, inputNames.size()); }

    public double[] outputs(int r) { return outputs[r].clone(); }

    /** All input rows, as a dataset's inputs. */
    public double[][] inputRows() {
        double[][] x = new double[rowCount()][];
        for (int r = 0; r < x.length; r++) x[r] = inputs(r);
        return x;
    }

    /** Output column {@code k} over all rows, as a dataset's targets. */
    public double[] outputColumn(int k) {
        double[] y = new double[rowCount()];
        for (int r = 0; r < y.length; r++) y[r] = outputs[r][k];
        return y;
    }

    /** An aligned table: a header of names, then one line per row, inputs | outputs. */
    public String format() {
        List<String> headers = new ArrayList<>(inputNames);
        headers.addAll(outputNames);
        int cols = headers.size(), n = inputNames.size();
        String[][] cells = new String[rowCount()][cols];
        int[] width = new int[cols];
        for (int c = 0; c < cols; c++) width[c] = headers.get(c).length();
        for (int r = 0; r < rowCount(); r++) {
            double[] x = inputs(r);
            for (int c = 0; c < cols; c++) {
                cells[r][c] = Num.format(c < n ? x[c] : outputs[r][c - n]);
                width[c] = Math.max(width[c], cells[r][c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        appendLine(sb, headers.toArray(String[]::new), width, n);
        for (String[] line : cells) appendLine(sb, line, width, n);
        return sb.toString().stripTrailing();
    }

    private static void appendLine(StringBuilder sb, String[] cells, int[] width, int inputCount) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) line.append(c == inputCount ? " | " : "  ");
            line.append(" ".repeat(width[c] - cells[c].length())).append(cells[c]);
        }
        sb.append(line).append('\n');
    }

    private static int checkedSize(int n) {
        if (n > MAX_VARIABLES)
            throw new ModelException(Messages.t("logic.table-too-big", n, MAX_VARIABLES));
        return n;
    }

    @Override public String toString() { return format(); }
}
