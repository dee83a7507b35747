package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** The matrix product a @ b; inner sizes must agree. */
public record MatMul() implements Op {
    @Override public String name() { return "matmul"; }
    @Override public int arity() { return 2; }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.matmul(in[0], in[1]); }

    // For out = a @ b: ∂/∂a = Δ · bᵀ and ∂/∂b = aᵀ · Δ, where Δ = ∂root/∂out.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {gradTimesTransposed(gOut, in[1]), transposedTimesGrad(in[0], gOut)};
    }

    /** g · bᵀ; written as its own step so a fused transposed kernel can replace it in one place. */
    private static Matrix gradTimesTransposed(Matrix g, Matrix b) { return MatrixOps.matmul(g, MatrixOps.transpose(b)); }

    /** aᵀ · g; see {@link #gradTimesTransposed}. */
    private static Matrix transposedTimesGrad(Matrix a, Matrix g) { return MatrixOps.matmul(MatrixOps.transpose(a), g); }

    @Override public String formula(List<String> l) { return l.get(0) + " @ " + l.get(1); }

    @Override public String gradFormula(int i, List<String> l, String g) {
        return i == 0 ? g + " · " + Notation.transposed(l.get(1)) : Notation.transposed(l.get(0)) + " · " + g;
    }
}
