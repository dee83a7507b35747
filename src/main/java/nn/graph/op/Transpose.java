package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** aᵀ: rows become columns. */
public record Transpose() implements Op {
    @Override public String name() { return "transpose"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.POSTFIX; }
    @Override public int operandPrecedence(int i) { return Precedence.ATOM; }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.transpose(in[0]); }

    // Transposition only moves elements, so the gradient moves back the same way.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {MatrixOps.transpose(gOut)};
    }

    @Override public String formula(List<String> l) { return Notation.transposed(l.get(0)); }
    @Override public String gradFormula(int i, List<String> l, String g) { return "(" + g + ")ᵀ"; }
}
