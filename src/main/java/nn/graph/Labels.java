package nn.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nn.graph.op.*;
import nn.tensor.Matrix;

/**
 * How a trace names nodes: a node's label if it has one; an unnamed constant by its value (small) or
 * shape; an unnamed recorded node by its own formula, in parentheses where precedence needs them,
 * up to a few levels deep.
 */
public final class Labels {
    private Labels() {}

    private static final int MAX_DEPTH = 5;
    private static final int MAX_PRINTED_ELEMENTS = 6;

    /** The name of {@code n} inside a formula, with values printed at the default precision. */
    public static String of(Node n) { return of(n, MatrixText::format); }

    /** As {@link #of(Node)}, printing constant values with {@code numbers}. */
    public static String of(Node n, Function<Matrix, String> numbers) { return name(n, numbers, MAX_DEPTH); }

    /** The labels of a node's inputs, ready for {@link Op#formula} and {@link Op#gradFormula}. */
    public static List<String> inputsOf(Node n, Function<Matrix, String> numbers) {
        List<String> labels = new ArrayList<>(n.inputs().size());
        for (Node in : n.inputs()) labels.add(operand(in, n.op(), numbers, MAX_DEPTH));
        return labels;
    }

    /** The formula that produced a recorded node, e.g. {@code x @ W1}; a leaf gives its own name. */
    public static String formulaOf(Node n, Function<Matrix, String> numbers) {
        if (n.op() == null) return of(n, numbers);
        return n.op().formula(inputsOf(n, numbers), n.inputs().stream().map(Node::value).toList());
    }

    /** "∂E/∂h": the partial derivative of root by node, with their labels ("E" for an unnamed root). */
    public static String partial(Node root, Node node) {
        String r = root.label() == null ? "E" : root.label();
        String n = node.label() != null ? node.label() : "(" + formulaOf(node, MatrixText::format) + ")";
        return "∂" + r + "/∂" + n;
    }

    /** See {@link BackwardListener#gradName}. */
    static String defaultGradName(Node root, Node node) {
        if (node == root) return "1";
        if (isLoss(root.op()) && root.inputs().get(0) == node) return "Δ";
        return partial(root, node);
    }

    private static String name(Node n, Function<Matrix, String> numbers, int depth) {
        if (n.label() != null) return n.label();
        if (n.op() == null) {
            Matrix v = n.value();
            if (v.size() <= MAX_PRINTED_ELEMENTS) return numbers.apply(v);
            return "(" + v.shape() + (n.isParam() ? " parameter)" : " matrix)");
        }
        if (depth == 0) return "…";
        List<String> labels = new ArrayList<>(n.inputs().size());
        for (Node in : n.inputs()) labels.add(operand(in, n.op(), numbers, depth - 1));
        return n.op().formula(labels, n.inputs().stream().map(Node::value).toList());
    }

    /** An input's name inside its consumer's formula, parenthesised unless it reads as one term there. */
    private static String operand(Node in, Op consumer, Function<Matrix, String> numbers, int depth) {
        String s = name(in, numbers, depth);
        boolean compound = in.label() == null && in.op() != null;
        if (!compound || readsAsOneTerm(in.op()) || enclosesItsArguments(consumer)) return s;
        return "(" + s + ")";
    }

    /** Ops written as a call, like σ(z) or mean(a): their formula needs no parentheses around it. */
    private static boolean readsAsOneTerm(Op op) {
        return switch (op) {
            case Exp e -> true; case Log l -> true; case Sigmoid s -> true; case Tanh t -> true;
            case Step s -> true; case Softmax s -> true; case Relu r -> true; case Maximum m -> true;
            case Mean m -> true; case Mse m -> true; case Bce b -> true; case CrossEntropy c -> true;
            case Add a -> false; case Sub s -> false; case Mul m -> false; case Div d -> false;
            case Pow p -> false; case MatMul m -> false; case Transpose t -> false; case Neg n -> false;
            case Sum s -> false; case Sse s -> false;
        };
    }

    /** Ops whose formula puts each argument alone inside call parentheses, like σ(…) or max(…, …). */
    private static boolean enclosesItsArguments(Op op) {
        return switch (op) {
            case Exp e -> true; case Log l -> true; case Sigmoid s -> true; case Tanh t -> true;
            case Step s -> true; case Softmax s -> true; case Relu r -> true; case Maximum m -> true;
            case Mean m -> true; case Bce b -> true; case CrossEntropy c -> true;
            case Add a -> false; case Sub s -> false; case Mul m -> false; case Div d -> false;
            case Pow p -> false; case MatMul m -> false; case Transpose t -> false; case Neg n -> false;
            case Sum s -> false; case Sse s -> false; case Mse m -> false;
        };
    }

    static boolean isLoss(Op op) {
        return op instanceof Sse || op instanceof Mse || op instanceof Bce || op instanceof CrossEntropy;
    }
}
