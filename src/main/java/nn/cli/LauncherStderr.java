package nn.cli;

import java.io.FileDescriptor;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.OutputStream;

/**
 * Finds the standard error the user started {@code ./nn} with.
 *
 * <p>The JVM prints "WARNING: Using incubator modules: jdk.incubator.vector" whenever the Vector
 * API module is added, and no option turns that off. So the launcher starts the JVM with descriptor
 * 2 on /dev/null and the user's standard error duplicated as descriptor 3, and says so in the system
 * property {@code nn.stderr=fd3}. Writing through descriptor 3 is writing to the very same open file
 * (a terminal, a pipe, {@code 2>&1}, or a separate regular file, whose offset it shares, so output
 * that follows nn's in the same file lands after it). The JDK has no public way to wrap a
 * descriptor number, so {@code java.io.FileDescriptor}'s field is set by reflection, which the
 * launcher's {@code --add-opens java.base/java.io=ALL-UNNAMED} allows; if that is refused,
 * {@code /dev/fd/3} is reopened for appending (right for terminals and pipes). Without the property
 * ({@code java -jar}, tests) standard error is descriptor 2 as usual.
 */
final class LauncherStderr {
    private LauncherStderr() {}

    /** The stream to use as standard error. */
    static OutputStream stream() {
        if ("fd3".equals(System.getProperty("nn.stderr"))) {
            FileDescriptor fd = descriptor(3);
            if (fd != null) return new FileOutputStream(fd);
            try {
                return new FileOutputStream("/dev/fd/3", true);
            } catch (FileNotFoundException | SecurityException e) {
                // fall through: descriptor 2 is the best there is
            }
        }
        return new FileOutputStream(FileDescriptor.err);
    }

    /** A FileDescriptor for descriptor number {@code n}, or null where reflection is refused. */
    private static FileDescriptor descriptor(int n) {
        try {
            FileDescriptor fd = new FileDescriptor();
            java.lang.reflect.Field field = FileDescriptor.class.getDeclaredField("fd");
            field.setAccessible(true);
            field.setInt(fd, n);
            return fd;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
