package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;

/**
 * One differentiable operation of the computational graph: its forward computation and, beside it,
 * its backward (the chain rule for each input), plus the formulas a trace prints.
 *
 * <p>Contract: {@link #forward} never modifies its inputs and never returns one of them; {@link #backward}
 * returns one gradient per input, each of that input's own shape (gradients of broadcast inputs are
 * summed back with {@link nn.tensor.MatrixOps#reduceTo}). Gradients may share storage with {@code gOut};
 * nobody writes into a gradient after it is returned.
 *
 * <p>Formulas use the lecture's notation: {@code x @ W1}, {@code σ(z)}, {@code ½(out − 1)²},
 * {@code hᵀ · Δ}. A label that is itself a compound expression arrives already parenthesised.
 *
 * <p>An op is complete in its own file: computation, gradient, printed form and precedence. Nothing
 * elsewhere switches over the ops, so adding one is its file plus the line that binds it to a name in
 * the language; {@link nn.graph.Ops#apply} applies any op.
 */
public interface Op {

    /** The op's name as the language spells it, e.g. "matmul", "sigmoid", "sse". */
    String name();

    /** How many inputs the op takes. */
    int arity();

    /** The output value for the given input values. */
    Matrix forward(Matrix... in);

    /** ∂root/∂in[i] for every input, given the input values, this op's output and ∂root/∂out. */
    Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut);

    /**
     * As {@link #backward}, but only the inputs with {@code needed[i]} must get a gradient (the others may
     * be null): ops whose gradients are expensive skip work for constants, such as a layer's input batch.
     */
    default Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut, boolean[] needed) { return backward(in, out, gOut); }

    /** How tightly {@link #formula} binds, one of the levels in {@link Precedence}. */
    int precedence();

    /**
     * The least {@link #precedence} input {@code i}'s formula may have to appear in {@link #formula}
     * without parentheses: {@link Precedence#ANY} where the notation already delimits it, as in f(a).
     */
    int operandPrecedence(int i);

    /**
     * True for an op backward cannot pass (a function without a gradient, a float32 network's call):
     * {@link nn.graph.Graph#backward} then fails with {@link #backwardError} before touching any gradient.
     */
    default boolean refusesBackward() { return false; }

    /** The error for a backward that reaches this op, {@code formula} being the printed expression that applied it. */
    default nn.graph.GraphException backwardError(String formula) {
        return new nn.graph.GraphException(nn.i18n.Messages.t("graph.backward-cannot-pass", formula));
    }

    /** True for a loss, whose first input's gradient a trace calls Δ. */
    default boolean isLoss() { return false; }

    /** The right-hand side of a trace line, e.g. {@code x @ W1}. */
    String formula(List<String> inputLabels);

    /** As {@link #formula(List)}, for ops whose notation depends on the input shapes (sse on one number). */
    default String formula(List<String> inputLabels, List<Matrix> inputValues) { return formula(inputLabels); }

    /** How the gradient flowing to input {@code i} is formed, e.g. {@code hᵀ · Δ} for the right side of a product. */
    String gradFormula(int i, List<String> inputLabels, String gOutLabel);
}
