package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** eᵃ, elementwise. */
public record Exp() implements Op {
    @Override public String name() { return "exp"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.exp(in[0]); }

    // d(eᵃ)/da = eᵃ, which is the output itself.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {MatrixOps.mul(gOut, out)};
    }

    @Override public String formula(List<String> l) { return "exp(" + l.get(0) + ")"; }
    @Override public String gradFormula(int i, List<String> l, String g) { return Notation.times(g, "exp(" + l.get(0) + ")"); }
}
