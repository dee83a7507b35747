package nn.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nn.graph.op.Abs;
import nn.graph.op.MeanAlong;
import nn.graph.op.Minimum;
import nn.graph.op.NoGradient;
import nn.graph.op.Slice;
import nn.graph.op.Sqrt;
import nn.graph.op.SumAlong;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;
import org.junit.jupiter.api.Test;

/**
 * Reference values for the ops beyond the lecture's core: forward results and gradients worked out by
 * hand and agreeing with PyTorch (torch.abs, sqrt, minimum/maximum, sum/mean with dim, indexing).
 */
class OpValueTest {
    private static Node param(double[]... rows) { return Node.param(Matrix.of(rows), "W"); }
    private static Matrix m(double[]... rows) { return Matrix.of(rows); }
    private static double[] r(double... v) { return v; }

    /** Backward of Σ(out * weights), so each element's gradient is told apart. */
    private static void backwardWeighted(Node out, Matrix weights) {
        Graph.backward(Ops.sum(Ops.mul(out, Node.constant(weights))));
    }

    @Test void absHasSlopeSignAndZeroAtTheKink() {
        Node w = param(r(-2, 0, 3));
        Node out = Ops.apply(new Abs(), w);
        assertEquals(m(r(2, 0, 3)), out.value());
        Graph.backward(Ops.sum(out));
        assertEquals(m(r(-1, 0, 1)), w.grad());
    }

    @Test void sqrtHasSlopeOneOverTwiceTheRoot() {
        Node w = param(r(4, 9, 0.25));
        Node out = Ops.apply(new Sqrt(), w);
        assertEquals(m(r(2, 3, 0.5)), out.value());
        Graph.backward(Ops.sum(out));
        assertEquals(m(r(0.25, 1.0 / 6, 1)), w.grad());
    }

    @Test void minAndMaxSendTheGradientToTheWinnerAndSplitTies() {
        Node a = Node.param(m(r(1, 2, 3)), "a"), b = Node.param(m(r(3, 2, 1)), "b");
        Node lo = Ops.apply(new Minimum(), a, b);
        assertEquals(m(r(1, 2, 1)), lo.value());
        Graph.backward(Ops.sum(lo));
        assertEquals(m(r(1, 0.5, 0)), a.grad());
        assertEquals(m(r(0, 0.5, 1)), b.grad());

        Graph.zeroGrad(java.util.List.of(a, b));
        Graph.backward(Ops.sum(Ops.maximum(a, b)));
        assertEquals(m(r(0, 0.5, 1)), a.grad());
        assertEquals(m(r(1, 0.5, 0)), b.grad());
    }

    @Test void minOfAMatrixAndABroadcastNumberCollectsTheNumbersShares() {
        Node a = Node.param(m(r(1, 2), r(3, 1.5)), "a"), c = Node.param(Matrix.scalar(1.5), "c");
        Node out = Ops.apply(new Minimum(), a, c);
        assertEquals(m(r(1, 1.5), r(1.5, 1.5)), out.value());
        Graph.backward(Ops.sum(out));
        assertEquals(m(r(1, 0), r(0, 0.5)), a.grad());
        assertEquals(Matrix.scalar(2.5), c.grad());
    }

    @Test void minOfAValueWithItselfHasSlopeOne() {
        Node a = param(r(-1, 2));
        Graph.backward(Ops.sum(Ops.apply(new Minimum(), a, a)));
        assertEquals(m(r(1, 1)), a.grad());
    }

    @Test void sumsAndMeansAlongAnAxisKeepNumPysShapes() {
        Node w = param(r(1, 2, 3), r(4, 5, 6));
        Node down = Ops.apply(new SumAlong(0), w), across = Ops.apply(new SumAlong(1), w);
        assertEquals(m(r(5, 7, 9)), down.value());
        assertEquals(m(r(6), r(15)), across.value());
        assertEquals(m(r(2.5, 3.5, 4.5)), Ops.apply(new MeanAlong(0), w).value());
        assertEquals(m(r(2), r(5)), Ops.apply(new MeanAlong(1), w).value());

        backwardWeighted(down, m(r(1, 2, 3)));
        assertEquals(m(r(1, 2, 3), r(1, 2, 3)), w.grad());
        Graph.zeroGrad(java.util.List.of(w));
        backwardWeighted(across, m(r(1), r(2)));
        assertEquals(m(r(1, 1, 1), r(2, 2, 2)), w.grad());
        Graph.zeroGrad(java.util.List.of(w));
        backwardWeighted(Ops.apply(new MeanAlong(1), w), m(r(3), r(6)));
        assertEquals(m(r(1, 1, 1), r(2, 2, 2)), w.grad());
        Graph.zeroGrad(java.util.List.of(w));
        backwardWeighted(Ops.apply(new MeanAlong(0), w), m(r(2, 4, 6)));
        assertEquals(m(r(1, 2, 3), r(1, 2, 3)), w.grad());
    }

    @Test void anAxisOtherThanZeroOrOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SumAlong(2));
        assertThrows(IllegalArgumentException.class, () -> new MeanAlong(-1));
    }

    @Test void indexingTakesElementsRowsColumnsAndBlocksAndScattersTheGradientBack() {
        Node w = param(r(1, 2, 3), r(4, 5, 6));
        assertEquals(Matrix.scalar(6), Ops.apply(Slice.element(1, 2), w).value());
        assertEquals(m(r(1, 2, 3)), Ops.apply(Slice.row(0, 3), w).value());
        assertEquals(m(r(2), r(5)), Ops.apply(Slice.column(1, 2), w).value());
        assertEquals(m(r(2, 3), r(5, 6)), Ops.apply(new Slice(0, 2, 1, 3), w).value());

        Graph.backward(Ops.apply(Slice.element(1, 2), w));
        assertEquals(m(r(0, 0, 0), r(0, 0, 1)), w.grad());
        Graph.zeroGrad(java.util.List.of(w));
        backwardWeighted(Ops.apply(Slice.row(0, 3), w), m(r(7, 8, 9)));
        assertEquals(m(r(7, 8, 9), r(0, 0, 0)), w.grad());
        Graph.zeroGrad(java.util.List.of(w));
        backwardWeighted(Ops.apply(Slice.column(1, 2), w), m(r(7), r(8)));
        assertEquals(m(r(0, 7, 0), r(0, 8, 0)), w.grad());
        // W[0, 0] used twice: both uses add up, as W[0, 0] + W[0, 0] = 2·W[0, 0].
        Graph.zeroGrad(java.util.List.of(w));
        Graph.backward(Ops.add(Ops.apply(Slice.element(0, 0), w), Ops.apply(Slice.element(0, 0), w)));
        assertEquals(m(r(2, 0, 0), r(0, 0, 0)), w.grad());
    }

    @Test void aBlockOutsideTheMatrixIsRefused() {
        Node w = param(r(1, 2));
        assertThrows(IllegalArgumentException.class, () -> Ops.apply(Slice.element(1, 0), w));
        assertThrows(IllegalArgumentException.class, () -> new Slice(1, 1, 0, 1));
    }

    @Test void transposeKeepsTheGraphSoAProductWithItselfHasTwiceTheGradient() {
        Node w = param(r(1, 2));
        Node e = Ops.matmul(w, Ops.transpose(w));
        assertEquals(Matrix.scalar(5), e.value());
        Graph.backward(e);
        assertEquals(m(r(2, 4)), w.grad());
    }

    private static final NoGradient ROUND = NoGradient.function("round", 1, in -> MatrixOps.map(in[0], Math::rint));
    private static final NoGradient GREATER = NoGradient.infix(">", in -> MatrixOps.zip(in[0], in[1], "compare", (a, b) -> a > b ? 1 : 0));

    @Test void aFunctionWithoutGradientComputesOnConstantsAndRecordsOnParameters() {
        assertEquals(m(r(2, -1)), Ops.apply(ROUND, Node.constant(m(r(1.6, -0.7)))).value());
        assertTrue(!Ops.apply(ROUND, Node.constant(m(r(1.6)))).isRecorded());
        Node w = param(r(1.6, -0.7));
        Node rounded = Ops.apply(ROUND, w);
        assertTrue(rounded.isRecorded());
        assertEquals(m(r(2, -1)), rounded.value());
    }

    @Test void backwardThroughAFunctionWithoutGradientSaysSoNamingItAndChangesNoGradient() {
        Node w = param(r(1.6, -0.7));
        Graph.backward(Ops.sum(w));
        Matrix before = w.grad();
        Node e = Ops.add(Ops.sum(Ops.apply(ROUND, Ops.mul(w, Ops.constant(2)))), Ops.sum(w));
        GraphException ex = assertThrows(GraphException.class, () -> Graph.backward(e));
        assertEquals("backward cannot pass through round(W * 2): round has no gradient "
                + "(compute the loss from the values before applying round)", ex.getMessage());
        assertEquals(before, w.grad());
    }

    @Test void backwardThroughAComparisonNamesTheOperator() {
        Node a = Node.param(m(r(1, 2)), "a");
        Node e = Ops.sum(Ops.apply(GREATER, a, Ops.constant(1.5)));
        GraphException ex = assertThrows(GraphException.class, () -> Graph.backward(e));
        assertEquals("backward cannot pass through a > 1.5: the comparison > has no gradient "
                + "(compute the loss from the values before comparing)", ex.getMessage());
        assertNull(a.grad());
    }
}
