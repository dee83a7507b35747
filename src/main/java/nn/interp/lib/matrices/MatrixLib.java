package nn.interp.lib.matrices;

import nn.i18n.Messages;
import static nn.interp.lib.Param.of;
import static nn.interp.lib.Param.optional;

import java.util.List;
import java.util.function.DoublePredicate;
import nn.graph.Ops;
import nn.graph.op.Abs;
import nn.graph.op.Extreme;
import nn.graph.op.MeanAlong;
import nn.graph.op.Minimum;
import nn.graph.op.NoGradient;
import nn.graph.op.Op;
import nn.graph.op.Reshape;
import nn.graph.op.Sqrt;
import nn.graph.op.SumAlong;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;
import nn.tensor.Fdlibm;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;
import nn.interp.lib.Area;
import nn.interp.lib.Args;
import nn.interp.lib.Builtin;
import nn.interp.lib.Impl;
import nn.interp.lib.Numeric;
import nn.interp.lib.Param;
import nn.interp.lib.Type;
import nn.graph.Node;
import nn.interp.lib.Field;
import nn.interp.lib.Holder;
import nn.interp.lib.graph.GraphFeatures;

/** Numbers and matrices: shapes, reductions, the elementwise functions, and matrices filled or drawn at random. */
public final class MatrixLib {
    private MatrixLib() {}

    private static Builtin fn(String name, String doc, String example, Impl impl, Param... params) {
        return new Builtin(name, Area.MATRICES, List.of(params), doc, example, impl);
    }

    /** An elementwise function of one value, through its graph op. */
    private static Builtin elementwise(String name, String doc, String example, Op op) {
        return fn(name, doc, example, (in, a) -> Numeric.apply(in, op, a, false, "x"), of("x", Type.MATRIX));
    }

    public static final List<Builtin> BUILTINS = List.of(
            fn("shape", "[rows, cols] of a matrix", "shape([[1, 2, 3]])  # [1, 3]", (in, a) -> {
                Matrix m = a.matrix("m");
                return new Value.Mat(Matrix.row(m.rows(), m.cols()));
            }, of("m", Type.MATRIX)),
            fn("rows", "how many rows a matrix has", "rows([[1, 2], [3, 4], [5, 6]])  # 3",
                    (in, a) -> new Value.Num(a.matrix("m").rows()), of("m", Type.MATRIX)),
            fn("cols", "how many columns a matrix has", "cols([[1, 2, 3]])  # 3",
                    (in, a) -> new Value.Num(a.matrix("m").cols()), of("m", Type.MATRIX)),
            fn("len", "list items, string characters, matrix rows or dataset examples", "len([1, 2, 3])  # 1 (one row)",
                    MatrixLib::len, of("x", Type.ANY)),
            fn("str", "the text print shows for a value", "str(0.5)  # \"0.5\"",
                    (in, a) -> new Value.Str(in.format().value(a.value("x"))), of("x", Type.ANY)),
            fn("transpose", "rows become columns (as M.T); differentiable", "transpose([[1, 2]])  # [[1], [2]]",
                    (in, a) -> Numeric.apply(in, x -> Ops.transpose(x[0]), a, false, "m"), of("m", Type.MATRIX)),
            fn("reshape", "the same elements, row by row, in r×c", "reshape([1, 2, 3, 4], 2, 2)  # [[1, 2], [3, 4]]",
                    MatrixLib::reshape, of("m", Type.MATRIX), of("rows", Type.WHOLE), of("cols", Type.WHOLE)),
            fn("sum", "the sum of all elements, or along an axis: 0 down the rows (1×n), 1 across the columns (m×1)",
                    "sum([[1, 2], [3, 4]], 0)  # [[4, 6]]", (in, a) -> reduce(in, a, true), of("m", Type.MATRIX), optional("axis", Type.WHOLE)),
            fn("mean", "the mean of all elements, or along an axis as sum", "mean([1, 2, 3])  # 2",
                    (in, a) -> reduce(in, a, false), of("m", Type.MATRIX), optional("axis", Type.WHOLE)),
            fn("max", "the largest element; with two values, the elementwise larger (max(z, 0) is ReLU)", "max([3, 7, 5])  # 7",
                    (in, a) -> extreme(in, a, true), of("m", Type.MATRIX), optional("other", Type.MATRIX)),
            fn("min", "the smallest element; with two values, the elementwise smaller", "min([3, 7, 5])  # 3",
                    (in, a) -> extreme(in, a, false), of("m", Type.MATRIX), optional("other", Type.MATRIX)),
            fn("argmax", "the column index of each row's largest element (m×1); it has no gradient", "argmax([[1, 9, 3]])  # [[1]]",
                    (in, a) -> Numeric.apply(in, NoGradient.function("argmax", 1, m -> MatrixOps.argmaxRows(m[0])), a, false, "m"), of("m", Type.MATRIX)),
            fn("all", "whether every element is non-zero", "all([1, 2] > 0)  # true",
                    (in, a) -> new Value.Bool(allMatch(a.matrix("m"), v -> v != 0)), of("m", Type.MATRIX)),
            fn("any", "whether some element is non-zero", "any([0, 2] > 1)  # true",
                    (in, a) -> new Value.Bool(!allMatch(a.matrix("m"), v -> v == 0)), of("m", Type.MATRIX)),
            fn("round", "rounded to a number of decimals (0: whole numbers); it has no gradient", "round(3.14159, 2)  # 3.14",
                    (in, a) -> round(in, a),
                    of("x", Type.MATRIX), optional("digits", Type.WHOLE, 0)),
            fn("abs", "the absolute value, elementwise", "abs([-1, 2])  # [1, 2]",
                    (in, a) -> Numeric.apply(in, new Abs(), a, false, "x"), of("x", Type.MATRIX)),
            elementwise("exp", "e to the power x, elementwise", "exp(0)  # 1", new nn.graph.op.Exp()),
            fn("log", "the natural logarithm, elementwise (log of 0 is -inf, with a warning)", "log(exp(2))  # 2", (in, a) -> {
                Numeric.warnBelow(in, a, "x", 0, true, Messages.t("matrices.log-of-zero"), Messages.t("matrices.log-of-negative"));
                return Numeric.apply(in, new nn.graph.op.Log(), a, false, "x");
            }, of("x", Type.MATRIX)),
            fn("sqrt", "the square root, elementwise (of a negative number nan, with a warning)", "sqrt([4, 9])  # [2, 3]", (in, a) -> {
                Numeric.warnBelow(in, a, "x", 0, false, null, Messages.t("matrices.sqrt-of-negative"));
                return Numeric.apply(in, new Sqrt(), a, false, "x");
            }, of("x", Type.MATRIX)),
            elementwise("tanh", "the hyperbolic tangent, elementwise (outputs in (-1, 1))", "tanh(0)  # 0", new nn.graph.op.Tanh()),
            elementwise("sigmoid", "1 / (1 + e^-x), elementwise (outputs in (0, 1))", "sigmoid(0)  # 0.5", new nn.graph.op.Sigmoid()),
            elementwise("relu", "max(x, 0), elementwise", "relu([-1, 2])  # [0, 2]", new nn.graph.op.Relu()),
            fn("step", "1 where x ≥ 0, else 0 (the McCulloch–Pitts unit fires at Σwx ≥ T); its gradient is 0. "
                            + "step(every = N, factor = f) is instead a learning-rate schedule: lr·f every N epochs (StepLR)",
                    "step([-1, 0, 2])  # [0, 1, 1]", MatrixLib::step,
                    optional("x", Type.MATRIX), optional("every", Type.WHOLE), optional("factor", Type.NUMBER)),
            fn("leaky_relu", "x where x > 0, else slope·x, elementwise (PyTorch's LeakyReLU)", "leaky_relu([-2, 3])  # [-0.02, 3]",
                    (in, a) -> Numeric.apply(in, new nn.graph.op.LeakyRelu(a.number("slope")), a, false, "x"),
                    of("x", Type.MATRIX), optional("slope", Type.NUMBER, nn.graph.op.LeakyRelu.DEFAULT_SLOPE)),
            fn("elu", "x where x > 0, else alpha·(eˣ − 1), elementwise (PyTorch's ELU)", "elu([-1, 2])  # [-0.6321, 2]",
                    (in, a) -> Numeric.apply(in, new nn.graph.op.Elu(a.number("alpha")), a, false, "x"),
                    of("x", Type.MATRIX), optional("alpha", Type.NUMBER, nn.graph.op.Elu.DEFAULT_ALPHA)),
            elementwise("softplus", "ln(1 + eˣ), elementwise: a smooth relu (PyTorch's Softplus)", "softplus(0)  # 0.6931",
                    new nn.graph.op.Softplus()),
            elementwise("gelu", "x·Φ(x), Φ the normal distribution function, elementwise (PyTorch's GELU, exact form)",
                    "gelu(1)  # 0.8413", new nn.graph.op.Gelu()),
            fn("softmax", "each row becomes positive numbers summing to 1", "softmax([0, 0])  # [0.5, 0.5]",
                    MatrixLib::softmax, of("x", Type.MATRIX)),
            fn("zeros", "a matrix of zeros; zeros(n) is a 1×n row", "zeros(2, 3)", (in, a) -> filled(in, a, 0),
                    of("rows", Type.WHOLE), optional("cols", Type.WHOLE)),
            fn("ones", "a matrix of ones; ones(n) is a 1×n row", "ones(1, 3)  # [1, 1, 1]", (in, a) -> filled(in, a, 1),
                    of("rows", Type.WHOLE), optional("cols", Type.WHOLE)),
            fn("eye", "the n×n identity matrix", "eye(2)  # [[1, 0], [0, 1]]", (in, a) -> {
                int n = nonNegative(a, "n");
                in.allocate(n, n, a.callSpan());
                return new Value.Mat(Matrix.eye(n));
            }, of("n", Type.WHOLE)),
            fn("rand", "uniform numbers in [0, 1) from the run's seeded generator; rand(n) is a 1×n row", "rand(2, 3)", (in, a) -> {
                int[] s = shape(in, a);
                return new Value.Mat(in.rng().uniform(s[0], s[1], 0, 1));
            }, of("rows", Type.WHOLE), optional("cols", Type.WHOLE)),
            fn("randn", "standard normal numbers from the run's seeded generator; randn(n) is a 1×n row", "randn(2, 3)", (in, a) -> {
                int[] s = shape(in, a);
                return new Value.Mat(in.rng().normal(s[0], s[1], 0, 1));
            }, of("rows", Type.WHOLE), optional("cols", Type.WHOLE)));

    private static Value step(Interpreter in, Args a) {
        if (a.has("every") || a.has("factor")) {
            if (a.has("x"))
                throw new RuntimeError(a.span("x"), Messages.t("matrices.step-function-or-schedule"));
            if (!a.has("every"))
                throw new RuntimeError(a.callSpan(), Messages.t("matrices.step-schedule-needs-every"),
                        Messages.t("matrices.step-schedule-needs-every-hint"));
            return nn.interp.lib.graph.GraphLib.stepSchedule(a);
        }
        if (!a.has("x")) throw new RuntimeError(a.callSpan(), Messages.t("registry.missing-argument", "step", "x"), Messages.t("matrices.step-needs-x-hint"));
        return Numeric.apply(in, new nn.graph.op.Step(), a, false, "x");
    }

    private static Value len(Interpreter in, Args a) {
        return switch (a.value("x")) {
            case Value.ListV l -> new Value.Num(l.items().size());
            case Value.Str s -> new Value.Num(s.value().codePointCount(0, s.value().length()));
            case Value.Mat m -> new Value.Num(m.value().rows());
            case Value.Tracked t -> new Value.Num(t.node().value().rows());
            case Value.DatasetV d -> new Value.Num(d.dataset().size());
            default -> throw new RuntimeError(a.span("x"), Messages.t("matrices.len-needs", a.value("x").describe()));
        };
    }

    private static Value reshape(Interpreter in, Args a) {
        Matrix m = a.matrix("m");
        int r = nonNegative(a, "rows"), c = nonNegative(a, "cols");
        if ((long) r * c != m.size())
            throw new RuntimeError(a.callSpan(), Messages.t("matrices.cannot-reshape", m.shape(), m.size(), r + "×" + c, (long) r * c));
        return Numeric.apply(in, new Reshape(r, c), a, false, "m");
    }

    /**
     * softmax of a plain matrix remembers the scores it came from, so {@code cross_entropy(softmax(z), t)}
     * folds the softmax into the loss as it does for values computed from parameters.
     */
    private static Value softmax(Interpreter in, Args a) {
        Value out = Numeric.apply(in, new nn.graph.op.Softmax(), a, false, "x");
        Value x = a.value("x");
        if (out instanceof Value.Mat m && (x instanceof Value.Mat || x instanceof Value.Num))
            return new Value.Mat(m.value(), a.matrix("x"));
        return out;
    }

    private static Value round(Interpreter in, Args a) {
        int digits = a.integer("digits");
        return Numeric.apply(in, NoGradient.function("round", 1, m -> MatrixOps.map(m[0], v -> roundTo(v, digits))),
                a, false, "x");
    }

    /**
     * Half up at {@code digits} decimals. NaN and infinities stay; a value already whole at that
     * precision (|v·10^digits| ≥ 2^52, as 1e20 is) is returned as it is, never squeezed through a long.
     */
    static double roundTo(double v, int digits) {
        if (!Double.isFinite(v) || digits > 325) return v;
        if (digits < -308) return 0.0;
        double scale = Fdlibm.pow(10, digits), scaled = v * scale;
        if (!Double.isFinite(scaled) || Math.abs(scaled) >= 0x1p52) return v;
        return Math.floor(scaled + 0.5) / scale;
    }

    private static boolean allMatch(Matrix m, DoublePredicate p) {
        for (double v : m.data()) if (!p.test(v)) return false;
        return true;
    }

    private static int nonNegative(Args a, String name) {
        int n = a.integer(name);
        if (n < 0) throw new RuntimeError(a.span(name), Messages.t("matrices.negative-argument", a.function(), name, n));
        return n;
    }

    /** zeros(r, c) is r×c; zeros(n) is a 1×n row (NumPy's zeros(n) is a vector, and nn's vectors are rows). */
    private static int[] shape(Interpreter in, Args a) {
        int r = nonNegative(a, "rows");
        int c = a.has("cols") ? nonNegative(a, "cols") : r;
        if (!a.has("cols")) { c = r; r = 1; }
        in.allocate(r, c, a.callSpan());
        return new int[] {r, c};
    }

    private static Value filled(Interpreter in, Args a, double v) {
        int[] s = shape(in, a);
        return new Value.Mat(Matrix.filled(s[0], s[1], v));
    }

    private static Value reduce(Interpreter in, Args a, boolean sum) {
        if (!a.has("axis")) return Numeric.apply(in, x -> sum ? Ops.sum(x[0]) : Ops.mean(x[0]), a, true, "m");
        int axis = a.integer("axis");
        if (axis != 0 && axis != 1)
            throw new RuntimeError(a.span("axis"), Messages.t("matrices.bad-axis", axis));
        return Numeric.apply(in, sum ? new SumAlong(axis) : new MeanAlong(axis), a, false, "m");
    }

    private static Value extreme(Interpreter in, Args a, boolean max) {
        if (a.has("other"))
            return max ? Numeric.apply(in, x -> Ops.maximum(x[0], x[1]), a, false, "m", "other")
                    : Numeric.apply(in, new Minimum(), a, false, "m", "other");
        Matrix m = Numeric.matrix(a, "m");
        if (m.size() == 0) throw new RuntimeError(a.span("m"), Messages.t("matrices.extreme-of-empty", max ? "max" : "min"));
        return Numeric.apply(in, new Extreme(max), a, true, "m");
    }

    private static Matrix matrix(Value v) { return ((Value.Mat) Value.plain(v)).value(); }

    /** The fields of a matrix (a parameter has them too); {@code .T} is the graph's transpose, so it never cuts the graph. */
    public static final List<Field> FIELDS = List.of(
            Field.of("T", Holder.MATRIX, "matrix", "the transpose (stays in the graph for a parameter)",
                    (in, v) -> GraphFeatures.result(in, Ops.transpose(v instanceof Value.Tracked t ? t.node() : Node.constant(matrix(v))))),
            Field.of("shape", Holder.MATRIX, "matrix", "[rows, cols]", (in, v) -> new Value.Mat(Matrix.row(matrix(v).rows(), matrix(v).cols()))),
            Field.of("rows", Holder.MATRIX, "number", "the number of rows", (in, v) -> new Value.Num(matrix(v).rows())),
            Field.of("cols", Holder.MATRIX, "number", "the number of columns", (in, v) -> new Value.Num(matrix(v).cols())));
}
