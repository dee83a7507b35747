package nn.interp;

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
}
