package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/**
 * |a|, elementwise. Its slope is the sign of a: −1 below zero, 1 above, and 0 at exactly zero, where
 * |a| has a kink and no derivative (PyTorch's choice, so a weight at 0 stays put).
 */
public record Abs() implements Op {
    @Override public String name() { return "abs"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.abs(in[0]); }

    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {MatrixOps.mul(gOut, MatrixOps.map(in[0], Math::signum))};
    }

    @Override public String formula(List<String> l) { return "|" + l.get(0) + "|"; }
    @Override public String gradFormula(int i, List<String> l, String g) { return Notation.times(g, "sign(" + l.get(0) + ")"); }
}
