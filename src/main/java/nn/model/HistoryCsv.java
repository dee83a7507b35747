package nn.model;

import nn.tensor.decimal.ShortestDigits;

/**
 * A {@link History} as CSV for a spreadsheet or pandas: a header, then one row per epoch —
 * {@code epoch,loss[,accuracy][,val_loss[,val_accuracy]],lr} (accuracy columns only for data with
 * classes, validation columns only when the run had validation data). Numbers are written in full
 * (Java's shortest text that reads back to the same double), a NaN as an empty cell.
 */
public final class HistoryCsv {
    private HistoryCsv() {}

    public static String write(History h) {
        boolean acc = h.hasAccuracy(), val = h.hasValidation();
        StringBuilder s = new StringBuilder("epoch,loss");
        if (acc) s.append(",accuracy");
        if (val) s.append(",val_loss");
        if (val && acc) s.append(",val_accuracy");
        s.append(",lr\n");
        double[] l = h.losses(), a = h.accuracies(), vl = h.valLosses(), va = h.valAccuracies(), r = h.rates();
        for (int e = 0; e < l.length; e++) {
            s.append(e + 1).append(',').append(cell(l[e]));
            if (acc) s.append(',').append(cell(a[e]));
            if (val) s.append(',').append(cell(vl[e]));
            if (val && acc) s.append(',').append(cell(va[e]));
            s.append(',').append(cell(r[e])).append('\n');
        }
        return s.toString();
    }

    private static String cell(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return ShortestDigits.toString(v);
    }
}
