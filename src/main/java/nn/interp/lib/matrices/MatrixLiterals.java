package nn.interp.lib.matrices;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import nn.lang.ast.Expr;
import nn.tensor.Matrix;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;

/**
 * Builds {@code [ … ]}: numbers make a 1×n row; rows of equal length stack into a matrix; any other
 * element (a network, a string, …) makes a list. Ragged rows are an error naming the row.
 */
public final class MatrixLiterals {
    private MatrixLiterals() {}

    public static Value build(Interpreter in, Expr.MatrixLit lit) {
        List<Value> values = new ArrayList<>(lit.elements().size());
        for (Expr e : lit.elements()) values.add(in.eval(e));
        if (values.isEmpty()) return new Value.Mat(Matrix.zeros(0, 0));
        boolean allNumbers = values.stream().allMatch(v -> v instanceof Value.Num || v instanceof Value.Bool);
        if (allNumbers) {
            double[] row = new double[values.size()];
            for (int i = 0; i < row.length; i++) row[i] = scalar(values.get(i));
            return new Value.Mat(new Matrix(1, row.length, row));
        }
        boolean allRows = values.stream().allMatch(v -> v instanceof Value.Mat);
        if (!allRows) {
            boolean anyNumeric = values.stream().anyMatch(v -> v instanceof Value.Num || v instanceof Value.Mat);
            boolean anyOther = values.stream().anyMatch(v -> !(v instanceof Value.Num || v instanceof Value.Mat || v instanceof Value.Bool));
            if (anyNumeric && !anyOther) throw mixed(lit, values);
            return new Value.ListV(List.copyOf(values));
        }
        return stack(in, lit, values);
    }

    private static double scalar(Value v) {
        return v instanceof Value.Num n ? n.value() : ((Value.Bool) v).value() ? 1 : 0;
    }

    private static RuntimeError mixed(Expr.MatrixLit lit, List<Value> values) {
        for (int i = 0; i < values.size(); i++)
            if (values.get(i) instanceof Value.Num)
                return new RuntimeError(lit.elements().get(i).span(), Messages.t("matrices.mixed-literal"),
                        Messages.t("matrices.mixed-literal-hint"));
        return new RuntimeError(lit.span(), Messages.t("matrices.mixed-literal"));
    }

    private static Value stack(Interpreter in, Expr.MatrixLit lit, List<Value> rows) {
        int cols = -1, total = 0;
        for (int i = 0; i < rows.size(); i++) {
            Matrix m = ((Value.Mat) rows.get(i)).value();
            if (m.rows() != 1)
                throw new RuntimeError(lit.elements().get(i).span(), Messages.t("matrices.literal-element-is-matrix", m.shape()),
                        Messages.t("matrices.literal-element-is-matrix-hint"));
            if (cols < 0) cols = m.cols();
            else if (m.cols() != cols)
                throw new RuntimeError(lit.elements().get(i).span(), Messages.t("matrices.ragged", i + 1, m.cols(), cols),
                        Messages.t("matrices.ragged-hint"));
            total += m.cols();
        }
        in.allocate(rows.size(), cols, lit.span());
        double[] data = new double[total];
        for (int i = 0; i < rows.size(); i++)
            System.arraycopy(((Value.Mat) rows.get(i)).value().data(), 0, data, i * cols, cols);
        return new Value.Mat(new Matrix(rows.size(), cols, data));
    }
}
