package nn.interp;

/** Control flow out of loops and functions, as exceptions without stack traces (they are not errors). */
final class Signals {
    private Signals() {}

    static final class Return extends RuntimeException {
        @java.io.Serial private static final long serialVersionUID = 1L;
        final transient Value value;
        Return(Value value) { super(null, null, false, false); this.value = value; }
    }

    static final class Break extends RuntimeException {
        @java.io.Serial private static final long serialVersionUID = 1L;
        Break() { super(null, null, false, false); }
    }

    static final class Continue extends RuntimeException {
        @java.io.Serial private static final long serialVersionUID = 1L;
        Continue() { super(null, null, false, false); }
    }
}
