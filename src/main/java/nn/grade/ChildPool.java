package nn.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The grading children kept warm between submissions. A child JVM's start-up and nn's code running cold
 * cost more than grading a typical submission does once warm, so a child that ended a submission cleanly
 * (its "done" said reusable: no timeout, no full heap, no stack overflow, no internal error, nothing
 * still running) waits here for the next one, with a fresh interpreter for each. Any other ending — a
 * timeout, a crash, a kill from outside, a run that got stuck — retires the child, and the next
 * submission gets a fresh JVM. With {@code reuse} off every submission gets a JVM of its own
 * ({@code nn grade --jvm-per-submission}). Why nothing can leak from one submission to the next:
 * docs/grading.md, "One JVM, several submissions".
 */
final class ChildPool implements AutoCloseable {
    /** Submissions one child grades before it is retired anyway: bounds whatever a long-lived JVM accumulates. */
    static final int MAX_USES = 64;

    private final List<String> command;
    private final boolean reuse;
    private final Deque<ChildWorker> idle = new ArrayDeque<>();
    private Path home;
    private boolean closed;
    private int started;

    ChildPool(List<String> command, boolean reuse) {
        this.command = command;
        this.reuse = reuse;
    }

    boolean reuse() { return reuse; }

    /**
     * A child for the submission whose copy is in {@code work}: a warm one when there is one, else a
     * new one. A child that grades one submission only starts in that copy's folder; one that may grade
     * several starts in an empty folder of the pool's own (the interpreter resolves every file name
     * against the submission's folder, never against the working folder).
     */
    ChildWorker take(Path work) throws IOException {
        synchronized (this) {
            ChildWorker w = idle.pollFirst();
            if (w != null) return w;
        }
        synchronized (this) {
            started++;
        }
        return ChildWorker.start(command, reuse ? home() : work);
    }

    /** How many child JVMs this pool has started (for the tests of reuse). */
    synchronized int started() { return started; }

    /** Hands a child back after a submission: kept when it may grade another, else stopped. */
    void give(ChildWorker w, boolean reusable) {
        if (reusable && reuse && !w.ended() && w.graded() < MAX_USES) {
            synchronized (this) {
                if (!closed) {
                    idle.addLast(w);
                    return;
                }
            }
        }
        w.close();
    }

    private synchronized Path home() throws IOException {
        if (home == null) {
            home = Files.createTempDirectory("nn-grade-children-");
            home.toFile().deleteOnExit();  // a runner never closed (the process just ends) leaves no empty folder behind
        }
        return home;
    }

    /** Stops the waiting children and removes the pool's folder. */
    @Override
    public void close() {
        List<ChildWorker> waiting;
        synchronized (this) {
            closed = true;
            waiting = List.copyOf(idle);
            idle.clear();
        }
        waiting.forEach(ChildWorker::close);
        synchronized (this) {
            if (home != null) SubmissionFiles.deleteTree(home);
            home = null;
        }
    }
}
