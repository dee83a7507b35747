package nn.graph.op;

import java.util.List;
import nn.tensor.Fdlibm;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;
import nn.tensor.parallel.Parallel;

/**
 * A whole dense layer as one op: act(x @ W + b), inputs x, W and (when {@code withBias}) b. The
 * bias and the activation are applied in place on the product's output, row block by row block while
 * it is in cache, so a layer makes one matrix forward instead of three; backward forms the slope
 * once (for relu a mask: the gradient where the output is positive, 0 elsewhere) and feeds it to
 * the bias and both products.
 *
 * <p>Every number is the one the separate ops give — {@link MatMul}, {@link Add}, then {@link Relu},
 * {@link Sigmoid} or {@link Tanh} — in the same order, so a network trains to the same bits fused or
 * not. The trainer uses it ({@code nn.model.Network#forwardFused}); a program's own {@code net(x)}
 * keeps the separate ops, so traces and graphs show every step.
 */
public record DenseLayer(Kind kind, boolean withBias) implements Op {
    /** The activations that fuse: their slope needs only the output. */
    public enum Kind { LINEAR, RELU, SIGMOID, TANH }

    @Override public String name() { return "dense"; }
    @Override public int arity() { return withBias ? 3 : 2; }
    @Override public int precedence() { return kind == Kind.LINEAR ? (withBias ? Precedence.SUM : Precedence.PRODUCT) : Precedence.ATOM; }
    // Inside the formula x and W are the two sides of a product, b the right side of a sum.
    @Override public int operandPrecedence(int i) { return i == 2 ? Precedence.SUM + 1 : Precedence.leftAssociative(Precedence.PRODUCT, i); }

    @Override public Matrix forward(Matrix... in) {
        Matrix z = MatrixOps.matmul(in[0], in[1]);  // a fresh (or workspace) matrix: written in place below
        double[] o = z.data(), b = withBias ? in[2].data() : null;
        int cols = z.cols();
        Parallel.forRange(z.rows(), Parallel.grain(cols * (kind == Kind.SIGMOID || kind == Kind.TANH ? 20.0 : 0.5)),
                (r0, r1) -> finish(o, b, r0 * cols, r1 * cols, cols));
        return z;
    }

    // Bias then activation, row by row: z + b as Add computes it, then the activation's own formula. The
    // loops over a row's columns, one per kind, are ones HotSpot vectorises (relu through ReluBits).
    private void finish(double[] o, double[] b, int from, int to, int cols) {
        for (int off = from; off < to; off += cols) {
            if (b != null) for (int j = 0; j < cols; j++) o[off + j] += b[j];
            switch (kind) {
                case LINEAR -> { }
                case RELU -> { for (int i = off; i < off + cols; i++) o[i] = ReluBits.of(o[i]); }
                case SIGMOID -> { for (int i = off; i < off + cols; i++) o[i] = MatrixOps.sigmoidOf(o[i]); }
                case TANH -> { for (int i = off; i < off + cols; i++) o[i] = Fdlibm.tanh(o[i]); }
            }
        }
    }

    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        boolean[] all = new boolean[arity()];
        java.util.Arrays.fill(all, true);
        return backward(in, out, gOut, all);
    }

    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut, boolean[] needed) {
        Matrix gz = slope(out, gOut);
        Matrix[] g = new Matrix[arity()];
        if (needed[0]) g[0] = inputGradient(gz, in[1]);
        if (needed[1]) g[1] = MatrixOps.matmulTransA(in[0], gz);
        if (withBias && needed[2]) g[2] = MatrixOps.reduceTo(gz, 1, gz.cols());
        return g;
    }

    /**
     * ∂root/∂x = gz·Wᵀ. For a wide layer and a batch of several rows it is formed as (W·gzᵀ)ᵀ: the same
     * fma chains (each product's two factors swapped, which an fma does not round differently), so the same
     * bits, but the product packs gz, not W, into panels read as a transpose, and W's rows are read
     * in order. With W 2048×2048 and 64 rows that made this product 1.3× faster (a 64×2048 transpose
     * instead of a transposing copy of 4 million weights); at 1024 wide and below the two are within 10%,
     * so the plain product stays there (README, Speed).
     */
    private static Matrix inputGradient(Matrix gz, Matrix w) {
        long batch = gz.rows(), in = w.rows(), out = w.cols();
        boolean wide = batch >= 8 && in * out >= 12 * batch * (in + out);
        return wide ? MatrixOps.transpose(MatrixOps.matmulTransB(w, gz)) : MatrixOps.matmulTransB(gz, w);
    }

    /** ∂root/∂z from ∂root/∂out, using the output only (as Relu, Sigmoid and Tanh do). */
    private Matrix slope(Matrix out, Matrix gOut) {
        if (kind == Kind.LINEAR) return gOut;
        Matrix gz = Matrix.scratch(out.rows(), out.cols());
        double[] s = out.data(), g = gOut.data(), o = gz.data();
        switch (kind) {
            case RELU -> { for (int i = 0; i < s.length; i++) o[i] = ReluBits.masked(g[i], s[i]); }  // relu(z) > 0 exactly when z > 0
            case SIGMOID -> { for (int i = 0; i < s.length; i++) o[i] = g[i] * s[i] * (1.0 - s[i]); }
            case TANH -> { for (int i = 0; i < s.length; i++) o[i] = g[i] * (1.0 - s[i] * s[i]); }
            case LINEAR -> throw new AssertionError();
        }
        return gz;
    }

    @Override public String formula(List<String> l) {
        String z = l.get(0) + " @ " + l.get(1) + (withBias ? " + " + l.get(2) : "");
        return switch (kind) {
            case LINEAR -> z;
            case RELU -> "max(" + z + ", 0)";
            case SIGMOID -> "σ(" + z + ")";
            case TANH -> "tanh(" + z + ")";
        };
    }

    @Override public String gradFormula(int i, List<String> l, String g) {
        String delta = switch (kind) {
            case LINEAR -> g;
            case RELU -> Notation.times(g, "[z > 0]");
            case SIGMOID -> Notation.times(g, "σ(z)(1 " + Notation.MINUS + " σ(z))");
            case TANH -> Notation.times(g, "(1 " + Notation.MINUS + " tanh²(z))");
        };
        return switch (i) {
            case 0 -> delta + " · " + Notation.transposed(l.get(1));
            case 1 -> Notation.transposed(l.get(0)) + " · " + delta;
            default -> delta;
        };
    }
}
