package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/** The natural logarithm, elementwise (log of a negative number is NaN, as in NumPy). */
public record Log() implements Op {
    @Override public String name() { return "log"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.log(in[0]); }

    // d(log a)/da = 1 / a.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {MatrixOps.div(gOut, in[0])};
    }

    @Override public String formula(List<String> l) { return "log(" + l.get(0) + ")"; }
    @Override public String gradFormula(int i, List<String> l, String g) { return g + " / " + l.get(0); }
}
