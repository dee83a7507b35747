package nn.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nn.interp.TerminalCapabilities;

/**
 * The front end's look at the process's terminal: whether a person sits at it, and what it can do
 * ({@link TerminalCapabilities}), which the command line and the REPL pass to the session. This is the only
 * place that asks the console, /proc or the environment; the interpreter and libraries are told.
 */
public final class TerminalProbe {
    private TerminalProbe() {}

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

    /**
     * What a script's output can use: colour when stdout is a terminal, a live progress line when stderr is
     * one, and the width from $COLUMNS (Java cannot ask the terminal without starting JLine). NO_COLOR
     * (no-color.org) and TERM=dumb turn colour off.
     */
    public static TerminalCapabilities forScripts() {
        return capabilities(System.getenv(), isTty(1) && isTerminal(), isTty(2));
    }

    /** The decision itself, apart from the probing, so it can be tested. */
    static TerminalCapabilities capabilities(Map<String, String> env, boolean stdoutIsTerminal, boolean stderrIsTerminal) {
        boolean dumb = "dumb".equals(env.get("TERM"));
        boolean colour = stdoutIsTerminal && !dumb && !env.containsKey("NO_COLOR");
        return new TerminalCapabilities(colour, TerminalCapabilities.DEFAULT_WIDTH, stderrIsTerminal && !dumb)
                .withWidth(columns(env.get("COLUMNS")));
    }

    /** Colour where the terminal has it and the user has not asked for none. */
    static boolean colourAllowed(Map<String, String> env, String terminalType) {
        return !env.containsKey("NO_COLOR") && terminalType != null && !terminalType.startsWith("dumb");
    }

    private static int columns(String value) {
        if (value == null) return 0;
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
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
