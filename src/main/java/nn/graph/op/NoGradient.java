package nn.graph.op;

import nn.i18n.Messages;
import java.util.List;
import java.util.function.Function;
import nn.graph.GraphException;
import nn.tensor.Matrix;

/**
 * A function with no gradient (round, argmax, a comparison) applied to a value that depends on a
 * parameter. The result stays in the graph, so the trace can show where it came from, but backward
 * cannot pass through it: {@link nn.graph.Graph#backward} refuses, naming the function, before any
 * gradient is touched — rather than treating it as a constant and letting the gradient vanish silently.
 *
 * <p>Build one with {@link #function} (printed {@code round(a)}) or {@link #infix} (printed {@code a > b}).
 */
public record NoGradient(String name, int arity, boolean infix, Function<Matrix[], Matrix> compute) implements Op {
    public NoGradient {
        if (infix && arity != 2) throw new IllegalArgumentException(Messages.t("internal.infix-arity", arity));
    }

    /** A function such as {@code round} or {@code argmax}, printed {@code name(a, …)}. */
    public static NoGradient function(String name, int arity, Function<Matrix[], Matrix> compute) {
        return new NoGradient(name, arity, false, compute);
    }

    /** A binary operator such as {@code >} or {@code ==}, printed {@code a > b}. */
    public static NoGradient infix(String symbol, Function<Matrix[], Matrix> compute) {
        return new NoGradient(symbol, 2, true, compute);
    }

    @Override public int precedence() { return infix ? Precedence.COMPARISON : Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return infix ? Precedence.COMPARISON + 1 : Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) { return compute.apply(in); }

    /** Never reached through {@link nn.graph.Graph#backward}, which checks first; kept for direct callers. */
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) { throw error(null); }

    /**
     * The error for a backward that reaches this op, with {@code formula} the printed expression that
     * applied it ({@code round(x @ W)}), or null when unknown.
     */
    @Override public boolean refusesBackward() { return true; }

    @Override public GraphException backwardError(String formula) { return error(formula); }

    public GraphException error(String formula) {
        if (infix) {
            String what = Messages.t("graph.the-comparison", name);
            return new GraphException(Messages.t("graph.comparison-has-no-gradient", formula == null ? what : formula, name));
        }
        return new GraphException(Messages.t("graph.function-has-no-gradient", formula == null ? name : formula, name));
    }

    @Override public String formula(List<String> l) {
        return infix ? l.get(0) + " " + name + " " + l.get(1) : name + "(" + String.join(", ", l) + ")";
    }

    @Override public String gradFormula(int i, List<String> l, String g) { return "none"; }
}
