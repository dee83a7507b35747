package nn.data;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import nn.tensor.Matrix;
import nn.tensor.decimal.DecimalParser;

/**
 * Turns the cells of a target column into a target matrix: class indices (with the class count and
 * labels) or plain numbers. Whole numbers 0 … k−1 (k ≤ {@value #MAX_DIRECT_CLASSES}) are their own
 * class index, so a column of digits 0–9 gives classes 0–9 even if some digit is absent; any other
 * set of labels (words, negative or large numbers) is sorted and numbered from 0.
 */
record TargetEncoding(Matrix targets, int classes, List<String> classLabels) {
    static final int MAX_DIRECT_CLASSES = 1000;

    /** {@code cells} are the trimmed target cells in row order; {@code where} names the file and column for errors. */
    static TargetEncoding encode(List<String> cells, TargetKind kind, String file, String column) {
        boolean allNumbers = true, allWhole = true;
        double[] values = new double[cells.size()];
        for (int i = 0; i < values.length; i++) {
            String cell = cells.get(i);
            if (cell.isEmpty()) throw new DataException(Messages.t("data.cell-empty", file, i + 1, Quoted.text(column)));
            if (Numbers.isNumber(cell)) {
                values[i] = Numbers.parse(file, i + 1, column, cell);
                allWhole &= values[i] == Math.rint(values[i]);
            } else {
                if (kind == TargetKind.NUMBERS) throw Numbers.notANumber(file, i + 1, column, cell);
                allNumbers = false;
            }
        }
        boolean asClasses = switch (kind) {
            case CLASSES -> true;
            case NUMBERS -> false;
            case AUTO -> !allNumbers || allWhole;
        };
        if (!asClasses) return new TargetEncoding(new Matrix(values.length, 1, values), 0, List.of());
        return allNumbers && allWhole ? wholeNumberClasses(values) : labelledClasses(cells, allNumbers);
    }

    private static TargetEncoding wholeNumberClasses(double[] values) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : values) { min = Math.min(min, v); max = Math.max(max, v); }
        if (values.length > 0 && min >= 0 && max < MAX_DIRECT_CLASSES)
            return new TargetEncoding(new Matrix(values.length, 1, values.clone()), (int) max + 1, List.of());
        List<String> cells = new ArrayList<>();
        for (double v : values) cells.add(Format.number(v));
        return labelledClasses(cells, true);
    }

    private static TargetEncoding labelledClasses(List<String> cells, boolean numericOrder) {
        // Numeric labels sort as numbers (2 before 10); words sort as text; both independent of row order.
        TreeSet<String> distinct = new TreeSet<>(numericOrder
                ? (a, b) -> Double.compare(DecimalParser.parseDouble(a), DecimalParser.parseDouble(b)) : String::compareTo);
        distinct.addAll(cells);
        TreeMap<String, Integer> index = new TreeMap<>(distinct.comparator());
        List<String> labels = new ArrayList<>();
        for (String label : distinct) { index.put(label, labels.size()); labels.add(label); }
        double[] t = new double[cells.size()];
        for (int i = 0; i < t.length; i++) t[i] = index.get(cells.get(i));
        return new TargetEncoding(new Matrix(t.length, 1, t), labels.size(), labels);
    }
}
