package nn.interp.lib.matrices;

import nn.i18n.Messages;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nn.graph.Node;
import nn.graph.Ops;
import nn.graph.op.NoGradient;
import nn.interp.Interpreter;
import nn.interp.lib.graph.GraphFeatures;
import nn.lang.ast.Expr;
import nn.lang.ast.Expr.BinaryOp;

import nn.tensor.Matrix;
import nn.tensor.MatrixOps;
import nn.interp.Budget;
import nn.interp.RuntimeError;
import nn.interp.Value;

/**
 * The operators of the language on values, one path for plain values and parameters alike: every
 * arithmetic operator and comparison is a graph op ({@link Ops}), and an op on constants is a constant,
 * so plain numbers and matrices build no graph while a value computed from a parameter stays in it.
 * Numbers with numbers give numbers; anything with a matrix broadcasts as NumPy does; {@code ==} and
 * {@code !=} compare whole values and give a bool, while {@code < <= > >=} on matrices compare
 * elementwise and give a 0/1 matrix. A comparison has no gradient, so (as in PyTorch) it compares the
 * values and its 0/1 result is a constant: a mask built from it leaves the graph untouched.
 *
 * <p>Division by zero: number / number is an error (as in Python); elementwise matrix arithmetic follows
 * IEEE (1/0 = inf, 0/0 = nan) and the interpreter prints a warning where a result stops being finite.
 */
public final class Arith {
    private final Budget budget;

    public Arith(Budget budget) { this.budget = budget; }

    /** {@code a op b} where the expression {@code at} wrote it. */
    public Value binary(Interpreter in, BinaryOp op, Value a, Value b, Expr.Binary at) {
        if (op == BinaryOp.EQ) return new Value.Bool(same(Value.plain(a), Value.plain(b)));
        if (op == BinaryOp.NE) return new Value.Bool(!same(Value.plain(a), Value.plain(b)));
        boolean graph = a instanceof Value.Tracked || b instanceof Value.Tracked;
        if (!graph) {
            if (op == BinaryOp.ADD && a instanceof Value.Str x && b instanceof Value.Str y) return join(x.value(), y.value());
            if (op == BinaryOp.ADD && (a instanceof Value.Str || b instanceof Value.Str))
                throw new RuntimeError(Messages.t("matrices.cannot-add", a.describe(), b.describe()),
                        Messages.t("matrices.cannot-add-string-hint"));
            if (op == BinaryOp.ADD && joinsLists(a, b)) return joinLists(a, b);
            if (a instanceof Value.Str x && b instanceof Value.Str y && op.isComparison())
                return new Value.Bool(compare(op, x.value().compareTo(y.value()), 0));
        }
        if (a instanceof Value.Num x && b instanceof Value.Num y) return numbers(op, x.value(), y.value());
        Node x = operand(in, a, op, b, at.left(), graph), y = operand(in, b, op, a, at.right(), graph);
        charge(op, x.value(), y.value());
        return GraphFeatures.result(in, apply(op, x, y));
    }

    /** "epoch " + str(i): the joined string, charged to the memory budget (s = s + s doubles it each time). */
    private Value join(String x, String y) {
        long length = (long) x.length() + y.length();
        if (length > Integer.MAX_VALUE - 16)
            throw new RuntimeError(Messages.t("matrices.string-too-long", length));
        budget.allocate((length + 3) / 4, Messages.t("matrices.budget-string", length), null);
        return new Value.Str(x + y);
    }

    /**
     * Lists join with +, as in Python: [net1] + [net2], losses + [E], [] + [E]. A list's other side gives
     * its items: a list's items, a row's numbers ([E] is a 1×1 row), or a matrix's rows. Matrices with
     * matrices still add elementwise, as in NumPy.
     */
    private static boolean joinsLists(Value a, Value b) {
        if (a instanceof Value.ListV) return b instanceof Value.ListV || b instanceof Value.Mat;
        if (b instanceof Value.ListV) return a instanceof Value.Mat;
        return isEmpty(a) && b instanceof Value.Mat m && m.value().size() > 0;
    }

    private static boolean isEmpty(Value v) { return v instanceof Value.Mat m && m.value().size() == 0; }

    private Value joinLists(Value a, Value b) {
        List<Value> left = items(a), right = items(b);
        budget.allocate((long) left.size() + right.size(), Messages.t("matrices.budget-list", left.size() + right.size()), null);
        List<Value> out = new java.util.ArrayList<>(left.size() + right.size());
        out.addAll(left);
        out.addAll(right);
        return new Value.ListV(List.copyOf(out));
    }

    /** What a value gives to a list it is joined to: a list's items, a row's numbers, a matrix's rows. */
    static List<Value> items(Value v) {
        if (v instanceof Value.ListV l) return l.items();
        Matrix m = ((Value.Mat) v).value();
        List<Value> out = new java.util.ArrayList<>(m.rows() == 1 ? m.cols() : m.rows());
        if (m.rows() == 1) for (double d : m.data()) out.add(new Value.Num(d));
        else for (int r = 0; r < m.rows(); r++) out.add(new Value.Mat(m.row(r)));
        return out;
    }

    /**
     * Number with number, kept as doubles: the same IEEE arithmetic the ops do elementwise, without a
     * 1×1 matrix and node for each (a loop over numbers ran 1.7× the CPU time through the ops). Division
     * by zero is an error here, as in Python.
     */
    private static Value numbers(BinaryOp op, double x, double y) {
        return switch (op) {
            case ADD -> new Value.Num(x + y);
            case SUB -> new Value.Num(x - y);
            case MUL -> new Value.Num(x * y);
            case DIV -> {
                if (y == 0) throw new RuntimeError(Messages.t("matrices.division-by-zero"), Messages.t("matrices.division-by-zero-hint"));
                yield new Value.Num(x / y);
            }
            case POW -> new Value.Num(MatrixOps.pow(Matrix.scalar(x), Matrix.scalar(y)).item());
            case MATMUL -> throw new RuntimeError(Messages.t("matrices.matmul-of-numbers"), Messages.t("matrices.matmul-of-numbers-hint"));
            case LT, LE, GT, GE, EQ, NE -> new Value.Bool(compare(op, x, y));
        };
    }

    /** The graph op of each operator; comparisons compare the values (they have no gradient to keep). */
    private static Node apply(BinaryOp op, Node x, Node y) {
        return switch (op) {
            case ADD -> Ops.add(x, y);
            case SUB -> Ops.sub(x, y);
            case MUL -> Ops.mul(x, y);
            case DIV -> Ops.div(x, y);
            case MATMUL -> Ops.matmul(x, y);
            case POW -> Ops.pow(x, y);
            case LT, LE, GT, GE -> Ops.apply(COMPARISONS.get(op), Node.constant(x.value()), Node.constant(y.value()));
            case EQ, NE -> throw new IllegalStateException(Messages.t("internal.compares-whole-values", op));
        };
    }

    private static final Map<BinaryOp, NoGradient> COMPARISONS = new EnumMap<>(Map.of(
            BinaryOp.LT, comparison(BinaryOp.LT), BinaryOp.LE, comparison(BinaryOp.LE),
            BinaryOp.GT, comparison(BinaryOp.GT), BinaryOp.GE, comparison(BinaryOp.GE)));

    private static NoGradient comparison(BinaryOp op) {
        return NoGradient.infix(op.symbol(), m -> MatrixOps.zip(m[0], m[1], "compare", (p, q) -> compare(op, p, q) ? 1 : 0));
    }

    /** Charges the memory budget for the result before it is computed. */
    private void charge(BinaryOp op, Matrix x, Matrix y) {
        if (op == BinaryOp.MATMUL) {
            if (x.cols() == y.rows()) budget.allocate((long) x.rows() * y.cols(), Messages.t("matrices.budget-product", x.rows() + "×" + y.cols()), null);
            return;
        }
        int[] shape = MatrixOps.broadcastShape(x, y, verb(op));
        budget.allocate((long) shape[0] * shape[1], Messages.t("matrices.budget-result", shape[0] + "×" + shape[1]), null);
    }

    private static boolean compare(BinaryOp op, double p, double q) {
        return switch (op) {
            case LT -> p < q;
            case LE -> p <= q;
            case GT -> p > q;
            case GE -> p >= q;
            case EQ -> p == q;
            case NE -> p != q;
            case ADD, SUB, MUL, DIV, MATMUL, POW -> throw new IllegalStateException(Messages.t("internal.not-a-comparison", op));
        };
    }

    private static String verb(BinaryOp op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "subtract";
            case MUL -> "multiply elementwise";
            case DIV -> "divide";
            case POW -> "raise";
            case MATMUL -> "multiply";
            case LT, LE, GT, GE, EQ, NE -> "compare";
        };
    }

    /** An operand as a graph node: a parameter's node, or a constant (named after its variable, for traces). */
    private static Node operand(Interpreter in, Value v, BinaryOp op, Value other, Expr source, boolean graph) {
        Matrix row = v instanceof Value.ListV l ? Value.numbersAsRow(l) : null;
        if (graph && !(v instanceof Value.Tracked || v instanceof Value.Mat || v instanceof Value.Num || row != null))
            throw new RuntimeError(source.span(), Messages.t("matrices.expected-matrix", v.describe()));
        return switch (v) {
            case Value.Tracked t -> t.node();
            case Value.Mat m -> GraphFeatures.node(in, m, source);
            case Value.Num n -> GraphFeatures.node(in, n, source);
            case Value.ListV l when row != null -> Node.constant(row);
            case Value.Bool b -> throw new RuntimeError(Messages.t("matrices.bool-with-operator", v.describe(), op.symbol()),
                    Messages.t("matrices.bool-with-operator-hint"));
            default -> throw new RuntimeError(Messages.t("matrices.operator-on", op.symbol(), v.describe(), other.describe()));
        };
    }

    /** {@code -v}: the graph's negation, so a parameter stays in the graph and a number stays a number. */
    public Value negate(Interpreter in, Value v) {
        Node x = switch (v) {
            case Value.Tracked t -> t.node();
            case Value.Mat m -> Node.constant(m.value());
            case Value.Num n -> Node.constant(Matrix.scalar(n.value()));
            default -> throw new RuntimeError(Messages.t("matrices.cannot-negate", v.describe()));
        };
        Value out = GraphFeatures.result(in, Ops.neg(x));
        return v instanceof Value.Num ? new Value.Num(((Value.Mat) out).value().item()) : out;
    }

    /**
     * Structural equality: numbers equal 1×1 matrices holding the same number. Lists are compared
     * without recursion, and a pair of lists already being compared is not compared again, so lists
     * that share structure ({@code L = [L, L]} sixty times) compare in time linear in what was built,
     * and lists nested any depth cannot overflow the stack. A list is equal to itself (as in Python).
     */
    public static boolean same(Value a, Value b) {
        if (!(a instanceof Value.ListV && b instanceof Value.ListV)) return sameLeaf(a, b);
        java.util.ArrayDeque<Value[]> pending = new java.util.ArrayDeque<>();
        java.util.Map<List<Value>, java.util.Set<List<Value>>> seen = new java.util.IdentityHashMap<>();
        pending.push(new Value[] {a, b});
        long visited = 0;
        while (!pending.isEmpty()) {
            if ((++visited & 255) == 0) nn.tensor.parallel.Parallel.checkInterrupted();
            Value[] pair = pending.pop();
            if (pair[0] instanceof Value.ListV x && pair[1] instanceof Value.ListV y) {
                if (x.items() == y.items()) continue;
                if (x.items().size() != y.items().size()) return false;
                var partners = seen.computeIfAbsent(x.items(), k -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
                if (!partners.add(y.items())) continue;
                for (int i = x.items().size() - 1; i >= 0; i--) pending.push(new Value[] {x.items().get(i), y.items().get(i)});
            } else if (!sameLeaf(pair[0], pair[1])) return false;
        }
        return true;
    }

    private static boolean sameLeaf(Value a, Value b) {
        if (a instanceof Value.Num x && b instanceof Value.Mat m && m.value().isScalar()) return x.value() == m.value().item();
        if (b instanceof Value.Num && a instanceof Value.Mat) return sameLeaf(b, a);
        if (a instanceof Value.Mat x && b instanceof Value.Mat y) {
            if (!x.value().sameShape(y.value())) return false;
            double[] p = x.value().data(), q = y.value().data();
            for (int i = 0; i < p.length; i++) if (p[i] != q[i]) return false;
            return true;
        }
        if (a instanceof Value.ListV || b instanceof Value.ListV) return false;
        return a.equals(b);
    }

    private static Matrix matrix(Value v, String op, Value other) {
        return switch (v) {
            case Value.Mat m -> m.value();
            case Value.Num n -> Matrix.scalar(n.value());
            case Value.ListV l when Value.numbersAsRow(l) != null -> Value.numbersAsRow(l);
            case Value.Bool b -> throw new RuntimeError(Messages.t("matrices.bool-with-operator", v.describe(), op),
                    Messages.t("matrices.bool-with-operator-hint"));
            default -> throw new RuntimeError(Messages.t("matrices.operator-on", op, v.describe(), other.describe()));
        };
    }

    /** |a − b| ≤ tol everywhere (shapes must match or broadcast). */
    public boolean approx(Value a, Value b, double tol) {
        Matrix x = matrix(a, "~=", b), y = matrix(b, "~=", a);
        Matrix d = MatrixOps.abs(MatrixOps.sub(x, y));
        for (double v : d.data()) if (!(v <= tol)) return false;
        return true;
    }
}
