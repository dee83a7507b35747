package nn.interp;

import nn.lang.source.Span;

/**
 * Counts what a run uses against its {@link Limits} and ends it with a clear error naming the budget,
 * the flag that raises it, and (through the span) where the script was. Also where Ctrl-C lands:
 * an interrupted thread stops at the next step.
 */
public final class Budget {
    private final Limits limits;
    private long steps;
    private long startNanos = System.nanoTime();
    private int depth;
    private long output;

    public Budget(Limits limits) { this.limits = limits; }

    public Limits limits() { return limits; }

    /** Restarts the clock and step count: a REPL entry or a script run is measured on its own. */
    public void restart() {
        steps = 0;
        depth = 0;
        startNanos = System.nanoTime();
    }

    public void step(Span at) {
        if (++steps > limits.maxSteps())
            throw new RuntimeError(at, "step budget exceeded: the run took more than " + limits.maxSteps() + " steps",
                    "an endless loop? raise the budget with --max-steps N");
        if ((steps & 1023) == 0) checkTimeAndInterrupt(at);
    }

    public void checkTimeAndInterrupt(Span at) {
        if (Thread.currentThread().isInterrupted()) throw new Interrupted(at);
        if (limits.timeout() != null && System.nanoTime() - startNanos > limits.timeout().toNanos())
            throw new RuntimeError(at, "time budget exceeded: the run took longer than " + describe(limits.timeout()),
                    "raise the budget with --timeout 60s");
    }

    public void enter(Span at) {
        if (++depth > limits.maxDepth())
            throw new RuntimeError(at, "recursion budget exceeded: more than " + limits.maxDepth() + " nested calls",
                    "does the recursion reach its base case? raise the budget with --max-depth N");
    }

    public void leave() { depth--; }

    /** Refuses an allocation of {@code elements} doubles before it happens. */
    public void allocate(long elements, String what, Span at) {
        long bytes = elements * 8;
        if (bytes > limits.maxMemoryBytes())
            throw new RuntimeError(at, "memory budget exceeded: " + what + " needs " + bytes(bytes)
                    + ", the budget is " + bytes(limits.maxMemoryBytes()),
                    "if you really need it, raise the budget with --max-memory " + ((bytes >> 30) + 1) + "g"
                            + " and Java's heap with NN_HEAP=" + ((bytes >> 30) + 2) + "g");
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > free && bytes > 64L << 20) {
            System.gc();
            free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
            if (bytes > free)
                throw new RuntimeError(at, "memory budget exceeded: " + what + " needs " + bytes(bytes)
                        + " but only " + bytes(free) + " is free", "use smaller matrices, or give Java more heap with NN_HEAP=4g");
        }
    }

    public void output(long chars, Span at) {
        output += chars;
        if (output > limits.maxOutputChars())
            throw new RuntimeError(at, "output budget exceeded: more than " + limits.maxOutputChars() + " characters printed",
                    "print less, or raise the budget with --max-output N");
    }

    public static String bytes(long b) {
        if (b >= 1L << 30) return String.format(java.util.Locale.ROOT, "%.1f GiB", b / (double) (1L << 30));
        if (b >= 1L << 20) return String.format(java.util.Locale.ROOT, "%.1f MiB", b / (double) (1L << 20));
        if (b >= 1L << 10) return String.format(java.util.Locale.ROOT, "%.1f KiB", b / 1024.0);
        return b + " bytes";
    }

    private static String describe(java.time.Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }

    /** Ctrl-C: the running statement stops; the REPL keeps the session. */
    public static final class Interrupted extends RuntimeException {
        @java.io.Serial private static final long serialVersionUID = 1L;
        private final transient Span span;
        public Interrupted(Span span) { super("interrupted", null, false, false); this.span = span; }
        public Span span() { return span; }
    }
}
