package nn.cli;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.util.Optional;

/**
 * Gives the process back the standard error the user started {@code ./nn} with.
 *
 * <p>The JVM prints "WARNING: Using incubator modules: jdk.incubator.vector" whenever the Vector
 * API module is added, and no option turns that off. So the launcher starts the JVM with standard
 * error on /dev/null and the real one kept open as another descriptor, named by the system property
 * {@code nn.stderr.fd}; here, before anything else prints, that descriptor is duplicated back onto
 * descriptor 2 with the C library's dup2. Duplicating (not reopening a path) keeps a shared file
 * offset, so {@code ./nn x.nn >log 2>&1} still interleaves correctly. Without the property
 * (java -jar, tests) nothing happens.
 *
 * <p>The foreign-function API is reached by reflection because the code compiles for Java 21, where
 * it is a preview API; the launcher runs JDK 22+ when it can (on 21 this fails quietly and the
 * launcher's standard error stays on /dev/null only for what the JVM itself prints).
 */
final class LauncherStderr {
    private LauncherStderr() {}

    static void restore() {
        String fd = System.getProperty("nn.stderr.fd");
        if (fd == null) return;
        try {
            int saved = Integer.parseInt(fd.trim());
            MethodHandle dup2 = libc("dup2", 2), close = libc("close", 1);
            if ((int) dup2.invokeWithArguments(saved, 2) == 2) close.invokeWithArguments(saved);
        } catch (Throwable t) {
            // Standard error stays where the launcher pointed it; nothing else depends on this.
        }
    }

    /** A handle on the C function {@code int name(int, …)} with {@code arity} int arguments. */
    private static MethodHandle libc(String name, int arity) throws ReflectiveOperationException {
        Class<?> linkerClass = Class.forName("java.lang.foreign.Linker");
        Class<?> layoutClass = Class.forName("java.lang.foreign.MemoryLayout");
        Class<?> descClass = Class.forName("java.lang.foreign.FunctionDescriptor");
        Class<?> segClass = Class.forName("java.lang.foreign.MemorySegment");
        Class<?> optionClass = Class.forName("java.lang.foreign.Linker$Option");
        Object linker = linkerClass.getMethod("nativeLinker").invoke(null);
        Object lookup = linkerClass.getMethod("defaultLookup").invoke(linker);
        Optional<?> symbol = (Optional<?>) Class.forName("java.lang.foreign.SymbolLookup")
                .getMethod("find", String.class).invoke(lookup, name);
        Object jInt = Class.forName("java.lang.foreign.ValueLayout").getField("JAVA_INT").get(null);
        Object args = Array.newInstance(layoutClass, arity);
        for (int i = 0; i < arity; i++) Array.set(args, i, jInt);
        Object desc = descClass.getMethod("of", layoutClass, args.getClass()).invoke(null, jInt, args);
        Object options = Array.newInstance(optionClass, 0);
        return (MethodHandle) linkerClass.getMethod("downcallHandle", segClass, descClass, options.getClass())
                .invoke(linker, symbol.orElseThrow(), desc, options);
    }
}
