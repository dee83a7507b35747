package nn.graph.op;

import java.util.List;
import nn.tensor.Matrix;
import nn.tensor.MatrixOps;

/**
 * √a, elementwise. The slope 1 / (2√a) is infinite at 0 and the value is NaN below 0, as in PyTorch;
 * the interpreter warns about those, the op does not hide them.
 */
public record Sqrt() implements Op {
    @Override public String name() { return "sqrt"; }
    @Override public int arity() { return 1; }
    @Override public int precedence() { return Precedence.ATOM; }
    @Override public int operandPrecedence(int i) { return Precedence.ANY; }

    @Override public Matrix forward(Matrix... in) { return MatrixOps.sqrt(in[0]); }

    // ∂√a/∂a = 1 / (2√a), and √a is the output already computed.
    @Override public Matrix[] backward(Matrix[] in, Matrix out, Matrix gOut) {
        return new Matrix[] {MatrixOps.div(gOut, MatrixOps.scale(out, 2.0))};
    }

    @Override public String formula(List<String> l) { return "sqrt(" + l.get(0) + ")"; }

    @Override public String gradFormula(int i, List<String> l, String g) {
        return Notation.postfixable(g) + " / (2 * sqrt(" + l.get(0) + "))";
    }
}
