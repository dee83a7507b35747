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
 */
public record Limits(long maxSteps, Duration timeout, long maxMemoryBytes, int maxDepth, long maxOutputChars) {
    public static Limits defaults() {
        return new Limits(1_000_000_000L, Duration.ofMinutes(10), 2L << 30, 1000, 10_000_000L);
    }

    public Limits withSteps(long s) { return new Limits(s, timeout, maxMemoryBytes, maxDepth, maxOutputChars); }
    public Limits withTimeout(Duration t) { return new Limits(maxSteps, t, maxMemoryBytes, maxDepth, maxOutputChars); }
    public Limits withMemory(long b) { return new Limits(maxSteps, timeout, b, maxDepth, maxOutputChars); }
    public Limits withDepth(int d) { return new Limits(maxSteps, timeout, maxMemoryBytes, d, maxOutputChars); }
    public Limits withOutput(long c) { return new Limits(maxSteps, timeout, maxMemoryBytes, maxDepth, c); }
}
