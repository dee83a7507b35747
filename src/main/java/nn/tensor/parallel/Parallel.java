package nn.tensor.parallel;

import nn.i18n.Messages;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>Whether a loop is split is decided from measured costs: the loop's work on one thread (the caller's
 * estimate, from {@code nn.tensor.kernel.Cost}) against the pool's dispatch cost, the wake-up latency of a
 * parked worker, which the pool measures on every task it hands out ({@link #dispatchNanos}). Each
 * thread's share must be worth {@link #TASK_DISPATCHES} dispatches, so small work never waits for a
 * worker to wake, and on a loaded machine, where workers wake late, less work is split. Work that moves
 * its data between cores (a product whose operands the caller's cache holds and whose result it reads
 * next) also pays for that move: see {@link #worthSplitting(double, double)}. Work that is not split
 * never touches the pool: it runs on the calling thread exactly as it would with one thread.
 *
 * <p>Determinism is the caller's half of the contract: a body must compute each output element
 * entirely within the chunk that owns it, the same way whatever the chunk boundaries are. Then the
 * result does not depend on the thread count. Reductions across chunks must use a blocking that is
 * fixed independently of the thread count (see {@code nn.tensor.kernel.Reduce}).
 */
public final class Parallel {
    /**
     * The wake-up latency assumed until the pool has measured its own: the time from handing a task to a
     * parked worker until the worker runs it. Measured on the 2-core development machine (a KVM guest,
     * where waking an idle virtual core goes through the host): 30–50 µs at real-time priority, 100 µs to
     * 2 ms under other processes' load (README, Speed, "Threads"; {@code ./nn bench threads} prints it).
     */
    public static final double DEFAULT_DISPATCH_NANOS = 50_000;

    /**
     * How many dispatches' worth of work one thread's share must be before a loop is split. With the
     * caller taking unclaimed chunks itself, a loop of w nanoseconds on two threads takes about
     * (w + dispatch) / 2, so shares of two dispatches (w = 4 dispatches) give about 1.6× and a worker
     * that wakes late costs at most the chunk it took.
     */
    public static final double TASK_DISPATCHES = 2;

    /**
     * The most a split may take, as a fraction of the work's time on one thread, by the prediction of
     * {@link #worthSplitting(double, double)}: a split must promise at least 1/0.75 = 1.33×, so that where
     * the prediction is off (a worker that wakes later than its median, data slower to move than assumed)
     * it still does not lose. On two threads with nothing to move this is the rule of shares worth
     * {@link #TASK_DISPATCHES} dispatches: w/2 + d ≤ 0.75·w exactly when w ≥ 4d.
     */
    public static final double MAX_SPLIT_FRACTION = 0.75;

    /** Wake-up latencies kept for the median (odd, so the median is one of them). */
    public static final int SAMPLES = 15;

    /** A pool that has measured nothing for this long is sent a no-op task, so a stale latency cannot stop splits for good. */
    private static final long PROBE_AFTER_NANOS = 50_000_000L;

    private static final Object LOCK = new Object();
    private static volatile Pool pool = Browser.isBrowser() ? Pool.INLINE : new Pool(initialThreads());

    /**
     * The dispatch cost the split decisions assume instead of the measured one, in nanoseconds, or NaN
     * for the measured one: set only by the benchmarks that measure the threshold ({@code 0} splits every
     * loop that can be split). It changes speed, never results.
     */
    private static volatile double assumedDispatchNanos = Double.NaN;

    private Parallel() {}

    /**
     * What the pools have done since the JVM started, for the thread benchmarks (no decision reads them):
     * loops split, chunks run by their callers and by helpers, helpers that woke to find every chunk
     * taken, no-op tasks sent to refresh the wake-up measurement, and the time callers spent spinning
     * and how often they then parked, waiting for helpers.
     */
    public record Counts(long splitLoops, long callerChunks, long helperChunks, long idleHelpers, long probes,
                         long spinNanos, long parks) {
        /** The counts since {@code before}. */
        public Counts since(Counts before) {
            return new Counts(splitLoops - before.splitLoops, callerChunks - before.callerChunks,
                    helperChunks - before.helperChunks, idleHelpers - before.idleHelpers, probes - before.probes,
                    spinNanos - before.spinNanos, parks - before.parks);
        }
    }

    // Updated only where work is split or a probe is sent (each at least tens of microseconds), never on the inline path.
    // (AtomicLong, not LongAdder: the browser's build has no LongAdder, and these are never contended for long.)
    private static final AtomicLong SPLIT_LOOPS = new AtomicLong(), CALLER_CHUNKS = new AtomicLong(),
            HELPER_CHUNKS = new AtomicLong(), IDLE_HELPERS = new AtomicLong(), PROBES = new AtomicLong(),
            SPIN_NANOS = new AtomicLong(), PARKS = new AtomicLong();

    /** The counts so far (see {@link Counts}). */
    public static Counts counts() {
        return new Counts(SPLIT_LOOPS.get(), CALLER_CHUNKS.get(), HELPER_CHUNKS.get(), IDLE_HELPERS.get(),
                PROBES.get(), SPIN_NANOS.get(), PARKS.get());
    }

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

    /**
     * The cost of handing work to a worker, in nanoseconds: the median of the pool's last {@value #SAMPLES}
     * measured wake-up latencies ({@link #DEFAULT_DISPATCH_NANOS} until it has some), or the value a
     * benchmark assumes.
     */
    public static double dispatchNanos() {
        double assumed = assumedDispatchNanos;
        return Double.isNaN(assumed) ? pool.dispatchNanos() : assumed;
    }

    /**
     * How many wake-ups the current pool has measured: until more than half of {@value #SAMPLES}, the median
     * {@link #dispatchNanos} still includes the default it started with.
     */
    public static long wakesMeasured() { return pool.wakesMeasured(); }

    /**
     * Makes the split decisions assume {@code nanos} per dispatch ({@code 0}: split every loop that can be
     * split) until called with NaN, which goes back to the measured latency. For the threshold benchmarks only.
     */
    public static void assumeDispatchNanos(double nanos) { assumedDispatchNanos = nanos; }

    /** The least work, in nanoseconds on one thread, worth a share of its own: {@link #TASK_DISPATCHES} dispatches. */
    public static double minTaskNanos() { return TASK_DISPATCHES * dispatchNanos(); }

    /**
     * Whether work of about {@code nanos} on one thread gains from the pool: every thread's share would be
     * worth a task ({@link #minTaskNanos}), on at least two threads. The same as
     * {@link #worthSplitting(double, double)} with nothing to move between cores.
     */
    public static boolean worthSplitting(double nanos) { return worthSplitting(nanos, 0); }

    /**
     * Whether work of about {@code nanos} on one thread gains from the pool when moving its data between
     * cores costs about {@code movedNanos} in all (each thread's share moves its part: a helper reads its
     * inputs from the caller's cache, and the caller later reads what the helper wrote from the helper's).
     * The prediction on t threads is {@code nanos/t + d + movedNanos/t}, d the measured wake-up
     * ({@link #dispatchNanos}); the work is split when that is at most {@link #MAX_SPLIT_FRACTION} of
     * {@code nanos} and every share is worth a task. When only the measured latency says no, a stale
     * measurement is refreshed in the background, so a passing load does not keep later work on one thread.
     */
    public static boolean worthSplitting(double nanos, double movedNanos) {
        if (Browser.isBrowser()) return false;
        Pool p = pool;
        if (p.threads <= 1 || Thread.currentThread() instanceof Worker) return false;
        if (assumedDispatchNanos == 0) return true;  // a benchmark's "split everything"
        boolean worth = gains(nanos, movedNanos, p.threads, dispatchNanos());
        if (!worth) declined(p, nanos, movedNanos);
        return worth;
    }

    /**
     * The split rule itself, for work of {@code nanos} on one thread moving {@code movedNanos} of data, on
     * {@code threads} threads whose dispatch costs {@code dispatch}: shares worth {@link #TASK_DISPATCHES}
     * dispatches each, and a predicted time at most {@link #MAX_SPLIT_FRACTION} of one thread's.
     */
    static boolean gains(double nanos, double movedNanos, int threads, double dispatch) {
        if (threads <= 1) return false;
        double predicted = (nanos + movedNanos) / threads + dispatch;
        return nanos >= 2 * TASK_DISPATCHES * dispatch && predicted <= MAX_SPLIT_FRACTION * nanos;
    }

    /**
     * The least work, in nanoseconds on one thread, that {@link #gains} splits when it moves {@code movedNanos}
     * of data, on {@code threads} threads at a dispatch cost of {@code dispatch} (infinite on one thread).
     * For the benchmarks, which print the threshold their measured wake-up implies.
     */
    public static double leastWorthSplitting(double dispatch, double movedNanos, int threads) {
        if (threads <= 1) return Double.POSITIVE_INFINITY;
        double byPrediction = (movedNanos / threads + dispatch) / (MAX_SPLIT_FRACTION - 1.0 / threads);
        return Math.max(2 * TASK_DISPATCHES * dispatch, byPrediction);
    }

    /**
     * Work of about {@code nanos} stays on the calling thread. Where the default latency would have split
     * it, only the measurement said no; if that measurement is old, the pool is sent a no-op task to take
     * a fresh one. The caller only queues it (a microsecond, at most every {@value #PROBE_AFTER_NANOS} ns);
     * the wake-up is measured and recorded on the worker.
     */
    private static void declined(Pool p, double nanos, double movedNanos) {
        if (Double.isNaN(assumedDispatchNanos) && gains(nanos, movedNanos, p.threads, DEFAULT_DISPATCH_NANOS))
            p.probeIfStale();
    }

    /** The smallest chunk, in indices, worth a task when each index takes about {@code nanosPerIndex} (see {@link #minTaskNanos}). */
    public static int grain(double nanosPerIndex) {
        double g = Math.ceil(minTaskNanos() / Math.max(1e-9, nanosPerIndex));
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
        checkInterrupted();
        if (n <= 0) return;
        Pool p = pool;
        grain = Math.max(1, grain);
        int chunks = chunkCount(n, grain, p.threads);
        int piece = piece(grain);
        if (chunks <= 1 || Browser.isBrowser() || Thread.currentThread() instanceof Worker) {
            // grain is about minTaskNanos() of work, so n / grain of those is the whole loop's estimate.
            if (chunks <= 1 && p.threads > 1 && !Browser.isBrowser() && !(Thread.currentThread() instanceof Worker))
                declined(p, (double) n / grain * minTaskNanos(), 0);
            Thread self = Thread.currentThread();
            for (int from = 0; from < n; ) {
                if (stopRequested(self)) throw new ComputationInterruptedException();
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
        if (stopRequested(Thread.currentThread())) throw new ComputationInterruptedException();
    }

    /**
     * Whether {@code thread} should stop: it is interrupted, or it is a worker running a chunk of a loop whose
     * caller was interrupted (or whose other chunk failed). Kernels check this between blocks, so a worker
     * stops within a block, not at the end of its piece, and the caller, which waits for it, is not held long.
     */
    private static boolean stopRequested(Thread thread) {
        if (thread.isInterrupted()) return true;
        return thread instanceof Worker w && w.job != null && (w.job.cancelled || w.job.owner.isInterrupted());
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
        private Pool pool;
        /** When the helpers were handed the job, for the wake-up latency each of them measures. */
        private volatile long submitted;

        Job(int n, int chunks, int piece, IntRangeBody body, Thread owner) {
            this.n = n;
            this.chunks = chunks;
            this.piece = piece;
            this.body = body;
            this.owner = owner;
            this.done = new CountDownLatch(chunks);
        }

        void run(Pool p) {
            pool = p;
            int helpers = Math.min(p.threads - 1, chunks - 1);
            submitted = System.nanoTime();
            for (int h = 0; h < helpers; h++) {
                // A pool shut down by setThreads just means fewer helpers; the caller claims the rest.
                if (!p.submit(this)) break;
            }
            SPLIT_LOOPS.incrementAndGet();
            long start = System.nanoTime();
            int ran = claimAndRun();
            CALLER_CHUNKS.addAndGet(ran);
            Thread self = Thread.currentThread();
            try {
                if (self.isInterrupted()) throw new InterruptedException();
                awaitHelpers(ran == 0 ? 0 : (System.nanoTime() - start) / ran);
            } catch (InterruptedException e) {
                cancelled = true;
                stopHelpers();
                self.interrupt();
                throw new ComputationInterruptedException();
            }
            Throwable t = failure.get();
            if (t instanceof RuntimeException re) throw re;
            if (t instanceof Error err) throw err;
            if (t != null) throw new IllegalStateException(t);
        }

        /**
         * After the caller's interruption: counts down the chunks no thread has claimed and waits, not
         * interruptibly, for the pieces helpers are running to stop (each stops at its kernel's next check,
         * {@link #checkInterrupted}). The caller must not return before: a helper still running would go on
         * writing the loop's outputs and the caller's per-thread buffers (a matrix product's packed b) while the
         * caller runs its next computation with them: wrong results, seen in review (eighth round, docs/speed.md).
         */
        private void stopHelpers() {
            Thread.interrupted();
            while (nextChunk.getAndIncrement() < chunks) done.countDown();
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException again) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }

        /**
         * Waits for the chunks helpers still run. At most about one chunk remains, so the caller first
         * spins for up to a chunk's time (its own chunks' mean) plus a dispatch: parking here would add
         * a second wake-up, the caller's own, to every loop's critical path (measured: a 50 µs loop took
         * 84 µs on two threads with it). Past that, it parks: a helper that long late has lost its core.
         */
        private void awaitHelpers(long chunkNanos) throws InterruptedException {
            long limit = Math.min(MAX_SPIN_NANOS, chunkNanos + (long) dispatchNanos());
            long start = System.nanoTime();
            while (done.getCount() > 0 && System.nanoTime() - start < limit) {
                if (owner.isInterrupted()) throw new InterruptedException();
                Thread.onSpinWait();
            }
            SPIN_NANOS.addAndGet(System.nanoTime() - start);
            if (done.getCount() > 0) PARKS.incrementAndGet();
            done.await();
        }

        /** A helper's entry: its wake-up latency is recorded, then it claims chunks as the caller does. */
        @Override public void run() {
            pool.recordWake(System.nanoTime() - submitted);
            Worker self = Thread.currentThread() instanceof Worker w ? w : null;
            if (self != null) self.job = this;
            int ran;
            try {
                ran = claimAndRun();
            } finally {
                if (self != null) self.job = null;
            }
            HELPER_CHUNKS.addAndGet(ran);
            if (ran == 0) IDLE_HELPERS.incrementAndGet();
        }

        /** Claims and runs chunks until none are left; every claimed chunk is counted down. Returns how many it ran. */
        private int claimAndRun() {
            int c, ran = 0;
            while ((c = nextChunk.getAndIncrement()) < chunks) {
                ran++;
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
            return ran;
        }

        // Boundaries spread the remainder so chunk sizes differ by at most one.
        private int start(int chunk) { return (int) ((long) n * chunk / chunks); }
    }

    /** The longest a caller spins waiting for helpers before it parks. */
    private static final long MAX_SPIN_NANOS = 1_000_000L;

    /**
     * A fixed set of daemon worker threads, and the wake-up latencies measured on them. Idle workers sleep
     * rather than spin: spinning saved about 40 µs per loop on an idle machine, but on a loaded 2-core
     * machine it made training steps up to ten times slower, as spinning threads took the CPU time the
     * others were waiting for. The pool measures the price of sleeping instead, and the split decisions
     * pay it only where the work is worth it ({@link #worthSplitting}).
     */
    private static final class Pool {
        /** One thread, no workers: every loop runs on its caller. */
        static final Pool INLINE = new Pool();
        final int threads;
        private final ExecutorService executor;
        private final long[] wakes = new long[SAMPLES];
        private int nextWake;
        private long measured;
        private volatile double dispatchNanos = DEFAULT_DISPATCH_NANOS;
        private volatile long lastWake = System.nanoTime();
        private final java.util.concurrent.atomic.AtomicBoolean probing = new java.util.concurrent.atomic.AtomicBoolean();

        private Pool() {
            threads = 1;
            executor = null;
        }

        Pool(int threads) {
            this.threads = threads;
            Arrays.fill(wakes, (long) DEFAULT_DISPATCH_NANOS);
            AtomicInteger count = new AtomicInteger();
            this.executor = threads <= 1 ? null : new ThreadPoolExecutor(threads - 1, threads - 1,
                    0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                    r -> new Worker(r, "nn-worker-" + count.incrementAndGet()));
        }

        double dispatchNanos() { return dispatchNanos; }

        long wakesMeasured() {
            synchronized (wakes) {
                return measured;
            }
        }

        /** A worker started a task {@code nanos} after it was handed over: kept among the last {@value #SAMPLES}, the median published. */
        void recordWake(long nanos) {
            long[] sorted;
            synchronized (wakes) {
                wakes[nextWake] = Math.max(0, nanos);
                measured++;
                nextWake = (nextWake + 1) % SAMPLES;
                sorted = wakes.clone();
            }
            Arrays.sort(sorted);
            dispatchNanos = sorted[SAMPLES / 2];
            lastWake = System.nanoTime();
        }

        /** Sends a no-op task whose wake-up is measured, when no measurement is recent and none is on its way. */
        void probeIfStale() {
            if (System.nanoTime() - lastWake < PROBE_AFTER_NANOS || !probing.compareAndSet(false, true)) return;
            long sent = System.nanoTime();
            PROBES.incrementAndGet();
            if (!submit(() -> {
                recordWake(System.nanoTime() - sent);
                probing.set(false);
            })) probing.set(false);
        }

        boolean submit(Runnable r) {
            if (executor == null) return false;
            try {
                executor.execute(r);
                return true;
            } catch (RejectedExecutionException | OutOfMemoryError e) {
                // Shut down, or no thread could be made for a new worker ("unable to create native thread"):
                // the task was not queued, and the caller claims its chunks instead.
                return false;
            }
        }

        void shutdown() { if (executor != null) executor.shutdown(); }
    }

    /** Marks pool threads so that a loop started on one of them runs inline. */
    private static final class Worker extends Thread {
        /** The loop whose chunks this worker is running, for {@link #stopRequested}; only this thread writes it. */
        Job job;

        Worker(Runnable r, String name) {
            super(r, name);
            setDaemon(true);
        }
    }
}
