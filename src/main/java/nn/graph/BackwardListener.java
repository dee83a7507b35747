package nn.graph;

import nn.tensor.Matrix;

/**
 * Told about each gradient contribution as {@link Graph#backward} runs, in the order it computes
 * them (from the root towards the leaves), so a trace can print lines like
 * {@code ∂E/∂W2 = hᵀ · Δ = [[-0.6877], [-0.3883]]}.
 */
@FunctionalInterface
public interface BackwardListener {
    /** Nothing is reported. */
    BackwardListener NONE = (node, inputIndex, contribution, formula) -> {};

    /**
     * The gradient flowing from {@code node} into {@code node.inputs().get(inputIndex)} along this one
     * edge (the input's total gradient is the sum over all its edges). {@code formula} is the op's
     * {@link nn.graph.op.Op#gradFormula} with inputs named by {@link Labels#of} and the incoming gradient
     * named by {@link #gradName}.
     */
    void edge(Node node, int inputIndex, Matrix contribution, String formula);

    /**
     * How formulas name ∂root/∂node; override to choose other names. By default: "1" for the root
     * itself, "Δ" for the prediction fed into a loss (the lecture's Δ = prediction − actual), else
     * "∂E/∂h" with the root's and the node's labels.
     */
    default String gradName(Node root, Node node) { return Labels.defaultGradName(root, node); }
}
