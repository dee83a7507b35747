package nn.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * nn's REPL on a real pseudo-terminal (util-linux {@code script} opens it), driven as a person at the keyboard:
 * keys are written to the terminal, so Ctrl-C (byte 3) and Ctrl-\ (byte 28) become SIGINT and SIGQUIT as they
 * do for a user. The JVM gets the launcher's options. {@link #open} returns null where no terminal can be opened.
 */
final class Pty implements AutoCloseable {
    private final Process process;
    private final OutputStream keys;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private Pty(Process process) {
        this.process = process;
        this.keys = process.getOutputStream();
        Thread pump = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (InputStream in = process.getInputStream()) {
                for (int n; (n = in.read(buf)) > 0; ) synchronized (screen) { screen.write(buf, 0, n); }
            } catch (IOException e) {
                // the process ended
            }
        }, "pty-reader");
        pump.setDaemon(true);
        pump.start();
    }

    /** The REPL on a 24×80 terminal, with history in {@code home}; null (with the reason in {@code why}) when impossible. */
    static Pty open(Path home, StringBuilder why) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/script"))) {
            why.append("no /usr/bin/script (util-linux) to open a pseudo-terminal");
            return null;
        }
        List<String> java = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-XX:+UseSerialGC"));
        java.addAll(LauncherSignalsTest.quietOptions());
        java.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), "nn.cli.Main"));
        // env resets Ctrl-C's and Ctrl-\'s signals to their defaults: a test run started in the background of a
        // shell without job control (`mvn verify &`) inherits both as ignored, and the JVM then keeps them
        // ignored (as under nohup), so the REPL would never see the keys these tests press.
        java.addAll(0, List.of("/usr/bin/env", "--default-signal=INT,QUIT"));
        String command = "stty rows 24 cols 80 && exec " + java.stream().map(a -> "'" + a.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qfec", command, "/dev/null").redirectErrorStream(true);
        pb.environment().put("TERM", "xterm-256color");
        pb.environment().remove("NO_COLOR");
        Pty pty = new Pty(pb.start());
        if (!pty.waitFor("nn> ", 60_000)) {
            why.append("no prompt on a pseudo-terminal: ").append(pty.text());
            pty.close();
            return null;
        }
        return pty;
    }

    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Everything the terminal received so far, as bytes decoded. */
    String raw() {
        synchronized (screen) { return screen.toString(StandardCharsets.UTF_8); }
    }

    /** The screen's text as lines, escape sequences dropped, each line as it ends up after carriage returns. */
    String text() { return Screen.lines(raw()); }

    /** Waits until {@code needle} appears in {@link #text()}; false after {@code millis}. */
    boolean waitFor(String needle, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (text().contains(needle)) return true;
            Thread.sleep(20);
        }
        return false;
    }

    /** Waits until {@code needle} appears {@code times} times. */
    boolean waitFor(String needle, int times, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (text().split(java.util.regex.Pattern.quote(needle), -1).length - 1 >= times) return true;
            Thread.sleep(20);
        }
        return false;
    }

    boolean alive() { return process.isAlive(); }

    int exit(long millis) throws InterruptedException {
        return process.waitFor(millis, java.util.concurrent.TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    @Override public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** A minimal terminal: text, carriage returns and line feeds; control sequences are dropped. */
    static final class Screen {
        private Screen() {}

        static String lines(String raw) {
            StringBuilder all = new StringBuilder();
            StringBuilder line = new StringBuilder();
            int col = 0;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == 27) {  // ESC [ params letter, ESC ] ... BEL, or ESC and one character
                    if (i + 1 < raw.length() && raw.charAt(i + 1) == '[') {
                        i += 2;
                        while (i < raw.length() && (raw.charAt(i) < '@' || raw.charAt(i) > '~')) i++;
                    } else if (i + 1 < raw.length() && raw.charAt(i + 1) == ']') {
                        while (i < raw.length() && raw.charAt(i) != 7) i++;
                    } else {
                        i++;
                    }
                } else if (c == '\r') {
                    col = 0;
                } else if (c == '\n') {
                    all.append(line.toString().stripTrailing()).append('\n');
                    line.setLength(0);
                    col = 0;
                } else if (c == '\b') {
                    col = Math.max(0, col - 1);
                } else if (c >= ' ') {
                    if (col < line.length()) line.setCharAt(col, c);
                    else line.append(c);
                    col++;
                }
            }
            return all.append(line).toString();
        }
    }
}
