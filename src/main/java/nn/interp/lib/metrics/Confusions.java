package nn.interp.lib.metrics;

import nn.i18n.Messages;
import nn.lang.ast.Expr;
import nn.tensor.Matrix;
import nn.interp.Format;
import nn.interp.Value;

/** How a confusion matrix ({@code confusion(net, data)}) prints, and its fields. */
public final class Confusions {
    private Confusions() {}

    /**
     * The confusion matrix as a table: a header line, the predicted classes across, the actual classes
     * down, then the accuracy it implies.
     */
    public static String table(Format f, Value.ConfusionV c) {
        Matrix m = c.counts();
        int k = m.rows();
        String[][] cells = new String[k + 1][k + 1];
        cells[0][0] = "";
        for (int j = 0; j < k; j++) cells[0][j + 1] = c.labels().get(j);
        long total = 0, right = 0;
        for (int i = 0; i < k; i++) {
            cells[i + 1][0] = c.labels().get(i);
            for (int j = 0; j < k; j++) {
                long n = (long) m.get(i, j);
                cells[i + 1][j + 1] = Long.toString(n);
                total += n;
                if (i == j) right += n;
            }
        }
        int[] width = new int[k + 1];
        for (String[] row : cells) for (int j = 0; j <= k; j++) width[j] = Math.max(width[j], row[j].length());
        StringBuilder s = new StringBuilder(Messages.t("metrics.confusion-title")).append('\n');
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder(" ");
            for (int j = 0; j <= k; j++) line.append("  ").append(" ".repeat(width[j] - row[j].length())).append(row[j]);
            s.append(line.toString().stripTrailing()).append('\n');
        }
        s.append(Messages.t("metrics.confusion-accuracy", total == 0 ? "nan" : f.number((double) right / total), right, total));
        return s.toString();
    }

}
