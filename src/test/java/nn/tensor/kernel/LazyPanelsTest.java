package nn.tensor.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nn.tensor.parallel.ComputationInterruptedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Panels of b packed on first use: each group once, and never read before it is packed (see MatMulTest for the products). */
class LazyPanelsTest {
    private static final int PANELS = 4 * LazyPanels.GROUP + 3;  // a short last group

    @Test @Timeout(60) void racingThreadsPackEachGroupOnceAndWaitForIt() throws Exception {
        race(5, false);
    }

    @Test @Timeout(60) void threadsStartingOnTheSameGroupWaitForASlowPacker() throws Exception {
        race(0, true);
    }

    /** Four threads, each walking all the panels from panel {@code stride * t}, packed by a fast or a slow packer. */
    private static void race(int stride, boolean slow) throws Exception {
        for (int trial = 0; trial < 20; trial++) {
            AtomicIntegerArray calls = new AtomicIntegerArray(PANELS);
            boolean[] ready = new boolean[PANELS];  // plain writes: visible to readers only through ensure's ordering
            LazyPanels panels = LazyPanels.onFirstUse(PANELS, (q0, q1) -> {
                for (int q = q0; q < q1; q++) calls.incrementAndGet(q);
                if (slow) {
                    long until = System.nanoTime() + 200_000;
                    while (System.nanoTime() < until) Thread.onSpinWait();
                } else {
                    Thread.onSpinWait();
                }
                for (int q = q0; q < q1; q++) ready[q] = true;
            });
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int t = 0; t < 4; t++) {
                int first = t;
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                        // Each thread walks the panels from a different place, as row and column units do.
                        for (int i = 0; i < PANELS; i++) {
                            int q = (first * stride + i) % PANELS;
                            panels.ensure(q);
                            if (!ready[q]) throw new AssertionError("panel " + q + " read before it was packed");
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                threads.add(th);
                th.start();
            }
            start.countDown();
            for (Thread th : threads) th.join();
            assertTrue(failures.isEmpty(), () -> failures.toString());
            for (int q = 0; q < PANELS; q++) assertEquals(1, calls.get(q), "panel " + q + " packed once");
        }
    }

    @Test void aGroupWhosePackerFailedIsPackedByTheNextThreadThatNeedsIt() {
        int[] attempts = new int[1];
        LazyPanels panels = LazyPanels.onFirstUse(PANELS, (q0, q1) -> {
            if (q0 == 0 && attempts[0]++ == 0) throw new IllegalStateException("first try fails");
        });
        assertThrows(IllegalStateException.class, () -> panels.ensure(1));
        panels.ensure(2);
        assertEquals(2, attempts[0]);
        panels.ensure(3);
        assertEquals(2, attempts[0], "packed once it succeeded");
    }

    @Test @Timeout(30) void aThreadWaitingOnAFailedPackerTakesTheGroupOver() throws Exception {
        CountDownLatch packing = new CountDownLatch(1), fail = new CountDownLatch(1);
        AtomicIntegerArray attempts = new AtomicIntegerArray(1);
        LazyPanels panels = LazyPanels.onFirstUse(PANELS, (q0, q1) -> {
            if (attempts.getAndIncrement(0) == 0) {
                packing.countDown();
                awaitQuietly(fail);
                throw new IllegalStateException("the first packer fails");
            }
        });
        AtomicReference<Throwable> first = new AtomicReference<>(), waiter = new AtomicReference<>();
        Thread a = new Thread(() -> {
            try {
                panels.ensure(0);
            } catch (Throwable t) {
                first.set(t);
            }
        });
        a.start();
        assertTrue(packing.await(10, TimeUnit.SECONDS));
        Thread b = new Thread(() -> {
            try {
                panels.ensure(1);  // the same group, being packed by a: b waits
            } catch (Throwable t) {
                waiter.set(t);
            }
        });
        b.start();
        long until = System.nanoTime() + 50_000_000L;  // let b reach its wait (it packs the group either way)
        while (System.nanoTime() < until) Thread.onSpinWait();
        fail.countDown();
        a.join();
        b.join();
        assertTrue(first.get() instanceof IllegalStateException, String.valueOf(first.get()));
        assertEquals(null, waiter.get(), "the waiter packs the group itself");
        assertEquals(2, attempts.get(0));
        panels.ensure(2);
        assertEquals(2, attempts.get(0), "packed once it succeeded");
    }

    @Test @Timeout(30) void anInterruptedWaiterStopsWhileAnotherThreadPacks() throws Exception {
        CountDownLatch packing = new CountDownLatch(1), release = new CountDownLatch(1);
        LazyPanels panels = LazyPanels.onFirstUse(PANELS, (q0, q1) -> {
            packing.countDown();
            awaitQuietly(release);
        });
        Thread a = new Thread(() -> panels.ensure(0));
        a.start();
        assertTrue(packing.await(10, TimeUnit.SECONDS));
        AtomicReference<Throwable> waiter = new AtomicReference<>();
        Thread b = new Thread(() -> {
            Thread.currentThread().interrupt();  // Ctrl-C, or the deadline, while the group is someone else's
            try {
                panels.ensure(2);
            } catch (Throwable t) {
                waiter.set(t);
            }
        });
        b.start();
        b.join();
        release.countDown();
        a.join();
        assertTrue(waiter.get() instanceof ComputationInterruptedException, String.valueOf(waiter.get()));
        panels.ensure(3);  // packed by a meanwhile: no wait
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test void packedFirstPacksEverythingInOnePass() {
        List<int[]> passes = new ArrayList<>();
        LazyPanels panels = LazyPanels.packedFirst(PANELS, (q0, q1) -> passes.add(new int[] {q0, q1}));
        for (int q = 0; q < PANELS; q++) panels.ensure(q);
        assertEquals(1, passes.size());
        assertEquals(0, passes.get(0)[0]);
        assertEquals(PANELS, passes.get(0)[1]);
    }
}
