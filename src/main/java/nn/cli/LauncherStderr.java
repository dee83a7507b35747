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
 * 2 on /dev/null and tells, in the system property {@code nn.stderr}, where the real standard error
 * is: {@code stdout} when it is the same file as standard output (a terminal, or {@code 2>&1}: then
 * writing through descriptor 1 is writing to the very same open file), or a path such as
 * {@code /dev/fd/3} for a terminal or a pipe kept open as descriptor 3 (reopening those is
 * equivalent). For anything else (a separate regular file) the launcher does not park standard
 * error, as reopening a file would not share its offset. Without the property (java -jar, tests)
 * standard error is descriptor 2 as usual.
 */
final class LauncherStderr {
    private LauncherStderr() {}

    /** The stream to use as standard error. */
    static OutputStream stream() {
        String where = System.getProperty("nn.stderr");
        if (where != null) {
            if (where.equals("stdout")) return new FileOutputStream(FileDescriptor.out);
            try {
                return new FileOutputStream(where, true);
            } catch (FileNotFoundException | SecurityException e) {
                // fall through: descriptor 2 is the best there is
            }
        }
        return new FileOutputStream(FileDescriptor.err);
    }
}
