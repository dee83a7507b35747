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
            if (ix.row() instanceof Expr.Slice sl) {
                int[] picked = slice(in, sl, l.items().size());
                List<Value> items = new ArrayList<>(picked.length);
                for (int i : picked) items.add(l.items().get(i));
                return new Value.ListV(List.copyOf(items));
            }
            return l.items().get(index(in, ix.row(), l.items().size(), "item", "a list of " + l.items().size()));
        }
        if (plain instanceof Value.Str str) return character(in, str.value(), ix);
        if (plain instanceof Value.DatasetV d && ix.row() instanceof Expr.Slice sl && !ix.twoIndices()) {
            int[] picked = slice(in, sl, d.dataset().size());
            in.budget().allocate((long) picked.length * (d.dataset().features() + d.dataset().targets().cols()),
                    "a dataset of " + picked.length + " examples", ix.span());
            return new Value.DatasetV(d.dataset().select(picked));
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
        if (target instanceof Value.Tracked t && rows.length > 0 && cols.length > 0) {
            if (!contiguous(rows) || !contiguous(cols))
                throw new RuntimeError(ix.span(), "a slice with a step of a value computed from parameters has no gradient path",
                        "slice with step 1 (W[0:2]), or take the rows one at a time");
            return GraphFeatures.result(in, nn.graph.Ops.apply(new nn.graph.op.Slice(rows[0], rows[rows.length - 1] + 1,
                    cols[0], cols[cols.length - 1] + 1), t.node()));
        }
        if (ix.twoIndices() && isOne(ix.row()) && isOne(ix.col())) return new Value.Num(m.get(rows[0], cols[0]));
        in.budget().allocate((long) rows.length * cols.length, "a " + rows.length + "×" + cols.length + " slice", ix.span());
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
        if (ix.twoIndices() || ix.row() == null) throw new RuntimeError(ix.span(), "a string takes one index, like s[0] or s[1:3]");
        int[] points = s.codePoints().toArray();
        if (ix.row() instanceof Expr.Slice sl) {
            StringBuilder out = new StringBuilder();
            for (int i : slice(in, sl, points.length)) out.appendCodePoint(points[i]);
            return new Value.Str(out.toString());
        }
        return new Value.Str(new String(Character.toChars(points[index(in, ix.row(), points.length, "character", "a string of " + points.length)])));
    }

    /**
     * The positions a slice start:stop:step picks from {@code size}, as Python's slice.indices: parts may be
     * left out, negative ones count from the end, bounds are clamped (xs[0:100] of 3 items is all 3), a
     * negative step walks backwards (xs[::-1] reverses).
     */
    static int[] slice(Interpreter in, Expr.Slice sl, int size) {
        long step = sl.step() == null ? 1 : whole(in, sl.step(), "a slice's step");
        if (step == 0) throw new RuntimeError(sl.step().span(), "a slice's step cannot be 0", "use 1 for every item, 2 for every other");
        long start, stop;
        if (step > 0) {
            start = sl.start() == null ? 0 : clamp(whole(in, sl.start(), "a slice's start"), size, 0, size);
            stop = sl.stop() == null ? size : clamp(whole(in, sl.stop(), "a slice's end"), size, 0, size);
        } else {
            start = sl.start() == null ? size - 1 : clamp(whole(in, sl.start(), "a slice's start"), size, -1, size - 1);
            stop = sl.stop() == null ? -1 : clamp(whole(in, sl.stop(), "a slice's end"), size, -1, size - 1);
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
            throw new RuntimeError(e.span(), what + " must be a whole number, got " + in.format.number(d));
        return (long) d;
    }

    public static Value set(Interpreter in, Value target, Expr.Index ix, Value value) {
        if (target instanceof Value.ListV l) {
            if (ix.twoIndices() || ix.row() == null || ix.row() instanceof Expr.Slice)
                throw new RuntimeError(ix.span(), "a list's items are assigned one at a time, like items[0] = v",
                        "to make a list from parts write xs[0:2] + [v] + xs[3:]");
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
        if (e instanceof Expr.Slice sl) return slice(in, sl, size);
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
