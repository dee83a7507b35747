package nn.interp.lib.data;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import nn.data.Dataset;
import nn.lang.ast.Expr;
import nn.lang.ast.Stmt;
import nn.lang.check.Names;
import nn.lang.source.Span;
import nn.tensor.Matrix;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;

/**
 * Datasets in the language: literals ({@code { [0, 1] -> 1; … }}), {@code dataset NAME = …}, fields
 * ({@code d.inputs}), rows ({@code d[i]} is {@code [input, target]}) and loops
 * ({@code for x, t in d}). The builtins that make and change datasets are in {@code lib/DataLib}.
 */
public final class DataFeatures {
    private DataFeatures() {}

    /** {@code dataset NAME = expr}: the value must be a dataset; it takes the name, which its summary shows. */
    public static void declare(Interpreter in, Stmt.DatasetDecl d) {
        Value v = asDataset(in, in.eval(d.value()), d.value().span());
        in.define(d.name().text(), new Value.DatasetV(((Value.DatasetV) v).dataset().named(d.name().text())));
    }

    static Value asDataset(Interpreter in, Value v, Span at) {
        if (v instanceof Value.DatasetV) return v;
        throw new RuntimeError(at, Messages.t("data.not-a-dataset", v.describe()));
    }

    /**
     * {@code { input -> target; … }}: inputs are rows (or numbers) of one width, targets numbers or rows
     * of one width. Whole-number targets 0 … k−1 that use every class make a k-class dataset (at least
     * 2 classes); rows that are all one-hot make a one-hot dataset; any other targets are numbers.
     */
    public static Value datasetLiteral(Interpreter in, Expr.DatasetLit d) {
        List<Expr.Example> examples = d.examples();
        if (examples.isEmpty())
            throw new RuntimeError(d.span(), Messages.t("data.literal-empty"), Messages.t("data.literal-empty-hint"));
        Matrix first = row(in, examples.get(0).input(), true), firstTarget = row(in, examples.get(0).target(), false);
        int f = first.cols(), k = firstTarget.cols(), m = examples.size();
        in.allocate(m, f + k, d.span());
        double[] x = new double[m * f], t = new double[m * k];
        for (int i = 0; i < m; i++) {
            Expr.Example e = examples.get(i);
            Matrix xi = i == 0 ? first : row(in, e.input(), true), ti = i == 0 ? firstTarget : row(in, e.target(), false);
            if (xi.cols() != f)
                throw new RuntimeError(e.input().span(), Messages.t("data.literal-input-width", i + 1, xi.cols(), f));
            if (ti.cols() != k)
                throw new RuntimeError(e.target().span(), Messages.t("data.literal-target-width", i + 1, ti.cols(), k));
            System.arraycopy(xi.data(), 0, x, i * f, f);
            System.arraycopy(ti.data(), 0, t, i * k, k);
        }
        Matrix inputs = new Matrix(m, f, x), targets = new Matrix(m, k, t);
        return new Value.DatasetV(new Dataset("dataset", inputs, targets, List.of(), List.of(), classesOf(targets)));
    }

    private static Matrix row(Interpreter in, Expr e, boolean input) {
        Matrix r = in.matrixOf(Value.plain(in.eval(e)), e.span(),
                input ? Messages.t("data.an-example-input") : Messages.t("data.an-example-target"));
        if (r.rows() != 1)
            throw new RuntimeError(e.span(), input ? Messages.t("data.example-input-not-a-row", r.shape())
                    : Messages.t("data.example-target-not-a-row", r.shape()));
        return r;
    }

    /** The class count the targets of a literal imply, or 0 for numeric targets (see {@link #datasetLiteral}). */
    static int classesOf(Matrix targets) {
        double[] t = targets.data();
        if (targets.cols() > 1) {
            for (int r = 0; r < targets.rows(); r++) {
                int ones = 0;
                for (int c = 0; c < targets.cols(); c++) {
                    double v = t[r * targets.cols() + c];
                    if (v == 1) ones++;
                    else if (v != 0) return 0;
                }
                if (ones != 1) return 0;
            }
            return targets.cols();
        }
        double max = 0;
        for (double v : t) {
            if (v != Math.rint(v) || v < 0 || v >= 1000) return 0;
            max = Math.max(max, v);
        }
        boolean[] used = new boolean[(int) max + 1];
        for (double v : t) used[(int) v] = true;
        for (boolean u : used) if (!u) return 0;
        return Math.max(2, (int) max + 1);
    }

    /** {@code d[i]}: example i (0-based; −1 is the last) as the list {@code [input, target]}, so {@code x, t = d[i]} works. */
    public static Value index(Interpreter in, Value.DatasetV d, Expr.Index ix) {
        Dataset ds = d.dataset();
        if (ix.twoIndices() || ix.row() == null)
            throw new RuntimeError(ix.span(), Messages.t("data.one-index"));
        double v = in.number(in.eval(ix.row()), ix.row().span(), Messages.t("matrices.an-index"));
        if (v != Math.rint(v)) throw new RuntimeError(ix.row().span(), Messages.t("matrices.index-not-whole", in.format.number(v)));
        long i = (long) v, actual = i < 0 ? ds.size() + i : i;
        if (actual < 0 || actual >= ds.size())
            throw new RuntimeError(ix.row().span(), Messages.t("data.example-out-of-range", i, ds.size()),
                    ds.size() == 0 ? Messages.t("data.dataset-empty") : Messages.t("matrices.index-range", ds.size() - 1));
        return example(ds, (int) actual);
    }

    private static Value.ListV example(Dataset ds, int i) {
        Dataset.Example e = ds.row(i);
        return new Value.ListV(List.of(new Value.Mat(e.input()), new Value.Mat(e.target())));
    }

    /** {@code for x, t in d}: every example's input row and target row, in order. */
    public static List<Value[]> examples(Interpreter in, Value.DatasetV d) {
        Dataset ds = d.dataset();
        List<Value[]> out = new ArrayList<>(ds.size());
        for (int i = 0; i < ds.size(); i++) {
            Dataset.Example e = ds.row(i);
            out.add(new Value[] {new Value.Mat(e.input()), new Value.Mat(e.target())});
        }
        return out;
    }
}
