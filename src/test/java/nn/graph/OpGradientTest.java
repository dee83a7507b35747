package nn.graph;

import static nn.graph.GradChecks.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import nn.graph.op.Abs;
import nn.graph.op.MeanAlong;
import nn.graph.op.Minimum;
import nn.graph.op.Extreme;
import nn.graph.op.Reshape;
import nn.graph.op.Slice;
import nn.graph.op.Sqrt;
import nn.graph.op.SumAlong;
import nn.tensor.Matrix;
import nn.tensor.Rng;
import org.junit.jupiter.api.Test;

/** Every op's backward agrees with finite differences, on random shapes and values, broadcasting included. */
class OpGradientTest {
    @Test void addGradientsMatchIncludingBroadcast() { checkBinary(1, -2, 2, Ops::add); }
    @Test void subGradientsMatchIncludingBroadcast() { checkBinary(2, -2, 2, Ops::sub); }
    @Test void mulGradientsMatchIncludingBroadcast() { checkBinary(3, -2, 2, Ops::mul); }
    @Test void divGradientsMatchIncludingBroadcast() { checkBinary(4, 0.5, 2, Ops::div); }
    @Test void maximumGradientsMatchIncludingBroadcast() { checkBinary(5, -2, 2, Ops::maximum); }

    @Test void powGradientsMatchForSeveralExponents() {
        for (double p : new double[] {2, 3, 0.5, -1.5}) checkUnary(6, 0.3, 2, a -> Ops.pow(a, p));
    }

    @Test void negGradientsMatch() { checkUnary(7, -2, 2, Ops::neg); }
    @Test void expGradientsMatch() { checkUnary(8, -2, 2, Ops::exp); }
    @Test void logGradientsMatch() { checkUnary(9, 0.2, 3, Ops::log); }
    @Test void sumGradientsMatch() { checkUnary(10, -2, 2, Ops::sum); }
    @Test void meanGradientsMatch() { checkUnary(11, -2, 2, Ops::mean); }
    @Test void reluGradientsMatch() { checkUnary(12, -2, 2, Ops::relu); }
    @Test void sigmoidGradientsMatch() { checkUnary(13, -4, 4, Ops::sigmoid); }
    @Test void tanhGradientsMatch() { checkUnary(14, -3, 3, Ops::tanh); }
    @Test void softmaxGradientsMatch() { checkUnary(15, -3, 3, Ops::softmax); }
    @Test void transposeGradientsMatch() { checkUnary(16, -2, 2, Ops::transpose); }

    @Test void leakyReluGradientsMatch() {
        checkUnary(36, -2, 2, a -> Ops.apply(new nn.graph.op.LeakyRelu(0.01), a));
        checkUnary(37, -2, 2, a -> Ops.apply(new nn.graph.op.LeakyRelu(0.3), a));
    }
    @Test void eluGradientsMatch() {
        checkUnary(38, -3, 2, a -> Ops.apply(new nn.graph.op.Elu(1), a));
        checkUnary(39, -3, 2, a -> Ops.apply(new nn.graph.op.Elu(0.5), a));
    }
    @Test void softplusGradientsMatch() { checkUnary(40, -4, 4, a -> Ops.apply(new nn.graph.op.Softplus(), a)); }
    @Test void geluGradientsMatch() { checkUnary(41, -4, 4, a -> Ops.apply(new nn.graph.op.Gelu(), a)); }

    @Test void dropoutGradientsFollowTheMask() {
        Rng rng = new Rng(42);
        Node a = param(rng, 4, 5, -2, 2, "a");
        Matrix mask = nn.graph.op.Dropout.mask(4, 5, 0.3, new Rng(7));
        assertGradientsMatch(rng, Ops.apply(new nn.graph.op.Dropout(0.3, mask), a));
    }

    @Test void absGradientsMatch() { checkUnary(25, -2, 2, a -> Ops.apply(new Abs(), a)); }
    @Test void sqrtGradientsMatch() { checkUnary(26, 0.2, 3, a -> Ops.apply(new Sqrt(), a)); }
    @Test void minimumGradientsMatchIncludingBroadcast() { checkBinary(27, -2, 2, (a, b) -> Ops.apply(new Minimum(), a, b)); }
    @Test void sumAlongRowsGradientsMatch() { checkUnary(28, -2, 2, a -> Ops.apply(new SumAlong(0), a)); }
    @Test void sumAlongColumnsGradientsMatch() { checkUnary(29, -2, 2, a -> Ops.apply(new SumAlong(1), a)); }
    @Test void meanAlongRowsGradientsMatch() { checkUnary(30, -2, 2, a -> Ops.apply(new MeanAlong(0), a)); }
    @Test void meanAlongColumnsGradientsMatch() { checkUnary(31, -2, 2, a -> Ops.apply(new MeanAlong(1), a)); }

    @Test void reshapeGradientsMatch() { checkUnary(33, -2, 2, a -> Ops.apply(new Reshape(a.value().cols(), a.value().rows()), a)); }
    @Test void maxOfAllElementsGradientsMatch() { checkUnary(34, -2, 2, a -> Ops.apply(new Extreme(true), a)); }
    @Test void minOfAllElementsGradientsMatch() { checkUnary(35, -2, 2, a -> Ops.apply(new Extreme(false), a)); }

    @Test void sliceGradientsMatchForElementsRowsColumnsAndBlocks() {
        Rng rng = new Rng(32);
        for (Slice s : new Slice[] {Slice.element(2, 3), Slice.element(0, 0), Slice.row(1, 5), Slice.column(4, 3),
                new Slice(0, 2, 1, 4), new Slice(1, 3, 0, 5)})
            assertGradientsMatch(rng, Ops.apply(s, param(rng, 3, 5, -2, 2, "W")));
        // The same parameter taken twice, overlapping: both blocks' gradients add up.
        Node w = param(rng, 3, 5, -2, 2, "W");
        assertGradientsMatch(rng, Ops.add(Ops.apply(new Slice(0, 2, 0, 5), w), Ops.apply(new Slice(1, 3, 0, 5), w)));
    }

    @Test void stepGradientIsZeroEverywhereAndMatches() {
        Rng rng = new Rng(17);
        Node a = param(rng, 3, 4, -2, 2, "a");
        Node out = Ops.sum(Ops.step(a));
        assertGradientsMatch(rng, out);
        assertEquals(Matrix.zeros(3, 4), a.grad() == null ? Matrix.zeros(3, 4) : a.grad());
        Graph.backward(out);
        assertEquals(Matrix.zeros(3, 4), a.grad());
    }

    @Test void maximumWithAConstantGradientsMatch() {
        Rng rng = new Rng(18);
        Node a = param(rng, 3, 4, -2, 2, "a");
        assertGradientsMatch(rng, Ops.maximum(a, Node.constant(Matrix.scalar(0.3))));
        assertGradientsMatch(rng, Ops.maximum(Node.constant(rng.uniform(1, 4, -1, 1)), a));
    }

    @Test void matmulGradientsMatchOnRandomShapes() {
        Rng rng = new Rng(19);
        for (int trial = 0; trial < 6; trial++) {
            int n = 1 + rng.nextInt(4), k = 1 + rng.nextInt(4), m = 1 + rng.nextInt(4);
            assertGradientsMatch(rng, Ops.matmul(param(rng, n, k, -1, 1, "a"), param(rng, k, m, -1, 1, "b")));
        }
    }

    @Test void sseGradientsMatchForBothInputsIncludingScalarTarget() {
        checkBinary(20, -2, 2, Ops::sse);
    }

    @Test void mseGradientsMatchForBothInputsIncludingBroadcast() { checkBinary(21, -2, 2, Ops::mse); }

    @Test void bceGradientsMatchForProbabilitiesAndTargets() { checkBinary(22, 0.05, 0.95, Ops::bce); }

    @Test void crossEntropyGradientsMatchForOneHotIndexAndSoftTargets() {
        Rng rng = new Rng(23);
        for (int trial = 0; trial < 4; trial++) {
            int m = 1 + rng.nextInt(4), k = 2 + rng.nextInt(4);
            Node z = param(rng, m, k, -3, 3, "z");
            assertGradientsMatch(rng, Ops.crossEntropy(z, Node.constant(oneHot(rng, m, k))));
            Matrix indices = Matrix.zeros(m, 1);
            for (int r = 0; r < m; r++) indices.data()[r] = rng.nextInt(k);
            assertGradientsMatch(rng, Ops.crossEntropy(z, Node.constant(indices)));
            Node soft = Node.param(rng.uniform(m, k, 0, 1), "t");
            assertGradientsMatch(rng, Ops.crossEntropy(z, soft));
        }
    }

    @Test void crossEntropyWithClassIndicesGivesTheOneHotLossAndTheSoftmaxGradientBitForBit() {
        Rng rng = new Rng(25);
        int m = 37, k = 10;
        Matrix zv = rng.uniform(m, k, -4, 4), indices = Matrix.zeros(m, 1), hot = Matrix.zeros(m, k);
        for (int r = 0; r < m; r++) {
            int c = rng.nextInt(k);
            indices.data()[r] = c;
            hot.data()[r * k + c] = 1;
        }
        Node z = Node.param(zv, "z");
        Node loss = Ops.crossEntropy(z, Node.constant(indices));
        org.junit.jupiter.api.Assertions.assertEquals(Ops.crossEntropy(Node.constant(zv), Node.constant(hot)).value().item(), loss.value().item());
        Graph.backward(loss);
        double scale = 1.0 / m;
        double[] p = Ops.softmax(Node.constant(zv)).value().data(), expected = new double[p.length];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < k; c++) expected[r * k + c] = scale * p[r * k + c];
            expected[r * k + (int) indices.data()[r]] -= scale;
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, z.grad().data());
    }

    @Test void composedExpressionGradientsMatch() {
        Rng rng = new Rng(24);
        Node x = Node.constant(rng.uniform(5, 3, -1, 1));
        Node w = param(rng, 3, 4, -1, 1, "W");
        Node b = param(rng, 1, 4, -1, 1, "b");
        Node h = Ops.tanh(Ops.add(Ops.matmul(x, w), b));
        Node y = Ops.div(Ops.exp(Ops.neg(h)), Ops.add(Ops.mul(h, h), Ops.constant(1)));
        assertGradientsMatch(rng, Ops.mean(Ops.pow(Ops.sub(y, Ops.transpose(Ops.transpose(h))), 2)));
    }
}
