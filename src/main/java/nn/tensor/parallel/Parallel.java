package nn.tensor.parallel;

import nn.i18n.Messages;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nn.platform.Browser;

/**
 * The engine's shared pool of worker threads and its one loop primitive, {@link #forRange}.
 *
 * <p>The pool has {@code threads() - 1} daemon workers; the calling thread always takes part, so one
 * thread means everything runs inline. The size comes from the system property {@code nn.threads}
 * (a positive integer; otherwise the number of available processors) and can be changed at run
 * time with {@link #setThreads}. The browser's build has no threads to wait on: there every loop runs
 * inline on the calling thread, and the pool is not compiled in (see {@link Browser}).
 *
 * <p>Determinism is the caller's half of the contract: a body must compute each output element
 * entirely within the chunk that owns it, the same way whatever the chunk boundaries are. Then the
 * result does not depend on the thread count. Reductions across chunks must use a blocking that is
 * fixed independently of the thread count (see {@code nn.tensor.kernel.Reduce}).
 */
public final class Parallel {
    /** Work, in nanoseconds on one thread, below which a task does not pay for waking a worker. */
    public static final double MIN_TASK_NANOS = 40_000;

    private static final Object LOCK = new Object();
    private static volatile Pool pool = Browser.isBrowser() ? Pool.INLINE : new Pool(initialThreads());

    private Parallel() {}

    /** The number of threads a parallel loop may use, counting the calling thread. */
    public static int threads() { return pool.threads; }

    /** Changes the thread count at run time; loops already running finish with the old pool. */
    public static void setThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException(Messages.t("internal.threads-at-least-one", threads));
        synchronized (LOCK) {
            Pool old = pool;
            if (old.threads == threads) return;
            pool = new Pool(threads);
            old.shutdown();
        }
    }

    /** The smallest chunk, in indices, worth a task when each index takes about {@code nanosPerIndex}. */
    public static int grain(double nanosPerIndex) {
        double g = Math.ceil(MIN_TASK_NANOS / Math.max(1e-9, nanosPerIndex));
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, g));
    }

    /**
     * Runs {@code body} over {@code [0, n)} split into chunks of at least {@code grain} indices,
     * on the pool and the calling thread together; inline when there is only one chunk's worth of
     * work, one thread, or when called from a worker (nested loops never wait on the pool).
     * Exceptions thrown by the body are rethrown here.
     *
     * @throws ComputationInterruptedException if the calling thread is interrupted on entry or while
     *         it waits for the workers; chunks not yet started are then skipped
     */
    public static void forRange(int n, int grain, IntRangeBody body) {
        if (Thread.currentThread().isInterrupted()) throw new ComputationInterruptedException();
        if (n <= 0) return;
        Pool p = pool;
        int chunks = chunkCount(n, Math.max(1, grain), p.threads);
        int piece = piece(grain);
        if (chunks <= 1 || Browser.isBrowser() || Thread.currentThread() instanceof Worker) {
            Thread self = Thread.currentThread();
            for (int from = 0; from < n; ) {
                if (self.isInterrupted()) throw new ComputationInterruptedException();
                int to = (int) Math.min(n, (long) from + piece);
                body.run(from, to);
                from = to;
            }
            return;
        }
        new Job(n, chunks, piece, body, Thread.currentThread()).run(p);
    }

    /**
     * Throws {@link ComputationInterruptedException} when the calling thread has been interrupted (Ctrl-C,
     * or the run's deadline): long loops outside kernels (formatting, comparing, formula tables) call it
     * now and then so that they stop as promptly as a kernel does.
     */
    public static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) throw new ComputationInterruptedException();
    }

    /**
     * Indices run between two interruption checks: a few grains, so a few hundred microseconds of work
     * by the cost model. Chunks are run piece by piece, which is why Ctrl-C and the time budget stop
     * even one long product within milliseconds. Splitting never changes results: a body computes each
     * output element within the range that owns it (see the class comment).
     */
    private static int piece(int grain) { return (int) Math.min(Integer.MAX_VALUE, 8L * Math.max(1, grain)); }

    // Up to four chunks per thread let the caller take over work a busy or sleeping worker has not
    // started; a multiple of the thread count keeps the shares even when every thread is free.
    private static int chunkCount(int n, int grain, int threads) {
        if (threads <= 1 || n < 2L * grain) return 1;
        long byGrain = Math.min(n / grain, 4L * threads);
        return (int) (byGrain < threads ? byGrain : byGrain / threads * threads);
    }

    private static int initialThreads() {
        String s = System.getProperty("nn.threads");
        if (s != null) {
            try {
                int t = Integer.parseInt(s.trim());
                if (t >= 1) return t;
            } catch (NumberFormatException ignored) {
                // fall back to the processor count, as documented
            }
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** One parallel loop: chunks are claimed in order from a counter by the caller and the helpers. */
    private static final class Job implements Runnable {
        private final int n;
        private final int chunks;
        private final int piece;
        private final IntRangeBody body;
        private final Thread owner;
        private final AtomicInteger nextChunk = new AtomicInteger();
        private final CountDownLatch done;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private volatile boolean cancelled;

        Job(int n, int chunks, int piece, IntRangeBody body, Thread owner) {
            this.n = n;
            this.chunks = chunks;
            this.piece = piece;
            this.body = body;
            this.owner = owner;
            this.done = new CountDownLatch(chunks);
        }

        void run(Pool p) {
            int helpers = Math.min(p.threads - 1, chunks - 1);
            for (int h = 0; h < helpers; h++) {
                // A pool shut down by setThreads just means fewer helpers; the caller claims the rest.
                if (!p.submit(this)) break;
            }
            run();
            Thread self = Thread.currentThread();
            try {
                if (self.isInterrupted()) throw new InterruptedException();
                done.await();
            } catch (InterruptedException e) {
                cancelled = true;
                self.interrupt();
                throw new ComputationInterruptedException();
            }
            Throwable t = failure.get();
            if (t instanceof RuntimeException re) throw re;
            if (t instanceof Error err) throw err;
            if (t != null) throw new IllegalStateException(t);
        }

        /** Claims and runs chunks until none are left; every claimed chunk is counted down. */
        @Override public void run() {
            int c;
            while ((c = nextChunk.getAndIncrement()) < chunks) {
                try {
                    for (int from = start(c), end = start(c + 1); from < end && !cancelled; ) {
                        // The owner's interruption (Ctrl-C, the deadline) stops every helper at its next piece.
                        if (owner.isInterrupted()) {
                            cancelled = true;
                            break;
                        }
                        int to = (int) Math.min(end, (long) from + piece);
                        body.run(from, to);
                        from = to;
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    cancelled = true;
                } finally {
                    done.countDown();
                }
            }
        }

        // Boundaries spread the remainder so chunk sizes differ by at most one.
        private int start(int chunk) { return (int) ((long) n * chunk / chunks); }
    }

    /**
     * A fixed set of daemon worker threads. Idle workers sleep rather than spin: spinning saved about
     * 40 µs per loop on an idle machine, but on a loaded 2-core machine it made training steps up to
     * ten times slower, as spinning threads took the CPU time the others were waiting for.
     */
    private static final class Pool {
        /** One thread, no workers: every loop runs on its caller. */
        static final Pool INLINE = new Pool();
        final int threads;
        private final ExecutorService executor;

        private Pool() {
            threads = 1;
            executor = null;
        }

        Pool(int threads) {
            this.threads = threads;
            AtomicInteger count = new AtomicInteger();
            this.executor = threads <= 1 ? null : new ThreadPoolExecutor(threads - 1, threads - 1,
                    0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                    r -> new Worker(r, "nn-worker-" + count.incrementAndGet()));
        }

        boolean submit(Runnable r) {
            if (executor == null) return false;
            try {
                executor.execute(r);
                return true;
            } catch (RejectedExecutionException e) {
                return false;
            }
        }

        void shutdown() { if (executor != null) executor.shutdown(); }
    }

    /** Marks pool threads so that a loop started on one of them runs inline. */
    private static final class Worker extends Thread {
        Worker(Runnable r, String name) {
            super(r, name);
            setDaemon(true);
        }
    }
}
