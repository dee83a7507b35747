package nn.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nn.graph.op.Op;
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
        for (int i = 0; i < n.inputs().size(); i++) labels.add(operand(n.inputs().get(i), n.op(), i, numbers, MAX_DEPTH));
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
        for (int i = 0; i < n.inputs().size(); i++) labels.add(operand(n.inputs().get(i), n.op(), i, numbers, depth - 1));
        return n.op().formula(labels, n.inputs().stream().map(Node::value).toList());
    }

    /** An input's name inside its consumer's formula, parenthesised where the consumer's precedence needs it. */
    private static String operand(Node in, Op consumer, int index, Function<Matrix, String> numbers, int depth) {
        String s = name(in, numbers, depth);
        boolean compound = in.label() == null && in.op() != null;
        if (!compound || in.op().precedence() >= consumer.operandPrecedence(index)) return s;
        return "(" + s + ")";
    }

    static boolean isLoss(Op op) { return op != null && op.isLoss(); }
}
