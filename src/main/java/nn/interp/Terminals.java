package nn.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether this process talks to a person at a terminal: then plots use colour and training shows a live progress line. */
public final class Terminals {
    private Terminals() {}

    /** True when stdin and stdout are a terminal (Console.isTerminal on JDK 22+, where console() is never null). */
    public static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** True when a person types the input and sees standard error, even if standard output goes to a pipe or file. */
    public static boolean keyboardWithScreen() {
        return isTty(0) && isTty(2);
    }

    // Java has no isatty for one descriptor: Linux names the device behind it in /proc. Elsewhere fall back
    // to the console check (stdin and stdout), rather than start a process to ask.
    private static boolean isTty(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (!Files.isSymbolicLink(link)) return isTerminal();
        try {
            String device = Files.readSymbolicLink(link).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
        } catch (IOException e) {
            return false;
        }
    }
}
