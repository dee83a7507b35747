package nn.platform;

import org.teavm.interop.PlatformMarker;

/**
 * Which build is running. TeaVM replaces every call of {@link #isBrowser} by the constant {@code true}
 * before it looks for reachable code, so a branch taken only on the JVM (a thread pool, a heap probe) is
 * never compiled into the browser's JavaScript; on the JVM the call returns false. The annotation is a
 * compile-time marker only: the JVM never loads it.
 */
public final class Browser {
    private Browser() {}

    @PlatformMarker
    public static boolean isBrowser() { return false; }
}
