package nn.data;

import nn.i18n.Messages;
import java.util.regex.Pattern;
import nn.tensor.decimal.DecimalParser;

/** What a table cell must look like to be read as a number, and the error when it does not. */
final class Numbers {
    private Numbers() {}

    // Plain decimals with an optional exponent; Double.parseDouble and DecimalParser alone would also take "NaN", "1d" and hex.
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    static boolean isNumber(String cell) { return DECIMAL.matcher(cell).matches(); }

    /** The value of a feature cell; {@code row} counts data rows from 1, after the header. */
    static double parse(String file, int row, String column, String cell) {
        if (!isNumber(cell)) throw notANumber(file, row, column, cell);
        double v = DecimalParser.parseDouble(cell);
        if (Double.isInfinite(v))
            throw new DataException(Messages.t("data.cell-too-large", file, row, Quoted.text(column), Quoted.text(cell)));
        return v;
    }

    /** {@code row} counts data rows from 1, after the header. */
    static DataException notANumber(String file, int row, String column, String cell) {
        if (cell.isEmpty()) return new DataException(Messages.t("data.cell-empty", file, row, Quoted.text(column)));
        return new DataException(Messages.t("data.cell-not-a-number", file, row, Quoted.text(column), Quoted.text(cell)));
    }
}
