package nn.tensor.parallel;

/**
 * Thrown by {@link Parallel#forRange} when the calling thread is interrupted (for example by Ctrl-C in
 * the REPL) while it waits for worker threads. The thread's interrupt flag is left set, so callers
 * further up can still see that an interruption was requested.
 */
public final class ComputationInterruptedException extends RuntimeException {
    @java.io.Serial private static final long serialVersionUID = 1L;
    public ComputationInterruptedException() { super("the computation was interrupted"); }
}
