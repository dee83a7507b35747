package nn.interp;

/** Control flow out of loops and functions, as exceptions without stack traces (they are not errors). */
final class Signals {
    private Signals() {}

    static final class Return extends RuntimeException {
        final Value value;
        Return(Value value) { super(null, null, false, false); this.value = value; }
    }

    static final class Break extends RuntimeException {
        Break() { super(null, null, false, false); }
    }

    static final class Continue extends RuntimeException {
        Continue() { super(null, null, false, false); }
    }
}
