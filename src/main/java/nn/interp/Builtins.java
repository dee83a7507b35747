package nn.interp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import nn.lang.source.Span;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/**
 * The builtin functions on numbers and matrices. Functions that also work on graph values (exp, log,
 * sigmoid, …) route through {@link Features#unary} so gradients flow; model-level builtins
 * (networks, datasets, units, optimizers) are installed by {@link Features#installBuiltins}.
 */
final class Builtins {
    private Builtins() {}

    private static final Map<String, Args.Signature> SIGNATURES = new LinkedHashMap<>();

    static Args bind(String name, List<Args.Given> given, Span at) {
        return Args.bind(name, SIGNATURES.get(name), given, at);
    }

    static void define(Interpreter in, String name, Args.Signature sig, BuiltinFn fn) {
        SIGNATURES.put(name, sig);
        in.globals.define(name, new Value.Builtin(name, fn));
    }

    static void install(Interpreter in) {
        define(in, "shape", Args.Signature.of("m"), a -> {
            Matrix m = a.matrix("m");
            return new Value.Mat(Matrix.row(m.rows(), m.cols()));
        });
        define(in, "rows", Args.Signature.of("m"), a -> new Value.Num(a.matrix("m").rows()));
        define(in, "cols", Args.Signature.of("m"), a -> new Value.Num(a.matrix("m").cols()));
        define(in, "transpose", Args.Signature.of("m"), a -> Features.unary(in, "transpose", a.value("m"), a.span("m")));
        define(in, "sum", Args.Signature.of("m", "axis?"), a -> reduce(in, a, "sum"));
        define(in, "mean", Args.Signature.of("m", "axis?"), a -> reduce(in, a, "mean"));
        define(in, "max", Args.Signature.of("m", "other?"), a -> extreme(in, a, true));
        define(in, "min", Args.Signature.of("m", "other?"), a -> extreme(in, a, false));
        define(in, "argmax", Args.Signature.of("m"), a -> new Value.Mat(MatrixOps.argmaxRows(a.matrix("m"))));
        define(in, "all", Args.Signature.of("m"), a -> new Value.Bool(allMatch(a.matrix("m"), v -> v != 0)));
        define(in, "any", Args.Signature.of("m"), a -> new Value.Bool(!allMatch(a.matrix("m"), v -> v == 0)));
        define(in, "round", Args.Signature.of("x", "digits?"), a -> {
            double scale = Math.pow(10, a.integer("digits", 0));
            return numeric(a.value("x"), v -> Math.round(v * scale) / scale, a, "x");
        });
        for (String f : List.of("abs", "exp", "log", "sqrt", "tanh", "sigmoid", "relu", "softmax", "step"))
            define(in, f, Args.Signature.of("x"), a -> Features.unary(in, f, a.value("x"), a.span("x")));
        define(in, "zeros", Args.Signature.of("rows", "cols?"), a -> filled(in, a, 0));
        define(in, "ones", Args.Signature.of("rows", "cols?"), a -> filled(in, a, 1));
        define(in, "eye", Args.Signature.of("n"), a -> {
            int n = nonNegative(a, "n");
            in.allocate(n, n, a.callSpan());
            return new Value.Mat(Matrix.eye(n));
        });
        define(in, "rand", Args.Signature.of("rows", "cols?"), a -> {
            int[] s = shape(in, a);
            return new Value.Mat(in.rng.uniform(s[0], s[1], 0, 1));
        });
        define(in, "randn", Args.Signature.of("rows", "cols?"), a -> {
            int[] s = shape(in, a);
            return new Value.Mat(in.rng.normal(s[0], s[1], 0, 1));
        });
        define(in, "reshape", Args.Signature.of("m", "rows", "cols"), a -> {
            Matrix m = a.matrix("m");
            int r = nonNegative(a, "rows"), c = nonNegative(a, "cols");
            if ((long) r * c != m.size())
                throw new RuntimeError(a.callSpan(), "cannot reshape a " + m.shape() + " matrix (" + m.size()
                        + " elements) to " + r + "×" + c + " (" + ((long) r * c) + " elements)");
            return new Value.Mat(new Matrix(r, c, m.data().clone()));
        });
        define(in, "len", Args.Signature.of("x"), a -> switch (a.value("x")) {
            case Value.ListV l -> new Value.Num(l.items().size());
            case Value.Str s -> new Value.Num(s.value().length());
            case Value.Mat m -> new Value.Num(m.value().rows());
            default -> new Value.Num(Features.size(in, a.value("x"), a.span("x")));
        });
        define(in, "str", Args.Signature.of("x"), a -> new Value.Str(in.format.value(a.value("x"))));
        Features.installBuiltins(in);
    }

    private static boolean allMatch(Matrix m, java.util.function.DoublePredicate p) {
        for (double v : m.data()) if (!p.test(v)) return false;
        return true;
    }

    static Value numeric(Value v, DoubleUnaryOperator f, Args a, String name) {
        return switch (Features.plain(v)) {
            case Value.Num n -> new Value.Num(f.applyAsDouble(n.value()));
            case Value.Mat m -> new Value.Mat(MatrixOps.map(m.value(), f));
            default -> throw a.wrong(name, "a number or a matrix");
        };
    }

    private static int nonNegative(Args a, String name) {
        int n = a.integer(name);
        if (n < 0) throw new RuntimeError(a.span(name), a.function() + "'s argument '" + name + "' cannot be negative, got " + n);
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

    private static Value reduce(Interpreter in, Args a, String op) {
        if (!a.has("axis")) return Features.unary(in, op, a.value("m"), a.span("m"));
        int axis = a.integer("axis");
        Matrix m = a.matrix("m");
        Matrix s = switch (axis) {
            case 0 -> MatrixOps.sumRows(m);
            case 1 -> MatrixOps.sumCols(m);
            default -> throw new RuntimeError(a.span("axis"), "axis must be 0 (down the rows) or 1 (across the columns), got " + axis);
        };
        if (op.equals("mean")) s = MatrixOps.scale(s, 1.0 / (axis == 0 ? m.rows() : m.cols()));
        return new Value.Mat(s);
    }

    private static Value extreme(Interpreter in, Args a, boolean max) {
        if (a.has("other")) return Features.binaryFunction(in, max ? "max" : "min", a.value("m"), a.value("other"), a.callSpan());
        Matrix m = a.matrix("m");
        if (m.size() == 0) throw new RuntimeError(a.span("m"), (max ? "max" : "min") + " of an empty matrix");
        return new Value.Num(max ? MatrixOps.max(m) : MatrixOps.min(m));
    }
}
