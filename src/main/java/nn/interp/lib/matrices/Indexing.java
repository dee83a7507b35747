package nn.interp.lib.matrices;

import nn.i18n.Messages;
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
            if (ix.twoIndices() || ix.row() == null) throw new RuntimeError(ix.span(), Messages.t("matrices.list-one-index"));
            if (ix.row() instanceof Expr.Slice sl) {
                int[] picked = slice(in, sl, l.items().size());
                List<Value> items = new ArrayList<>(picked.length);
                for (int i : picked) items.add(l.items().get(i));
                return new Value.ListV(List.copyOf(items));
            }
            return l.items().get(index(in, ix.row(), l.items().size(), Axis.ITEM, null));
        }
        if (plain instanceof Value.Str str) return character(in, str.value(), ix);
        if (plain instanceof Value.DatasetV d && ix.row() instanceof Expr.Slice sl && !ix.twoIndices()) {
            int[] picked = slice(in, sl, d.dataset().size());
            in.budget().allocate((long) picked.length * (d.dataset().features() + d.dataset().targets().cols()),
                    Messages.t("matrices.budget-dataset", picked.length), ix.span());
            return new Value.DatasetV(d.dataset().select(picked));
        }
        if (!(plain instanceof Value.Mat mv)) {
            Value other = Features.index(in, target, ix);
            if (other != null) return other;
            throw new RuntimeError(ix.target().span(), Messages.t("matrices.cannot-index", target.describe()));
        }
        Matrix m = mv.value();
        int[] rows = axis(in, ix.row(), m.rows(), Axis.ROW, m);
        int[] cols = ix.twoIndices() ? axis(in, ix.col(), m.cols(), Axis.COLUMN, m) : all(m.cols());
        // A value computed from parameters stays in the graph: W[0, 1] is a block of W that backward reaches.
        if (target instanceof Value.Tracked t && rows.length > 0 && cols.length > 0) {
            if (!contiguous(rows) || !contiguous(cols))
                throw new RuntimeError(ix.span(), Messages.t("matrices.stepped-slice-of-parameter"),
                        Messages.t("matrices.stepped-slice-of-parameter-hint"));
            return GraphFeatures.result(in, nn.graph.Ops.apply(new nn.graph.op.Slice(rows[0], rows[rows.length - 1] + 1,
                    cols[0], cols[cols.length - 1] + 1), t.node()));
        }
        if (ix.twoIndices() && isOne(ix.row()) && isOne(ix.col())) return new Value.Num(m.get(rows[0], cols[0]));
        in.budget().allocate((long) rows.length * cols.length, Messages.t("matrices.budget-slice", rows.length + "×" + cols.length), ix.span());
        double[] data = new double[rows.length * cols.length];
        for (int i = 0; i < rows.length; i++)
            for (int j = 0; j < cols.length; j++) data[i * cols.length + j] = m.get(rows[i], cols[j]);
        return new Value.Mat(new Matrix(rows.length, cols.length, data));
    }

    /** One index (not ':' and not a slice): W[i, j] with two of them is a number. */
    private static boolean isOne(Expr e) { return e != null && !(e instanceof Expr.Slice); }

    private static boolean contiguous(int[] picked) {
        for (int i = 1; i < picked.length; i++) if (picked[i] != picked[i - 1] + 1) return false;
        return true;
    }

    /** s[i] is the i-th character, s[a:b] the characters a to b-1 (characters are code points, as len counts them). */
    private static Value character(Interpreter in, String s, Expr.Index ix) {
        if (ix.twoIndices() || ix.row() == null) throw new RuntimeError(ix.span(), Messages.t("matrices.string-one-index"));
        int[] points = s.codePoints().toArray();
        if (ix.row() instanceof Expr.Slice sl) {
            StringBuilder out = new StringBuilder();
            for (int i : slice(in, sl, points.length)) out.appendCodePoint(points[i]);
            return new Value.Str(out.toString());
        }
        return new Value.Str(new String(Character.toChars(points[index(in, ix.row(), points.length, Axis.CHARACTER, null)])));
    }

    /**
     * The positions a slice start:stop:step picks from {@code size}, as Python's slice.indices: parts may be
     * left out, negative ones count from the end, bounds are clamped (xs[0:100] of 3 items is all 3), a
     * negative step walks backwards (xs[::-1] reverses).
     */
    static int[] slice(Interpreter in, Expr.Slice sl, int size) {
        long step = sl.step() == null ? 1 : whole(in, sl.step(), Messages.t("matrices.slice-step"));
        if (step == 0) throw new RuntimeError(sl.step().span(), Messages.t("matrices.slice-step-zero"), Messages.t("matrices.slice-step-zero-hint"));
        long start, stop;
        if (step > 0) {
            start = sl.start() == null ? 0 : clamp(whole(in, sl.start(), Messages.t("matrices.slice-start")), size, 0, size);
            stop = sl.stop() == null ? size : clamp(whole(in, sl.stop(), Messages.t("matrices.slice-end")), size, 0, size);
        } else {
            start = sl.start() == null ? size - 1 : clamp(whole(in, sl.start(), Messages.t("matrices.slice-start")), size, -1, size - 1);
            stop = sl.stop() == null ? -1 : clamp(whole(in, sl.stop(), Messages.t("matrices.slice-end")), size, -1, size - 1);
        }
        long count = step > 0 ? Math.max(0, (stop - start + step - 1) / step) : Math.max(0, (start - stop - step - 1) / -step);
        int[] out = new int[(int) count];
        for (int i = 0; i < count; i++) out[i] = (int) (start + i * step);
        return out;
    }

    private static long clamp(long i, int size, long low, long high) {
        long actual = i < 0 ? i + size : i;
        return Math.max(low, Math.min(high, actual));
    }

    private static long whole(Interpreter in, Expr e, String what) {
        double d = in.number(in.eval(e), e.span(), what);
        if (d != Math.rint(d) || Math.abs(d) > 1e15)
            throw new RuntimeError(e.span(), Messages.t("matrices.slice-part-not-whole", what, in.format.number(d)));
        return (long) d;
    }

    public static Value set(Interpreter in, Value target, Expr.Index ix, Value value) {
        if (target instanceof Value.ListV l) {
            if (ix.twoIndices() || ix.row() == null || ix.row() instanceof Expr.Slice)
                throw new RuntimeError(ix.span(), Messages.t("matrices.list-item-assignment"),
                        Messages.t("matrices.list-item-assignment-hint"));
            List<Value> items = new ArrayList<>(l.items());
            items.set(index(in, ix.row(), items.size(), Axis.ITEM, null), value);
            return new Value.ListV(List.copyOf(items));
        }
        if (!(target instanceof Value.Mat mv)) throw new RuntimeError(ix.target().span(), Messages.t("matrices.cannot-assign-into", target.describe()));
        Matrix m = mv.value().copy();
        int[] rows = axis(in, ix.row(), m.rows(), Axis.ROW, m);
        int[] cols = ix.twoIndices() ? axis(in, ix.col(), m.cols(), Axis.COLUMN, m) : all(m.cols());
        Matrix src = in.matrixOf(Value.plain(value), ix.span(), Messages.t("matrices.assigned-value"));
        boolean scalar = src.isScalar();
        if (!scalar && (src.rows() != rows.length || src.cols() != cols.length))
            throw new RuntimeError(ix.span(), Messages.t("matrices.assign-shape-mismatch", src.shape(), rows.length + "×" + cols.length));
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

    /** What an index picks, which names it in an out-of-range error. */
    private enum Axis { ROW, COLUMN, ITEM, CHARACTER }

    private static int[] axis(Interpreter in, Expr e, int size, Axis what, Matrix m) {
        if (e instanceof Expr.Slice sl) return slice(in, sl, size);
        return e == null ? all(size) : new int[] {index(in, e, size, what, m)};
    }

    /** The position {@code e} picks among {@code size}; {@code m} is the matrix a row or column index is of. */
    private static int index(Interpreter in, Expr e, int size, Axis what, Matrix m) {
        Span at = e.span();
        double d = in.number(in.eval(e), at, Messages.t("matrices.an-index"));
        if (d != Math.rint(d)) throw new RuntimeError(at, Messages.t("matrices.index-not-whole", in.format.number(d)));
        long i = (long) d;
        long actual = i < 0 ? size + i : i;
        if (actual < 0 || actual >= size) {
            String message = switch (what) {
                case ROW -> Messages.t("matrices.row-out-of-range", i, m.shape());
                case COLUMN -> Messages.t("matrices.column-out-of-range", i, m.shape());
                case ITEM -> Messages.t("matrices.item-out-of-range", i, size);
                case CHARACTER -> Messages.t("matrices.character-out-of-range", i, size);
            };
            // NumPy's habit: [1, 2] is one row here, so xs[1] (and W[0][1]) ask for a second row; the number is [0, 1].
            boolean oneRow = what == Axis.ROW && m != null && m.rows() == 1 && actual >= 0 && actual < m.cols();
            throw new RuntimeError(at, message,
                    size == 0 ? Messages.t("matrices.index-empty")
                            : oneRow ? Messages.t("matrices.index-one-row", m.cols(), actual) : Messages.t("matrices.index-range", size - 1));
        }
        return (int) actual;
    }
}
