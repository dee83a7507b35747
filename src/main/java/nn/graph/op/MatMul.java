package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** The matrix product a @ b; inner sizes must agree. */
public record MatMul() implements Op {
    @Override public String name() { return "matmul"; }
    @Override public int arity() { return 2; }
    @Override public int precedence() { return Precedence.PRODUCT; }
    @Override public int operandPrecedence(int i) { return Precedence.leftAssociative(Precedence.PRODUCT, i); }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.matmul(in[0], in[1]); }

    // For out = a @ b: ∂/∂a = Δ · bᵀ and ∂/∂b = aᵀ · Δ, where Δ = ∂root/∂out. The transposed-operand
    // kernels never build the transposes.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return backward(in, out, gOut, new boolean[] {true, true});
    }

    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut, boolean[] needed) {
        return new Matrix[] {
            needed[0] ? MatrixOps.matmulTransB(gOut, in[1]) : null,
            needed[1] ? MatrixOps.matmulTransA(in[0], gOut) : null};
    }

    @Override public String formula(List<String> l) { return l.get(0) + " @ " + l.get(1); }

    @Override public String gradFormula(int i, List<String> l, String g) {
        return i == 0 ? g + " · " + Notation.transposed(l.get(1)) : Notation.transposed(l.get(0)) + " · " + g;
    }
}
