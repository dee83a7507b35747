package nn.repl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nn.interp.Limits;
import nn.run.Session;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/** Drives the interactive REPL through a JLine dumb terminal fed with the keys a user would type. */
final class Terminals {
    private Terminals() {}

    /** What an interactive session printed (prompts, results and errors together) and its exit status. */
    record Transcript(String text, int exit) {}

    /** A session whose results went to standard output while the terminal (on stderr) showed the rest. */
    record Redirected(String screen, String results, int exit) {}

    /** {@code nn | tee log}: results to their own stream; greeting, prompts, typed lines and errors to the terminal. */
    static Redirected withOutputRedirected(String keys, Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(), resultBytes = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), bytes, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(100, 40));
            PrintStream screen = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            PrintStream results = new PrintStream(resultBytes, true, StandardCharsets.UTF_8);
            Session session = new Session(Limits.defaults(), List.of(folder), results, screen, true);
            int exit = new Repl(session, results, screen).runInteractive(terminal, folder.resolve("history"));
            terminal.flush();
            return new Redirected(bytes.toString(StandardCharsets.UTF_8).replace("\r", ""),
                    resultBytes.toString(StandardCharsets.UTF_8), exit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A session on a dumb terminal: no echo, no cursor movement, so the transcript is plain text. */
    static Transcript interactive(String keys, Path folder) {
        return interactive(keys, folder, Terminal.TYPE_DUMB);
    }

    /**
     * A session on a terminal of the given type; JLine completes on Tab only when the type is not
     * "dumb", so completion tests use "ansi" (the transcript then holds escape sequences).
     */
    static Transcript interactive(String keys, Path folder, String type) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", type,
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), bytes, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(100, 40));
            // As on a real terminal: Ctrl-C (byte 3) raises SIGINT instead of arriving as a character.
            Attributes attributes = terminal.getAttributes();
            attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
            // Unset signal characters read as -1, the end of input, which would then raise signals forever.
            attributes.setControlChar(Attributes.ControlChar.VQUIT, 28);
            attributes.setControlChar(Attributes.ControlChar.VSUSP, 26);
            attributes.setControlChar(Attributes.ControlChar.VSTATUS, 20);
            attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
            terminal.setAttributes(attributes);
            PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            Session session = new Session(Limits.defaults(), List.of(folder), out, out, true);
            int exit = new Repl(session, out).runInteractive(terminal, folder.resolve("history"));
            terminal.flush();
            // The terminal ends echoed lines with CR LF; results end with LF. Compare plain lines.
            return new Transcript(bytes.toString(StandardCharsets.UTF_8).replace("\r", ""), exit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
