package nn.tensor.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30) // waits on the pool's worker threads
class ParallelTest {
    private final int originalThreads = Parallel.threads();

    @AfterEach void restoreThreads() {
        Thread.interrupted();
        Parallel.setThreads(originalThreads);
    }

    @Test void everyIndexIsVisitedExactlyOnce() {
        for (int threads : new int[] {1, 2, 3, 8}) {
            Parallel.setThreads(threads);
            for (int n : new int[] {0, 1, 2, 7, 100, 1001}) {
                for (int grain : new int[] {1, 3, 64, 5000}) {
                    AtomicIntegerArray visits = new AtomicIntegerArray(n);
                    Parallel.forRange(n, grain, (from, to) -> {
                        for (int i = from; i < to; i++) visits.incrementAndGet(i);
                    });
                    for (int i = 0; i < n; i++) assertEquals(1, visits.get(i), "index " + i + " of " + n);
                }
            }
        }
    }

    @Test void workBelowTheGrainRunsInlineAsOneChunk() {
        Parallel.setThreads(4);
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        int[] bounds = new int[2];
        Parallel.forRange(10, 16, (from, to) -> {
            ranOn.set(Thread.currentThread());
            bounds[0] = from;
            bounds[1] = to;
        });
        assertSame(caller, ranOn.get());
        assertEquals(0, bounds[0]);
        assertEquals(10, bounds[1]);
    }

    @Test void largeWorkUsesThePoolThreads() {
        Parallel.setThreads(2);
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        CountDownLatch bothBusy = new CountDownLatch(2);
        // A thread's first chunk waits for a second thread to join, so the worker gets to claim one.
        Parallel.forRange(8, 1, (from, to) -> {
            if (used.add(Thread.currentThread())) bothBusy.countDown();
            try {
                bothBusy.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread worker = used.stream().filter(t -> t != Thread.currentThread()).findFirst().orElseThrow();
        assertTrue(worker.getName().startsWith("nn-worker-"), worker.getName());
        assertTrue(worker.isDaemon(), "workers must not keep the JVM alive");
    }

    @Test void anExceptionInAChunkReachesTheCaller() {
        Parallel.setThreads(2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Parallel.forRange(100, 1, (from, to) -> {
            if (from <= 50 && 50 < to) throw new IllegalStateException("chunk failed");
        }));
        assertEquals("chunk failed", e.getMessage());
    }

    @Test void nestedLoopsFinish() {
        Parallel.setThreads(2);
        AtomicIntegerArray visits = new AtomicIntegerArray(40 * 40);
        Parallel.forRange(40, 1, (r0, r1) -> {
            for (int r = r0; r < r1; r++) {
                int row = r;
                Parallel.forRange(40, 1, (c0, c1) -> {
                    for (int c = c0; c < c1; c++) visits.incrementAndGet(row * 40 + c);
                });
            }
        });
        for (int i = 0; i < 1600; i++) assertEquals(1, visits.get(i));
    }

    @Test void anInterruptedCallerStopsAtOnceAndKeepsItsFlag() {
        Thread.currentThread().interrupt();
        assertThrows(ComputationInterruptedException.class, () -> Parallel.forRange(10, 1, (from, to) -> { }));
        assertTrue(Thread.interrupted());
    }

    @Test void interruptingTheWaitingCallerThrowsAndSkipsUnstartedChunks() throws Exception {
        Parallel.setThreads(2);
        CountDownLatch workerBusy = new CountDownLatch(1), releaseWorker = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean flagKept = new AtomicBoolean();
        AtomicIntegerArray chunksRun = new AtomicIntegerArray(1);
        Thread caller = new Thread(() -> {
            try {
                Parallel.forRange(8, 1, (from, to) -> {
                    chunksRun.incrementAndGet(0);
                    if (Thread.currentThread().getName().startsWith("nn-worker-")) {
                        workerBusy.countDown();
                        // A kernel's checks between blocks: the caller's interruption stops the worker here.
                        long until = System.nanoTime() + 10_000_000_000L;
                        while (releaseWorker.getCount() > 0 && System.nanoTime() < until) {
                            Parallel.checkInterrupted();
                            Thread.onSpinWait();
                        }
                    } else {
                        awaitQuietly(workerBusy); // keeps the caller from taking every chunk itself
                    }
                });
            } catch (Throwable t) {
                thrown.set(t);
                flagKept.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        assertTrue(workerBusy.await(10, TimeUnit.SECONDS), "a worker took a chunk");
        // The caller has run or is running its chunks; once it waits for the worker, interrupt it.
        long giveUp = System.nanoTime() + 10_000_000_000L;
        while (caller.getState() != Thread.State.WAITING && caller.isAlive() && System.nanoTime() < giveUp)
            Thread.onSpinWait();
        caller.interrupt();
        caller.join(10_000);
        releaseWorker.countDown();
        assertFalse(caller.isAlive());
        assertInstanceOf(ComputationInterruptedException.class, thrown.get());
        assertTrue(flagKept.get(), "the interrupt flag stays set");
        assertTrue(chunksRun.get(0) <= 8);
    }

    @Test @org.junit.jupiter.api.Timeout(30)
    void anInterruptedCallerWaitsForAWorkersRunningPieceBeforeItThrows() throws Exception {
        // A worker still running a piece of the interrupted loop would go on writing the loop's outputs (and a
        // product's packed b, the caller's per-thread buffer) while the caller ran its next computation.
        Parallel.setThreads(2);
        CountDownLatch workerBusy = new CountDownLatch(1);
        AtomicBoolean workerDone = new AtomicBoolean(), doneWhenCallerThrew = new AtomicBoolean();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                Parallel.forRange(2, 1, (from, to) -> {
                    if (Thread.currentThread().getName().startsWith("nn-worker-")) {
                        workerBusy.countDown();
                        sleepQuietly(300); // a piece that never checks for interruption
                        workerDone.set(true);
                    } else {
                        awaitQuietly(workerBusy);
                        Thread.currentThread().interrupt(); // Ctrl-C while the worker is mid-piece
                    }
                });
            } catch (Throwable t) {
                doneWhenCallerThrew.set(workerDone.get());
                thrown.set(t);
            }
        });
        caller.start();
        caller.join(20_000);
        assertFalse(caller.isAlive());
        assertInstanceOf(ComputationInterruptedException.class, thrown.get());
        assertTrue(doneWhenCallerThrew.get(), "the caller returned while a worker still ran a piece of its loop");
    }

    private static void sleepQuietly(long millis) {
        long until = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < until) {
            try {
                Thread.sleep(Math.max(1, (until - System.nanoTime()) / 1_000_000L));
            } catch (InterruptedException e) {
                // keep sleeping: this piece ignores interruption
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test void threadCountMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.setThreads(0));
        assertEquals("the number of threads must be at least 1, got 0", e.getMessage());
        Parallel.setThreads(3);
        assertEquals(3, Parallel.threads());
    }

    @Test void grainShrinksAsWorkPerIndexGrows() {
        try {
            Parallel.assumeDispatchNanos(20_000);
            assertEquals(40_000, Parallel.minTaskNanos());
            assertEquals(40_000, Parallel.grain(1));
            assertEquals(1, Parallel.grain(400_000));
            assertTrue(Parallel.grain(100) < Parallel.grain(10));
        } finally {
            Parallel.assumeDispatchNanos(Double.NaN);
        }
    }

    @Test void theSplitWeighsWorkAgainstTheDispatchCost() {
        Parallel.setThreads(2);
        try {
            Parallel.assumeDispatchNanos(50_000);
            assertFalse(Parallel.worthSplitting(150_000), "two shares of 75 µs are worth less than two dispatches each");
            assertTrue(Parallel.worthSplitting(250_000), "two shares of 125 µs are worth more");
            // A loop follows the same rule through its grain: 150 µs of work stays on the caller (at 200 µs, two
            // shares of 100 µs, it would split: the boundary is worthSplitting's).
            Thread caller = Thread.currentThread();
            Set<Thread> used = ConcurrentHashMap.newKeySet();
            Parallel.forRange(150, Parallel.grain(1_000), (from, to) -> used.add(Thread.currentThread()));
            assertEquals(Set.of(caller), used);
            Parallel.setThreads(1);
            assertFalse(Parallel.worthSplitting(1e12), "one thread never splits");
        } finally {
            Parallel.assumeDispatchNanos(Double.NaN);
        }
    }

    @Test void aSplitMustPromiseAQuarterOffAfterItsWakeUpAndTheDataItMoves() {
        // Nothing to move, two threads: the rule of shares worth two dispatches (w ≥ 4d).
        assertTrue(Parallel.gains(400_000, 0, 2, 100_000));
        assertFalse(Parallel.gains(399_000, 0, 2, 100_000));
        // (1 ms + 400 µs moved) / 2 + 50 µs = 750 µs: exactly 3/4 of one thread's 1 ms; 500 µs moved is too much.
        assertTrue(Parallel.gains(1_000_000, 400_000, 2, 50_000));
        assertFalse(Parallel.gains(1_000_000, 500_000, 2, 50_000));
        // Four threads: more to gain, so less work is worth it; one thread never splits.
        assertTrue(Parallel.gains(300_000, 0, 4, 50_000));
        assertFalse(Parallel.gains(300_000, 0, 2, 100_000));
        assertFalse(Parallel.gains(1e12, 0, 1, 0));
    }

    @Test void theLeastWorkWorthSplittingIsTheRulesBoundary() {
        for (double dispatch : new double[] {10_000, 50_000, 250_000})
            for (double moved : new double[] {0, 100_000, 222_800})
                for (int threads : new int[] {2, 3, 4}) {
                    double least = Parallel.leastWorthSplitting(dispatch, moved, threads);
                    String at = dispatch + " ns, " + moved + " ns moved, " + threads + " threads";
                    assertTrue(Parallel.gains(least * 1.0001, moved, threads, dispatch), at);
                    assertFalse(Parallel.gains(least * 0.999, moved, threads, dispatch), at);
                }
        assertEquals(200_000, Parallel.leastWorthSplitting(50_000, 0, 2), 1e-6);
        assertEquals(Double.POSITIVE_INFINITY, Parallel.leastWorthSplitting(50_000, 0, 1));
    }

    @Test void worthSplittingAppliesTheRuleAtTheDispatchCost() {
        Parallel.setThreads(2);
        try {
            Parallel.assumeDispatchNanos(50_000);
            assertTrue(Parallel.worthSplitting(1_000_000, 400_000));
            assertFalse(Parallel.worthSplitting(1_000_000, 500_000), "moving the data would eat the gain");
            Parallel.assumeDispatchNanos(0);
            assertTrue(Parallel.worthSplitting(1_000, 1e9), "a benchmark's dispatch cost of 0 splits everything");
        } finally {
            Parallel.assumeDispatchNanos(Double.NaN);
        }
    }

    @Test void workThatIsNotSplitNeverTouchesThePool() {
        Parallel.setThreads(2);
        Thread caller = Thread.currentThread();
        Set<Thread> used = ConcurrentHashMap.newKeySet();
        Parallel.Counts before = Parallel.counts();
        for (int i = 0; i < 1_000; i++) {
            assertFalse(Parallel.worthSplitting(10_000), "10 µs is never worth a worker");
            Parallel.forRange(1_000, Parallel.grain(1), (from, to) -> used.add(Thread.currentThread()));
        }
        Parallel.Counts after = Parallel.counts().since(before);
        assertEquals(Set.of(caller), used);
        assertEquals(0, after.splitLoops(), "nothing split: " + after);
        assertEquals(0, after.probes(), "no no-op task sent either: " + after);
    }

    @Test void theCountsAddUpForASplitLoop() {
        Parallel.setThreads(2);
        Parallel.Counts before = Parallel.counts();
        Parallel.forRange(8, 1, (from, to) -> {
            long end = System.nanoTime() + 100_000;
            while (System.nanoTime() < end) Thread.onSpinWait();
        });
        // The helper may still be counting the chunks it ran: wait for it (it ran at most all of them).
        long deadline = System.nanoTime() + 5_000_000_000L;
        Parallel.Counts c = Parallel.counts().since(before);
        while (c.callerChunks() + c.helperChunks() < 8 && c.idleHelpers() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            c = Parallel.counts().since(before);
        }
        assertEquals(1, c.splitLoops(), c.toString());
        // The caller claims chunks after handing the loop out, so a caller descheduled in between (a busy
        // machine) may find the helper has taken them all: it usually takes part, but nothing guarantees it.
        assertEquals(8, c.callerChunks() + c.helperChunks(), c.toString());
    }

    @Test void thePoolMeasuresItsWakeUps() {
        Parallel.setThreads(1);
        Parallel.setThreads(2);
        // A fresh pool assumes the default until most of its samples are measured ones.
        if (Parallel.wakesMeasured() <= Parallel.SAMPLES / 2) assertEquals(Parallel.DEFAULT_DISPATCH_NANOS, Parallel.dispatchNanos());
        // Each chunk waits a little, so the worker wakes up in time to take some of them.
        for (int job = 0; job < 20; job++)
            Parallel.forRange(4, 1, (from, to) -> {
                long end = System.nanoTime() + 200_000;
                while (System.nanoTime() < end) Thread.onSpinWait();
            });
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (Parallel.wakesMeasured() < 20 && System.nanoTime() < deadline) Thread.onSpinWait();
        // At least one a job (a background warm-up of the SIMD kernels may use the pool too).
        assertTrue(Parallel.wakesMeasured() >= 20, "one wake-up a job, each measured when the worker starts: " + Parallel.wakesMeasured());
        double d = Parallel.dispatchNanos();
        assertTrue(d >= 0 && d < 5e9, "a measured latency: " + d);
    }
}
