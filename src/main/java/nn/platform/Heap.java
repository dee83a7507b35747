package nn.platform;

/**
 * The memory the run may fill, as the memory budget measures it. On the JVM it is the Java heap; the
 * browser has no heap to look at (the tab's memory is the browser's), so there the budget counts only
 * the allocations it is told of.
 */
public interface Heap {
    /** The most the heap can grow to, in bytes; {@link Long#MAX_VALUE} when unknown. */
    long max();

    /** Bytes in use now (live and garbage); 0 when unknown. */
    long used();

    /** Asks for a collection, so that {@link #used} is close to what is live. */
    void collect();

    /** Whether {@link #used} measures anything: false in the browser, where the budget counts the session's values instead. */
    boolean measured();

    /** This build's heap. */
    static Heap current() { return Browser.isBrowser() ? Unmeasured.INSTANCE : JavaHeap.INSTANCE; }

    /** The JVM's heap, through {@link Runtime}. */
    enum JavaHeap implements Heap {
        INSTANCE;

        @Override public long max() { return Runtime.getRuntime().maxMemory(); }

        @Override public long used() {
            Runtime rt = Runtime.getRuntime();
            return rt.totalMemory() - rt.freeMemory();
        }

        @Override public void collect() { System.gc(); }

        @Override public boolean measured() { return true; }
    }

    /** The browser's: nothing to measure, nothing to collect on request. */
    enum Unmeasured implements Heap {
        INSTANCE;

        @Override public long max() { return Long.MAX_VALUE; }

        @Override public long used() { return 0; }

        @Override public void collect() {}

        @Override public boolean measured() { return false; }
    }
}
