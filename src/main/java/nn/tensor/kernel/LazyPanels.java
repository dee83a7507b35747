package nn.tensor.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import nn.platform.Browser;
import nn.tensor.parallel.Parallel;

/**
 * The packed panels of one product's b, packed on first use, a few panels at a time, by whichever thread of
 * the product needs them first ({@link Gemm}, {@link Gemm32}).
 *
 * <p>Why not pack all of b before the units start: that pass ran on the calling thread alone while the
 * worker was still waking, about 0.2 ms of a 3.6 ms product at n = 512 on 2 threads (a twentieth of it, on
 * the critical path). Packed on first use, each group is packed by the unit that reaches it first, just
 * before that unit's tiles read it, and a worker that arrives late finds the first groups ready; with units
 * split by columns each thread packs only its own panels. Packing only moves values, so results are the
 * same bits whoever packs. Measured against packing first on 2 threads (paired 0.2 s windows in one JVM, 11
 * rounds, an AVX-512 Xeon): 64×784×512 1.41× in float64, n = 384–1024 1.02–1.04×, float32 0.99–1.05×.
 *
 * <p>Workers write these panels into the calling thread's reused buffer, so the caller must not run its next
 * product while one still does: an interrupted loop waits for its workers' running pieces before it throws
 * ({@code Parallel}), which the first version of this class lacked (eighth round, docs/speed.md).
 *
 * <p>A group's state goes from unpacked to being packed (one thread wins it) to packed; the packer's
 * writes to the panels happen-before the volatile write that marks the group packed, and every reader
 * sees that mark before it reads them. A thread that needs a group another is packing waits for it (a
 * group is tens of microseconds of copying). A packer that fails leaves the group unpacked for the next.
 */
final class LazyPanels {
    /** Panels packed together: a few cache lines of each row of b per pass, as {@link Gemm#PACK_ROWS} wants. */
    static final int GROUP = 4;

    private static final int UNPACKED = 0, PACKING = 1, PACKED = 2;

    /** Packs panels [q0, q1) of b (all of k). */
    @FunctionalInterface
    interface Packer {
        void pack(int q0, int q1);
    }

    private final int panels;
    private final Packer packer;
    // AtomicInteger objects rather than an AtomicIntegerArray: the browser's build (TeaVM) has the former.
    private final AtomicInteger[] groups;

    private LazyPanels(int panels, Packer packer, int state) {
        this.panels = panels;
        this.packer = packer;
        this.groups = new AtomicInteger[(panels + GROUP - 1) / GROUP];
        for (int g = 0; g < groups.length; g++) groups[g] = new AtomicInteger(state);
    }

    /**
     * The panels of a product split over threads, packed on first use. A product on one thread packs all of b
     * first instead ({@link #packedFirst}): in one pass down b's rows it measured 1.5–2.5% faster at n = 256
     * than group by group (paired 0.2 s windows in one JVM), and there is no waking worker to overlap.
     */
    static LazyPanels onFirstUse(int panels, Packer packer) { return new LazyPanels(panels, packer, UNPACKED); }

    /** All {@code panels} packed here and now, in one pass. */
    static LazyPanels packedFirst(int panels, Packer packer) {
        packer.pack(0, panels);
        return new LazyPanels(panels, packer, PACKED);
    }

    /** Returns once panel q is packed, packing its group here if no thread has started it. */
    void ensure(int q) {
        AtomicInteger state = groups[q / GROUP];
        while (true) {
            int s = state.get();
            if (s == PACKED) return;
            if (s == UNPACKED && state.compareAndSet(UNPACKED, PACKING)) {
                boolean done = false;
                try {
                    int g0 = q / GROUP * GROUP;
                    packer.pack(g0, Math.min(panels, g0 + GROUP));
                    done = true;
                } finally {
                    state.set(done ? PACKED : UNPACKED);
                }
                return;
            }
            // Another thread is packing this group: tens of microseconds; Ctrl-C and the deadline still stop us.
            // (The browser's build runs one thread, never gets here, and has no onSpinWait.)
            Parallel.checkInterrupted();
            if (!Browser.isBrowser()) Thread.onSpinWait();
        }
    }
}
