package nn.graph.op;

/**
 * How tightly an op's printed formula binds, as in Python: {@code a > b} < {@code a + b} < {@code a * b}
 * < {@code −a} < {@code a²} < {@code f(a)}. Each op states its own level ({@link Op#precedence}) and the
 * least level each operand may have without parentheses ({@link Op#operandPrecedence}); a trace
 * parenthesises an operand whose level is lower.
 */
public final class Precedence {
    private Precedence() {}

    /** An operand already delimited by the notation (a function's argument, |a|): anything goes. */
    public static final int ANY = 0;
    public static final int COMPARISON = 50;
    public static final int SUM = 60;
    public static final int PRODUCT = 70;
    public static final int PREFIX = 80;
    public static final int POSTFIX = 90;
    /** A name, a number, a call: binds as tightly as anything. */
    public static final int ATOM = 100;

    /**
     * Operand {@code i} of a left-associative infix operator at {@code level}: the left side may be at the
     * same level ({@code a − b − c}), the right side must bind tighter ({@code a − (b − c)}).
     */
    public static int leftAssociative(int level, int i) { return i == 0 ? level : level + 1; }
}
