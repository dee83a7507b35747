package nn.graph;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/**
 * Backpropagation over a recorded graph, and the walks that other tools share.
 *
 * <h2>When gradients are cleared</h2>
 * PyTorch's rule: {@link #backward} <em>adds</em> into each parameter's gradient, so two backward
 * calls without clearing give the sum of both gradients; {@link #zeroGrad} clears them (back to null).
 * Gradients of recorded (non-leaf) nodes always describe the latest backward through them: they are
 * reset at its start. The interpreter clears the gradients of every parameter reachable from the root
 * at each {@code backward} statement, unless the program asks to accumulate; optimizers read the
 * gradients as they stand.
 *
 * <p>All walks are iterative (an explicit stack), so a chain of any depth — 100,000 nodes or more —
 * neither recurses nor overflows the Java stack. The order is deterministic: depth-first over inputs
 * in their recorded order.
 */
public final class Graph {
    private Graph() {}

    /** Computes ∂root/∂p for every node root depends on; see the class comment for accumulation. */
    public static void backward(Node root) { backward(root, BackwardListener.NONE); }

    /**
     * Computes ∂root/∂n for every node n that root depends on and that requires a gradient, by the
     * chain rule in reverse topological order, reporting each edge's contribution to {@code listener}.
     *
     * @throws GraphException when root is not 1×1 or depends on no parameter
     */
    public static void backward(Node root, BackwardListener listener) {
        if (!root.value().isScalar())
            throw new GraphException(Messages.t("graph.backward-of-matrix", root.value().shape()));
        if (!root.requiresGrad())
            throw new GraphException(Messages.t("graph.backward-of-constant"));
        List<Node> order = topologicalOrder(root);
        // Every recorded node root depends on receives a gradient, so an op without one fails the whole
        // backward here, before any parameter's gradient has changed.
        for (Node n : order)
            if (n.isRecorded() && n.op().refusesBackward()) throw n.op().backwardError(Labels.formulaOf(n, MatrixText::format));
        for (Node n : order) if (n.isRecorded()) n.setGrad(null);
        accumulate(root, Matrix.scalar(1.0));
        boolean reporting = listener != BackwardListener.NONE;
        for (int k = order.size() - 1; k >= 0; k--) {
            Node n = order.get(k);
            if (!n.isRecorded() || n.grad() == null) continue;
            List<Node> inputs = n.inputs();
            Matrix[] values = new Matrix[inputs.size()];
            for (int i = 0; i < values.length; i++) values[i] = inputs.get(i).value();
            boolean[] needed = new boolean[values.length];
            for (int i = 0; i < values.length; i++) needed[i] = inputs.get(i).requiresGrad();
            Matrix[] grads = n.op().backward(values, n.value(), n.grad(), needed);
            for (int i = 0; i < values.length; i++) {
                Node in = inputs.get(i);
                if (!in.requiresGrad()) continue;
                accumulate(in, grads[i]);
                if (reporting) listener.edge(n, i, grads[i], edgeFormula(root, n, i, listener));
            }
        }
    }

    private static String edgeFormula(Node root, Node n, int i, BackwardListener listener) {
        return n.op().gradFormula(i, Labels.inputsOf(n, MatrixText::format), listener.gradName(root, n));
    }

    // Gradients are never written into after they are stored, so a sum makes a new matrix.
    private static void accumulate(Node n, Matrix g) {
        n.setGrad(n.grad() == null ? g : MatrixOps.add(n.grad(), g));
    }

    /** Clears the gradients of {@code params} (sets them to null, as PyTorch's zero_grad does by default). */
    public static void zeroGrad(Collection<Node> params) {
        for (Node p : params) p.setGrad(null);
    }

    /**
     * Re-executes every recorded op root depends on, in topological order, from the leaves' current
     * values — e.g. after a parameter changed. Used by finite-difference checks.
     */
    public static void recompute(Node root) {
        for (Node n : topologicalOrder(root)) {
            if (!n.isRecorded()) continue;
            List<Node> inputs = n.inputs();
            Matrix[] values = new Matrix[inputs.size()];
            for (int i = 0; i < values.length; i++) values[i] = inputs.get(i).value();
            n.setValue(n.op().forward(values));
        }
    }

    /** The parameters root depends on, in the order the graph first reaches them. */
    public static List<Node> params(Node root) {
        List<Node> params = new ArrayList<>();
        for (Node n : topologicalOrder(root)) if (n.isParam()) params.add(n);
        return params;
    }

    /**
     * Every node root depends on, each after all of its inputs and root last. Constants feeding a
     * recorded op are included; iterative depth-first search, inputs visited in their recorded order.
     */
    public static List<Node> topologicalOrder(Node root) {
        List<Node> order = new ArrayList<>();
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        // An explicit stack of (node, index of the next input to visit) replaces recursion.
        Node[] stack = new Node[16];
        int[] nextInput = new int[16];
        int top = 0;
        stack[0] = root;
        seen.add(root);
        while (top >= 0) {
            Node n = stack[top];
            int i = nextInput[top];
            if (i < n.inputs().size()) {
                nextInput[top] = i + 1;
                Node in = n.inputs().get(i);
                if (seen.add(in)) {
                    if (++top == stack.length) {
                        stack = Arrays.copyOf(stack, top * 2);
                        nextInput = Arrays.copyOf(nextInput, top * 2);
                    }
                    stack[top] = in;
                    nextInput[top] = 0;
                }
            } else {
                order.add(n);
                stack[top--] = null;
            }
        }
        return order;
    }
}
