package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** −a. */
public record Neg() implements Op {
    @Override public String name() { return "neg"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.PREFIX; }
    @Override public int operandPrecedence(int i) { return Precedence.PREFIX; }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.neg(in[0]); }

    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {MatrixOps.neg(gOut)};
    }

    @Override public String formula(List<String> l) { return Notation.MINUS + l.get(0); }
    @Override public String gradFormula(int i, List<String> l, String g) { return Notation.negated(g); }
}
