package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/**
 * a ^ p for a fixed number p, elementwise. The exponent is part of the op, not an input, so there is
 * no gradient with respect to it; the facade refuses an exponent that depends on a parameter.
 */
public record Pow(double exponent) implements Op {
    @Override public String name() { return "pow"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.POSTFIX; }
    @Override public int operandPrecedence(int i) { return Precedence.ATOM; }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.pow(in[0], Matrix.scalar(exponent)); }

    // ∂(a^p)/∂a = p · a^(p−1).
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        Matrix slope = exponent == 2.0
                ? MatrixOps.scale(in[0], 2.0)
                : MatrixOps.scale(MatrixOps.pow(in[0], Matrix.scalar(exponent - 1.0)), exponent);
        return new Matrix[] {MatrixOps.mul(gOut, slope)};
    }

    @Override public String formula(List<String> l) { return Notation.power(l.get(0), exponent); }

    @Override public String gradFormula(int i, List<String> l, String g) {
        String slope = exponent == 2.0 ? "2" + l.get(0)
                : Notation.number(exponent) + " * " + Notation.power(l.get(0), exponent - 1.0);
        return Notation.times(g, slope);
    }
}
