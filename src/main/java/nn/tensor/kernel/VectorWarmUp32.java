package nn.tensor.kernel;

/**
 * Brings {@link VectorMicroKernel32} up to compiled speed on a daemon thread, as {@link VectorWarmUp}
 * does for the float64 kernel: until then float32 products use the portable kernel, which gives the
 * same bits. Only a float32 run ever starts it.
 */
final class VectorWarmUp32 {
    private static final long GIVE_UP_MILLIS = 20_000;
    private static final long COMPILED_NANOS = 3_000;

    private static volatile boolean ready;
    private static volatile boolean started;

    private VectorWarmUp32() {}

    static boolean ready() {
        if (ready) return true;
        if (!started) start();
        return false;
    }

    private static synchronized void start() {
        if (started) return;
        started = true;
        Thread t = new Thread(VectorWarmUp32::run, "nn-vector-warm-up-32");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        MicroKernel32 v = MicroKernel32.Holder.VECTOR;
        int kc = 64, nr = v.nr();
        float[] ap = new float[2 * kc * MicroKernel32.MR], bp = new float[kc * nr], c = new float[2 * MicroKernel32.MR * nr];
        float[] packed = new float[2 * kc * MicroKernel32.MR];
        for (int i = 0; i < ap.length; i++) ap[i] = 1f / (i + 1);
        for (int i = 0; i < bp.length; i++) bp[i] = 1f / (i + 2);
        long deadline = System.nanoTime() + GIVE_UP_MILLIS * 1_000_000;
        int fast = 0;
        for (int call = 0; fast < 50 && System.nanoTime() < deadline; call++) {
            long t0 = System.nanoTime();
            v.tile(kc, ap, 0, bp, 0, c, 0, nr, (call & 1) == 0);
            if (v.pairs()) v.tilePair(kc, ap, 0, bp, 0, c, 0, nr, (call & 1) == 0);  // the products' path on this machine
            // Both SIMD ways of packing a (a·b's rows, aᵀ·b's columns, two tiles of each): timed with the
            // tile, so that neither runs its first products interpreted (tens of ns an element).
            if ((call & 1) == 0) v.packA(bp, kc, 1, 0, 2 * MicroKernel32.MR, 2, 0, kc, packed);
            else v.packA(bp, 1, nr, 0, 2 * MicroKernel32.MR, 2, 0, kc, packed);
            fast = System.nanoTime() - t0 < COMPILED_NANOS ? fast + 1 : 0;
        }
        ready = fast >= 50;
    }

    /** Waits (up to the give-up time) until the SIMD kernel is compiled: for benchmarks that must not time the warm-up. */
    static void await() {
        if (MicroKernel32.Holder.VECTOR == null) return;
        ready();
        long deadline = System.nanoTime() + GIVE_UP_MILLIS * 1_000_000;
        while (!ready && started && System.nanoTime() < deadline) Thread.onSpinWait();
    }
}
