package nn.interp;

import java.time.Duration;

/**
 * The budgets of one run. Defaults are generous for lessons and homework; a grader tightens them.
 *
 * @param maxSteps       statements, loop iterations and calls executed
 * @param timeout        wall time of the whole run (null: none)
 * @param maxMemoryBytes the largest matrix data one operation may allocate, and the heap the run may fill
 * @param maxDepth       nested function calls
 * @param maxOutputChars characters printed
 * @param setBy          who chose these budgets, so that a hint names what can raise them
 */
public record Limits(long maxSteps, Duration timeout, long maxMemoryBytes, int maxDepth, long maxOutputChars, SetBy setBy) {
    /**
     * Who sets the budgets: nn's flags (--max-steps, --timeout…: a script, the REPL), or an assignment
     * ({@code nn grade}: its settings, which the student cannot change, so a hint names none of the flags).
     */
    public enum SetBy { FLAGS, ASSIGNMENT }

    public Limits(long maxSteps, Duration timeout, long maxMemoryBytes, int maxDepth, long maxOutputChars) {
        this(maxSteps, timeout, maxMemoryBytes, maxDepth, maxOutputChars, SetBy.FLAGS);
    }

    public static Limits defaults() {
        return new Limits(1_000_000_000L, Duration.ofMinutes(10), 2L << 30, 1000, 10_000_000L);
    }

    public Limits withSteps(long s) { return new Limits(s, timeout, maxMemoryBytes, maxDepth, maxOutputChars, setBy); }
    public Limits withTimeout(Duration t) { return new Limits(maxSteps, t, maxMemoryBytes, maxDepth, maxOutputChars, setBy); }
    public Limits withMemory(long b) { return new Limits(maxSteps, timeout, b, maxDepth, maxOutputChars, setBy); }
    public Limits withDepth(int d) { return new Limits(maxSteps, timeout, maxMemoryBytes, d, maxOutputChars, setBy); }
    public Limits withOutput(long c) { return new Limits(maxSteps, timeout, maxMemoryBytes, maxDepth, c, setBy); }
    public Limits setBy(SetBy who) { return new Limits(maxSteps, timeout, maxMemoryBytes, maxDepth, maxOutputChars, who); }

    /** True when an assignment set these budgets: hints then point at the code, never at a flag. */
    public boolean graded() { return setBy == SetBy.ASSIGNMENT; }
}
