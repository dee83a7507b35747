package nn.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nn.interp.Limits;
import nn.interp.Terminals;
import nn.lang.source.SourceFile;
import nn.lang.syntax.Parsers;
import nn.run.Session;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive front end. On a terminal: JLine line editing, history in ~/.nn_history, completion,
 * highlighting, multi-line entries while a bracket is open, and Ctrl-C that abandons the line or
 * interrupts the running statement. On piped input: the same evaluation, no prompts, no terminal.
 */
public final class Repl {
    private final Session session;
    private final PrintStream out;
    private final String sourceName;
    /** Lines read so far, so messages number lines as the user's whole input does. */
    private int linesSoFar;
    private Session.Outcome firstFailure = Session.Outcome.OK;

    Repl(Session session, PrintStream out, String sourceName) {
        this.session = session;
        this.out = out;
        this.sourceName = sourceName;
    }

    /** Starts the REPL on this process's terminal, or reads piped input; returns the exit status. */
    public static int start(Limits limits, List<Path> allowedDirs) throws IOException {
        if (!Terminals.isTerminal()) {
            Session s = new Session(limits, allowedDirs, System.out, System.err, true);
            return new Repl(s, System.out, "<stdin>").runPiped(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        }
        try (Terminal terminal = TerminalBuilder.builder().name("nn").system(true).encoding(StandardCharsets.UTF_8).build()) {
            PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            Session s = new Session(limits, allowedDirs, out, out, true);
            Path history = Path.of(System.getProperty("user.home"), ".nn_history");
            return new Repl(s, out, "repl").runInteractive(terminal, history);
        }
    }

    int runInteractive(Terminal terminal, Path historyFile) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("nn")
                .parser(new EntryParser())
                .completer(new NameCompleter(session))
                .highlighter(new SyntaxHighlighter())
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P...  ")
                .variable(LineReader.INDENTATION, 2)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_BRACKET, false)
                .build();
        out.println("nn 0.1.0 — a language for learning neural networks. :help for help, :quit or Ctrl-D to leave.");
        while (true) {
            String line;
            try {
                line = reader.readLine("nn> ");
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, sig -> session.interrupt());
            try {
                if (!handle(line)) break;
            } finally {
                terminal.handle(Terminal.Signal.INT, previous);
            }
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            out.println("warning: could not save history: " + e.getMessage());
        }
        return 0;
    }

    /** Piped input: entries end where brackets balance; errors are printed and reading goes on. */
    int runPiped(BufferedReader in) throws IOException {
        StringBuilder pending = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            pending.append(line).append('\n');
            if (Parsers.isIncomplete(pending.toString())) continue;
            String text = pending.toString();
            pending.setLength(0);
            if (!handle(text.strip().isEmpty() ? "" : text)) break;
        }
        if (!pending.isEmpty()) handle(pending.toString());
        return firstFailure.exitCode;
    }

    /** Runs one entry (a command or code); false when the user asked to quit. */
    boolean handle(String text) {
        int first = linesSoFar + 1;
        linesSoFar += Math.max(1, new SourceFile("", text.endsWith("\n") ? text.substring(0, text.length() - 1) : text).lineCount());
        String trimmed = text.strip();
        if (trimmed.isEmpty()) return true;
        if (trimmed.startsWith(":")) return Commands.run(this, trimmed);
        evaluate(new SourceFile(sourceName, text, first));
        return true;
    }

    void evaluate(SourceFile file) {
        Session.Outcome outcome = session.run(file);
        if (firstFailure == Session.Outcome.OK && outcome != Session.Outcome.OK) firstFailure = outcome;
        out.flush();
    }

    Session session() { return session; }
    PrintStream out() { return out; }
}
