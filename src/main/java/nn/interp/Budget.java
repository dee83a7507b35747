package nn.interp;

import nn.i18n.Messages;
import nn.lang.source.Span;
import java.util.function.LongSupplier;
import nn.platform.Browser;
import nn.platform.Heap;

/**
 * Counts what a run uses against its {@link Limits} and ends it with a clear error naming the budget,
 * the flag that raises it, and (through the span) where the script was. Also where Ctrl-C lands:
 * an interrupted thread stops at the next step.
 */
public final class Budget {
    /** The Java heap on the JVM; in the browser nothing can be measured there (see {@link #measureLiveWith}). */
    private final Heap heap;
    private final Limits limits;
    /**
     * Where the heap cannot be measured (the browser), what the session's values hold ({@link LiveValues}): the
     * live memory the budget counts instead of the heap after a collection. Null until the interpreter sets it.
     */
    private LongSupplier liveValues;
    private long steps;
    private long startNanos = System.nanoTime();
    private int depth;
    private long output;
    /** Set by the session's watchdog when the deadline passes; the run then stops at its next check. */
    private volatile boolean expired;
    /** Set by the watchdog when live memory is over the budget after a collection; null while it is not. */
    private volatile RuntimeError memoryExceeded;
    /** Heap live before the session's first value: the budget counts what the session adds to it. */
    private final long baselineBytes;
    /** Bytes charged by allocations since the last measurement of live memory, and that measurement. */
    private long chargedSinceCount;
    private long liveAtCount;
    private long lastCountNanos;
    /** The place of the latest step: where a run stopped by the watchdog is reported. */
    private Span lastAt;

    public Budget(Limits limits) { this(limits, Heap.current()); }

    /** A budget measuring this heap (the tests give the browser's, which measures nothing). */
    Budget(Limits limits, Heap heap) {
        this.limits = limits;
        this.heap = heap;
        // Only a budget smaller than the heap can be reached before the heap's own end; then the baseline
        // is measured after a collection, so that it is what was live before the session began.
        this.baselineBytes = limits.maxMemoryBytes() < heap.max() ? measuredBaseline() : usedHeap();
    }

    private long measuredBaseline() {
        heap.collect();
        return usedHeap();
    }

    /**
     * Gives the budget the session's own count of what it holds, used when the heap cannot be measured (in the
     * browser, where without it every allocation would count as live forever, or, as before, none would).
     */
    void measureLiveWith(LongSupplier values) { this.liveValues = values; }

    public Limits limits() { return limits; }

    /**
     * Restarts the clock, the step count and the characters printed: a REPL entry, a notebook cell or a script run is
     * measured on its own (a session that once hit the output budget could otherwise never print again).
     */
    public void restart() {
        steps = 0;
        output = 0;
        depth = 0;
        expired = false;
        memoryExceeded = null;
        lastAt = null;
        startNanos = System.nanoTime();
    }

    /** The watchdog's half: the deadline has passed (the caller then interrupts the run's thread). */
    public void expire() { expired = true; }

    /** True once the watchdog has ended the run for its time: an interruption is then the time budget's. */
    public boolean expired() { return expired; }

    /** Where the run was at its latest step (null before the first). */
    public Span lastAt() { return lastAt; }

    /** The error a run that outlived its time budget ends with. */
    public RuntimeError timeExceeded(Span at) {
        // A run whose deadline another watches (a graded child's) has no timeout here: say how long it ran.
        java.time.Duration limit = limits.timeout() != null ? limits.timeout()
                : java.time.Duration.ofSeconds(Math.max(1, (System.nanoTime() - startNanos) / 1_000_000_000L));
        return new RuntimeError(at, Messages.t("interp.budget.time", describe(limit)),
                graded() ? Messages.t("interp.budget.time-hint-graded") : Messages.t(hint("interp.budget.time-hint", "interp.budget.time-hint.page")));
    }

    public void step(Span at) {
        lastAt = at;
        if (++steps > limits.maxSteps())
            throw new RuntimeError(at, Messages.t("interp.budget.steps", limits.maxSteps()),
                    graded() ? Messages.t("interp.budget.steps-hint-graded") : Messages.t(hint("interp.budget.steps-hint", "interp.budget.steps-hint.page")));
        if ((steps & 1023) == 0) checkTimeAndInterrupt(at);
    }

    public void checkTimeAndInterrupt(Span at) {
        if (memoryExceeded != null) throw memoryExceeded.at(at);
        if (expired) throw timeExceeded(at);
        if (Thread.currentThread().isInterrupted()) throw new Interrupted(at);
        if (limits.timeout() != null && System.nanoTime() - startNanos > limits.timeout().toNanos()) throw timeExceeded(at);
    }

    public void enter(Span at) {
        if (++depth > limits.maxDepth())
            throw new RuntimeError(at, Messages.t("interp.budget.depth", limits.maxDepth()),
                    graded() ? Messages.t("interp.budget.base-case-hint") : Messages.t(hint("interp.budget.depth-hint", "interp.budget.depth-hint.page")));
    }

    public void leave() { depth--; }

    /** Refuses an allocation of {@code elements} doubles before it happens. */
    public void allocate(long elements, String what, Span at) {
        long bytes = elements > Long.MAX_VALUE / 8 ? Long.MAX_VALUE : elements * 8;
        if (bytes > limits.maxMemoryBytes())
            throw new RuntimeError(at, Messages.t("interp.budget.memory-one", what, bytes(bytes), bytes(limits.maxMemoryBytes())),
                    graded() ? Messages.t("interp.budget.memory-hint-graded")
                            : Messages.t(hint("interp.budget.memory-one-hint", "interp.budget.memory-one-hint.page"), (bytes >> 30) + 1, (bytes >> 30) + 2));
        // Live memory: allocations are charged as they happen; when the charges since the last count could
        // take the run over its budget, a collection counts what is still reachable (values that became
        // unreachable are credited), and the allocation is refused if it would not fit.
        chargedSinceCount += bytes;
        if (liveAtCount + chargedSinceCount > limits.maxMemoryBytes()) {
            long live = countLive();
            if (live + bytes > limits.maxMemoryBytes())
                throw new RuntimeError(at, Messages.t("interp.budget.memory-more", bytes(live), what, bytes(bytes), bytes(limits.maxMemoryBytes())),
                        graded() ? Messages.t("interp.budget.memory-hint-graded") : Messages.t(hint("interp.budget.memory-more-hint", "interp.budget.memory-more-hint.page")));
            chargedSinceCount = bytes;
        }
        long free = heap.max() - heap.used();
        if (bytes > free && bytes > 64L << 20) {
            heap.collect();
            free = heap.max() - heap.used();
            if (bytes > free)
                throw new RuntimeError(at, Messages.t("interp.budget.memory-free", what, bytes(bytes), bytes(free)), heapHint());
        }
    }

    private long usedHeap() { return heap.used(); }

    /** What the session holds now, after a collection (or as its values count it, in the browser); charges start again from it. */
    private long countLive() {
        lastCountNanos = System.nanoTime();
        chargedSinceCount = 0;
        if (!heap.measured() && liveValues != null) return liveAtCount = liveValues.getAsLong();
        heap.collect();
        liveAtCount = Math.max(0, usedHeap() - baselineBytes);
        return liveAtCount;
    }

    /**
     * The watchdog's memory check, for what no allocation charged (work inside a library, a unit's
     * weights): when the heap in use is over the budget, a collection (at most one a second) tells
     * whether it is live; if so the run is stopped like at its deadline. True when it must stop.
     */
    public boolean checkLiveMemory() {
        if (usedHeap() - baselineBytes <= limits.maxMemoryBytes()) return false;
        if (System.nanoTime() - lastCountNanos < 1_000_000_000L) return false;
        long live = countLive();
        if (live <= limits.maxMemoryBytes()) return false;
        memoryExceeded = new RuntimeError(Messages.t("interp.budget.memory-held", bytes(live), bytes(limits.maxMemoryBytes())),
                graded() ? Messages.t("interp.budget.memory-hint-graded") : Messages.t(hint("interp.budget.memory-held-hint", "interp.budget.memory-held-hint.page")));
        return true;
    }

    /** The error a run stopped by the memory check ends with; null when it was not. */
    public RuntimeError memoryExceeded() { return memoryExceeded; }

    /** Characters printed so far (a watched plot redraws in place only when nothing else was printed since its last drawing). */
    public long outputSoFar() { return output; }

    public void output(long chars, Span at) {
        output += chars;
        if (output > limits.maxOutputChars())
            throw new RuntimeError(at, Messages.t("interp.budget.output", limits.maxOutputChars()),
                    graded() ? Messages.t("interp.budget.output-hint-graded") : Messages.t(hint("interp.budget.output-hint", "interp.budget.output-hint.page")));
    }

    /** True when an assignment set the budgets: a hint then names no flag, which the student could not use. */
    public boolean graded() { return limits.graded(); }

    /** What to do when Java's heap is full: NN_HEAP is the student's to set, except under an assignment. */
    public String heapHint() {
        return graded() ? Messages.t("interp.budget.memory-hint-graded") : Messages.t("interp.budget.smaller-or-more-heap");
    }

    /** What to do when the recursion overflowed the interpreter's stack before the depth budget counted it. */
    public String stackHint() {
        return graded() ? Messages.t("interp.budget.base-case-hint") : Messages.t("interp.budget.stack-exhausted-hint");
    }

    public static String bytes(long b) {
        if (b >= 1L << 30) return nn.tensor.Decimals.fixed(b / (double) (1L << 30), 1) + " GiB";
        if (b >= 1L << 20) return nn.tensor.Decimals.fixed(b / (double) (1L << 20), 1) + " MiB";
        if (b >= 1L << 10) return nn.tensor.Decimals.fixed(b / 1024.0, 1) + " KiB";
        return b + " bytes";
    }

    static String describe(java.time.Duration d) {
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

    /**
     * The hint of a budget: the terminal's names the flag that raises it; the browser playground's budgets are fixed
     * (the page has no flags), so its hint says so and names the flag for {@code ./nn} on a computer.
     */
    private static String hint(String terminalKey, String pageKey) {
        return Browser.isBrowser() ? pageKey : terminalKey;
    }
}
