package nn.tensor.kernel;

/**
 * Brings the explicit-SIMD kernel up to speed without making anyone wait for it.
 *
 * <p>Until C2 compiles it, Vector API code runs boxed, one object per vector operation: a 64×64
 * product took 100 ms instead of 20 µs, and under load C2 may need a second or more. So the first
 * product that asks for a kernel starts one daemon thread that calls the SIMD kernel on small
 * panels until calls run at compiled speed (giving up after {@value #GIVE_UP_MILLIS} ms); until
 * then products use {@link ScalarMicroKernel}. The two give identical bits, so the switch is
 * invisible except in speed. Scripts without a large enough product never start the thread.
 */
final class VectorWarmUp {
    private static final long GIVE_UP_MILLIS = 20_000;
    /** A compiled 4×8 tile over 64 steps of p takes well under a microsecond; boxed it takes tens. */
    private static final long COMPILED_NANOS = 3_000;

    private static volatile boolean ready;
    private static volatile boolean started;

    private VectorWarmUp() {}

    static boolean ready() {
        if (ready) return true;
        if (!started) start();
        return false;
    }

    private static synchronized void start() {
        if (started) return;
        started = true;
        Thread t = new Thread(VectorWarmUp::run, "nn-vector-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        MicroKernel v = MicroKernel.Holder.VECTOR;
        int kc = 64, nr = v.nr();
        double[] ap = new double[kc * MicroKernel.MR], bp = new double[kc * nr], c = new double[MicroKernel.MR * nr];
        double[] x = new double[kc], b = new double[kc * 3 * nr], row = new double[3 * nr];
        for (int i = 0; i < ap.length; i++) ap[i] = 1.0 / (i + 1);
        for (int i = 0; i < bp.length; i++) bp[i] = 1.0 / (i + 2);
        long deadline = System.nanoTime() + GIVE_UP_MILLIS * 1_000_000;
        int fast = 0;
        for (int call = 0; fast < 50 && System.nanoTime() < deadline; call++) {
            long t0 = System.nanoTime();
            v.tile(kc, ap, 0, bp, 0, c, 0, nr, (call & 1) == 0);
            long took = System.nanoTime() - t0;
            fast = took < COMPILED_NANOS ? fast + 1 : 0;
            if ((call & 15) == 0) v.rowTimesMatrix(x, 0, 1, b, kc, 3 * nr, row, 0);
        }
        ready = fast >= 50;  // never compiled in time: stay on the portable kernel rather than run boxed
    }
}
