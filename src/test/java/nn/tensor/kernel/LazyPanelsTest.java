package nn.tensor.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Panels of b packed on first use: each group once, and never read before it is packed (see MatMulTest for the products). */
class LazyPanelsTest {
    private static final int PANELS = 4 * LazyPanels.GROUP + 3;  // a short last group

    @Test void racingThreadsPackEachGroupOnceAndWaitForIt() throws Exception {
        for (int trial = 0; trial < 20; trial++) {
            AtomicIntegerArray calls = new AtomicIntegerArray(PANELS);
            boolean[] ready = new boolean[PANELS];  // plain writes: visible to readers only through ensure's ordering
            LazyPanels panels = LazyPanels.onFirstUse(PANELS, (q0, q1) -> {
                for (int q = q0; q < q1; q++) calls.incrementAndGet(q);
                Thread.onSpinWait();
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
                            int q = (first * 5 + i) % PANELS;
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

    @Test void packedFirstPacksEverythingInOnePass() {
        List<int[]> passes = new ArrayList<>();
        LazyPanels panels = LazyPanels.packedFirst(PANELS, (q0, q1) -> passes.add(new int[] {q0, q1}));
        for (int q = 0; q < PANELS; q++) panels.ensure(q);
        assertEquals(1, passes.size());
        assertEquals(0, passes.get(0)[0]);
        assertEquals(PANELS, passes.get(0)[1]);
    }
}
