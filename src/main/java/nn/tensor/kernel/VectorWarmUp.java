package nn.tensor.kernel;

/**
 * Brings the explicit-SIMD kernel up to speed without making anyone wait for it.
 *
 * <p>Until C2 compiles it, Vector API code runs boxed, one object per vector operation: a 64×64
 * product took 100 ms instead of 20 µs, and under load C2 may need a second or more. So the first
 * product that asks for a kernel starts one daemon thread that calls the SIMD kernel on small
 * panels until calls run at compiled speed (giving up after {@value #GIVE_UP_MILLIS} ms); until
 * then products use {@link PortableGemm}. The two give identical bits, so the switch is
 * invisible except in speed. Scripts without a large enough product never start the thread.
 *
 * <p>What it costs: the first call initialises the Vector API's classes (~40 ms of CPU); each boxed
 * call takes ~50 µs, and C2 compiles the kernel after some thousands of calls, or after ~150 with
 * the launcher's {@code CompileThresholdScaling} for {@link VectorMicroKernel}. After a first burst
 * the thread polls once a millisecond, so on a loaded machine, where C2 may take seconds to get to
 * the kernel, it does not take CPU time from the script meanwhile (measured: 130 ms of CPU in all,
 * against 300–500 ms when it called back to back). {@code -Dnn.debug.warmup=true} prints when the
 * kernels became ready.
 */
final class VectorWarmUp {
    private static final long GIVE_UP_MILLIS = 20_000;
    /**
     * A compiled 4×8 tile over 8 steps of p takes about 0.1 µs; boxed it takes several. Short calls
     * reach the JIT's invocation threshold with less boxed work (the launcher lowers that threshold
     * for the kernel's methods too).
     */
    private static final long COMPILED_NANOS = 1_000;
    /** Calls run back to back before polling: enough to pass the launcher's lowered thresholds. */
    private static final int BURST = 400;

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
        int kc = 8, nr = v.nr(), m = 3 * nr;
        double[] ap = new double[2 * kc * MicroKernel.MR], bp = new double[kc * nr], c = new double[2 * MicroKernel.MR * nr];
        double[] x = new double[kc], b = new double[kc * m], row = new double[m];
        for (int i = 0; i < ap.length; i++) ap[i] = 1.0 / (i + 1);
        for (int i = 0; i < bp.length; i++) bp[i] = 1.0 / (i + 2);
        long begin = System.nanoTime(), deadline = begin + GIVE_UP_MILLIS * 1_000_000;
        int fast = 0;
        boolean woken = false;
        for (int call = 0; fast < 50 && System.nanoTime() < deadline; call++) {
            long t0 = System.nanoTime();
            v.tile(kc, ap, 0, bp, 0, c, 0, nr, (call & 1) == 0);
            if (v.pairs()) v.tilePair(kc, ap, 0, bp, 0, c, 0, nr, (call & 1) == 0);  // the products' path on this machine
            v.rowTimesMatrix(x, 0, 1, b, kc, m, row, 0);
            long took = System.nanoTime() - t0;
            fast = took < COMPILED_NANOS ? fast + 1 : 0;
            // Once the calls have passed the JIT's thresholds, compiling is C2's work: poll now and
            // then instead of running boxed code meanwhile, which would take CPU from the script. The
            // first call after a sleep is not a verdict: on a CPU the script keeps busy (one CPU, a long
            // product running) it starts on caches the script has filled and took 2–5 µs though compiled,
            // so the warm-up slept after every call and gave up after 20 s; the call after it decides.
            boolean afterSleep = woken;
            woken = false;
            if (call >= BURST && fast == 0 && !afterSleep) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
                woken = true;
            }
        }
        ready = fast >= 50;  // never compiled in time: stay on the portable kernel rather than run boxed
        if (Boolean.getBoolean("nn.debug.warmup"))
            System.err.printf("nn: vector kernels %s after %d ms (%d ms of CPU)%n", ready ? "ready" : "abandoned",
                    (System.nanoTime() - begin) / 1_000_000,
                    java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
    }
}
