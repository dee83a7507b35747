package nn.interp.lib.matrices;

import java.util.ArrayList;
import java.util.List;
import nn.lang.ast.Expr;
import nn.lang.source.Span;
import nn.tensor.Matrix;
import nn.interp.Features;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;
import nn.interp.lib.graph.GraphFeatures;

/**
 * Zero-based indexing as in NumPy: {@code W[i]} is row i (1×n), {@code W[i, j]} an element, ':' a whole
 * axis ({@code W[:, j]} is column j, m×1), negative indices count from the end. Assigning to an index
 * changes a copy bound to the same name, so other names holding the old matrix keep it.
 */
public final class Indexing {
    private Indexing() {}

    public static Value get(Interpreter in, Value target, Expr.Index ix) {
        Value plain = Value.plain(target);
        if (plain instanceof Value.ListV l) {
            if (ix.twoIndices() || ix.row() == null) throw new RuntimeError(ix.span(), "a list takes one index, like items[0]");
            return l.items().get(index(in, ix.row(), l.items().size(), "item", "a list of " + l.items().size()));
        }
        if (!(plain instanceof Value.Mat mv)) {
            Value other = Features.index(in, target, ix);
            if (other != null) return other;
            throw new RuntimeError(ix.target().span(), "cannot index " + target.describe());
        }
        Matrix m = mv.value();
        int[] rows = axis(in, ix.row(), m.rows(), "row", m);
        int[] cols = ix.twoIndices() ? axis(in, ix.col(), m.cols(), "column", m) : all(m.cols());
        // A value computed from parameters stays in the graph: W[0, 1] is a block of W that backward reaches.
        if (target instanceof Value.Tracked t && rows.length > 0 && cols.length > 0)
            return GraphFeatures.result(in, nn.graph.Ops.apply(new nn.graph.op.Slice(rows[0], rows[rows.length - 1] + 1,
                    cols[0], cols[cols.length - 1] + 1), t.node()));
        if (ix.twoIndices() && ix.row() != null && ix.col() != null) return new Value.Num(m.get(rows[0], cols[0]));
        double[] data = new double[rows.length * cols.length];
        for (int i = 0; i < rows.length; i++)
            for (int j = 0; j < cols.length; j++) data[i * cols.length + j] = m.get(rows[i], cols[j]);
        return new Value.Mat(new Matrix(rows.length, cols.length, data));
    }

    public static Value set(Interpreter in, Value target, Expr.Index ix, Value value) {
        if (target instanceof Value.ListV l) {
            List<Value> items = new ArrayList<>(l.items());
            items.set(index(in, ix.row(), items.size(), "item", "a list of " + items.size()), value);
            return new Value.ListV(List.copyOf(items));
        }
        if (!(target instanceof Value.Mat mv)) throw new RuntimeError(ix.target().span(), "cannot assign into " + target.describe());
        Matrix m = mv.value().copy();
        int[] rows = axis(in, ix.row(), m.rows(), "row", m);
        int[] cols = ix.twoIndices() ? axis(in, ix.col(), m.cols(), "column", m) : all(m.cols());
        Matrix src = in.matrixOf(Value.plain(value), ix.span(), "the assigned value");
        boolean scalar = src.isScalar();
        if (!scalar && (src.rows() != rows.length || src.cols() != cols.length))
            throw new RuntimeError(ix.span(), "cannot assign a " + src.shape() + " matrix to a " + rows.length + "×" + cols.length + " selection");
        for (int i = 0; i < rows.length; i++)
            for (int j = 0; j < cols.length; j++)
                m.data()[rows[i] * m.cols() + cols[j]] = scalar ? src.item() : src.get(i, j);
        return new Value.Mat(m);
    }

    private static int[] all(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = i;
        return out;
    }

    private static int[] axis(Interpreter in, Expr e, int size, String what, Matrix m) {
        return e == null ? all(size) : new int[] {index(in, e, size, what, "a " + m.shape() + " matrix")};
    }

    private static int index(Interpreter in, Expr e, int size, String what, String of) {
        Span at = e.span();
        double d = in.number(in.eval(e), at, "an index");
        if (d != Math.rint(d)) throw new RuntimeError(at, "an index must be a whole number, got " + in.format.number(d));
        long i = (long) d;
        long actual = i < 0 ? size + i : i;
        if (actual < 0 || actual >= size)
            throw new RuntimeError(at, what + " index " + i + " is out of range for " + of,
                    size == 0 ? "it is empty" : "indices run from 0 to " + (size - 1) + " (or -1 for the last)");
        return (int) actual;
    }
}
