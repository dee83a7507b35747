package nn.interp.lib.matrices;

import java.util.List;

import nn.tensor.Matrix;
import nn.tensor.MatrixOps;
import nn.interp.Budget;
import nn.interp.RuntimeError;
import nn.interp.Value;

/**
 * The operators of the language on values: numbers with numbers give numbers; anything with a matrix
 * broadcasts as NumPy does; {@code ==} and {@code !=} compare whole values and give a bool, while
 * {@code < <= > >=} on matrices compare elementwise and give a 0/1 matrix.
 *
 * <p>Division by zero: number / number is an error (as in Python); elementwise matrix arithmetic follows
 * IEEE (1/0 = inf, 0/0 = nan) and the interpreter prints a warning where a result stops being finite.
 */
public final class Arith {
    private final Budget budget;

    public Arith(Budget budget) { this.budget = budget; }

    public Value binary(String op, Value a, Value b) {
        if (op.equals("==")) return new Value.Bool(same(a, b));
        if (op.equals("!=")) return new Value.Bool(!same(a, b));
        if (op.equals("+") && a instanceof Value.Str x && b instanceof Value.Str y) return join(x.value(), y.value());
        if (op.equals("+") && (a instanceof Value.Str || b instanceof Value.Str))
            throw new RuntimeError("cannot add " + a.describe() + " and " + b.describe(),
                    "strings join with strings: \"epoch \" + str(i), or write f\"epoch {i}\"");
        if (op.equals("+") && joinsLists(a, b)) return joinLists(a, b);
        if (a instanceof Value.Num x && b instanceof Value.Num y) return numbers(op, x.value(), y.value());
        if (a instanceof Value.Str x && b instanceof Value.Str y && isComparison(op))
            return new Value.Bool(compare(op, x.value().compareTo(y.value()), 0));
        Matrix x = operand(a, op, b), y = operand(b, op, a);
        if (op.equals("@")) {
            if (x.cols() == y.rows()) budget.allocate((long) x.rows() * y.cols(), "the product " + x.rows() + "×" + y.cols(), null);
            return new Value.Mat(MatrixOps.matmul(x, y));
        }
        int[] shape = MatrixOps.broadcastShape(x, y, verb(op));
        budget.allocate((long) shape[0] * shape[1], "a " + shape[0] + "×" + shape[1] + " result", null);
        Matrix out = switch (op) {
            case "+" -> MatrixOps.add(x, y);
            case "-" -> MatrixOps.sub(x, y);
            case "*" -> MatrixOps.mul(x, y);
            case "/" -> MatrixOps.div(x, y);
            case "^" -> MatrixOps.pow(x, y);
            case "<" -> MatrixOps.zip(x, y, "compare", (p, q) -> p < q ? 1 : 0);
            case "<=" -> MatrixOps.zip(x, y, "compare", (p, q) -> p <= q ? 1 : 0);
            case ">" -> MatrixOps.zip(x, y, "compare", (p, q) -> p > q ? 1 : 0);
            case ">=" -> MatrixOps.zip(x, y, "compare", (p, q) -> p >= q ? 1 : 0);
            default -> throw new IllegalStateException("unknown operator " + op);
        };
        return new Value.Mat(out);
    }

    /** "epoch " + str(i): the joined string, charged to the memory budget (s = s + s doubles it each time). */
    private Value join(String x, String y) {
        long length = (long) x.length() + y.length();
        if (length > Integer.MAX_VALUE - 16)
            throw new RuntimeError("this string would be " + length + " characters long, more than a string can hold");
        budget.allocate((length + 3) / 4, "a string of " + length + " characters", null);
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
        budget.allocate((long) left.size() + right.size(), "a list of " + (left.size() + right.size()) + " items", null);
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

    private static boolean isComparison(String op) {
        return op.equals("<") || op.equals("<=") || op.equals(">") || op.equals(">=");
    }

    private static boolean compare(String op, double p, double q) {
        return switch (op) {
            case "<" -> p < q;
            case "<=" -> p <= q;
            case ">" -> p > q;
            default -> p >= q;
        };
    }

    private static String verb(String op) {
        return switch (op) {
            case "+" -> "add";
            case "-" -> "subtract";
            case "*" -> "multiply elementwise";
            case "/" -> "divide";
            case "^" -> "raise";
            default -> "compare";
        };
    }

    private Value numbers(String op, double x, double y) {
        return switch (op) {
            case "+" -> new Value.Num(x + y);
            case "-" -> new Value.Num(x - y);
            case "*" -> new Value.Num(x * y);
            case "/" -> {
                if (y == 0) throw new RuntimeError("division by zero", "to get IEEE inf/nan, divide matrices: [1] / 0");
                yield new Value.Num(x / y);
            }
            case "^" -> new Value.Num(MatrixOps.pow(Matrix.scalar(x), Matrix.scalar(y)).item());
            case "@" -> throw new RuntimeError("'@' multiplies matrices, not numbers", "for numbers use '*'");
            default -> new Value.Bool(compare(op, x, y));
        };
    }

    private static Matrix operand(Value v, String op, Value other) {
        return switch (v) {
            case Value.Mat m -> m.value();
            case Value.Num n -> Matrix.scalar(n.value());
            case Value.ListV l when Value.numbersAsRow(l) != null -> Value.numbersAsRow(l);
            case Value.Bool b -> throw new RuntimeError("cannot use " + v.describe() + " with '" + op + "'",
                    "bools work with and, or, not");
            default -> throw new RuntimeError("cannot use '" + op + "' on " + v.describe() + " and " + other.describe());
        };
    }

    public Value negate(Value v) {
        return switch (v) {
            case Value.Num n -> new Value.Num(-n.value());
            case Value.Mat m -> new Value.Mat(MatrixOps.neg(m.value()));
            default -> throw new RuntimeError("cannot negate " + v.describe());
        };
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

    /** |a − b| ≤ tol everywhere (shapes must match or broadcast). */
    public boolean approx(Value a, Value b, double tol) {
        Matrix x = operand(a, "~=", b), y = operand(b, "~=", a);
        Matrix d = MatrixOps.abs(MatrixOps.sub(x, y));
        for (double v : d.data()) if (!(v <= tol)) return false;
        return true;
    }
}
