package nn.lang.syntax;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.TokenSource;

/**
 * The parser's token stream, counting the parser's work: every look at a token (ANTLR's prediction reads
 * ahead through {@code LA} and {@code consume}) is a tick. Every 4096 ticks it checks whether the thread
 * was interrupted (the time budget's watchdog, Ctrl-C), so a parse stops like any statement; and a
 * stage may be given a cap on its ticks, past which it gives up ({@link TooMuchWork}).
 */
final class BoundedTokens extends CommonTokenStream {
    /** The parse was stopped from outside (the time budget ran out, or Ctrl-C). */
    static final class Interrupted extends RuntimeException {
        @java.io.Serial private static final long serialVersionUID = 1L;
        Interrupted() { super("interrupted while parsing", null, false, false); }
    }

    /** A stage did more work than its cap allowed. */
    static final class TooMuchWork extends RuntimeException {
        @java.io.Serial private static final long serialVersionUID = 1L;
        TooMuchWork() { super(null, null, false, false); }
    }

    private long ticks, cap = Long.MAX_VALUE;

    BoundedTokens(TokenSource source) { super(source); }

    /** Ticks counted since the last {@link #cap}. */
    long ticks() { return ticks; }

    /** Starts counting again, with at most {@code maxTicks} allowed. */
    void cap(long maxTicks) {
        ticks = 0;
        cap = maxTicks;
    }

    @Override public int LA(int i) {
        tick();
        return super.LA(i);
    }

    @Override public void consume() {
        tick();
        super.consume();
    }

    void tick() {
        if ((++ticks & 4095) == 0 && Thread.currentThread().isInterrupted()) throw new Interrupted();
        if (ticks > cap) throw new TooMuchWork();
    }
}
