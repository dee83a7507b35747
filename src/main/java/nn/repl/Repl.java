package nn.repl;

import nn.i18n.Messages;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nn.interp.Limits;
import nn.interp.TerminalCapabilities;
import nn.lang.source.Diagnostic;
import nn.lang.source.DiagnosticPrinter;
import nn.lang.source.SourceFile;
import nn.lang.syntax.Parsers;
import nn.run.Session;
import nn.run.Version;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
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
    /** The terminal, for the greeting and notices: out itself unless standard output is redirected. */
    private final PrintStream screen;
    /** Spaces per open bracket on a continuation line. */
    private static final int INDENT = 2;
    /** The first failure of this session (piped input reports it as the exit status). */
    private Session.Outcome firstFailure = Session.Outcome.OK;
    /** Where the entry being handled came from ("stdin:3" for piped input), for a colon command's errors. */
    private String entryPlace = "repl";

    Repl(Session session, PrintStream out) { this(session, out, out); }

    Repl(Session session, PrintStream out, PrintStream screen) {
        this.session = session;
        this.out = out;
        this.screen = screen;
    }

    /** Starts the REPL on this process's terminal, or reads piped input; returns the exit status. */
    public static int start(Limits limits, List<Path> allowedDirs) throws IOException {
        Path history = Path.of(System.getProperty("user.home"), ".nn_history");
        if (!TerminalProbe.isTerminal()) {
            if (TerminalProbe.keyboardWithScreen()) return startWithOutputRedirected(limits, allowedDirs, history);
            Session s = new Session(limits, allowedDirs, System.out, System.err, true, TerminalProbe.forScripts());
            return new Repl(s, System.out).runPiped(InputLines.of(System.in));
        }
        try (Terminal terminal = TerminalBuilder.builder().name("nn").system(true).encoding(StandardCharsets.UTF_8).build()) {
            PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            Session s = new Session(limits, allowedDirs, out, out, true);
            return new Repl(s, out).runInteractive(terminal, history);
        }
    }

    /**
     * {@code nn | tee log}, {@code nn > out.txt}: a person types, so the REPL edits lines on the terminal behind
     * standard error (prompts, typed lines, errors and the greeting there, as Python's REPL does) while results go
     * to standard output.
     */
    private static int startWithOutputRedirected(Limits limits, List<Path> allowedDirs, Path history) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().name("nn").system(true)
                .systemOutput(TerminalBuilder.SystemOutput.SysErr).encoding(StandardCharsets.UTF_8).build()) {
            PrintStream screen = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
            PrintStream results = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            Session s = new Session(limits, allowedDirs, results, screen, true);
            return new Repl(s, results, screen).runInteractive(terminal, history);
        }
    }

    int runInteractive(Terminal terminal, Path historyFile) {
        LineReader reader = lineReader(terminal, historyFile);
        ClosingBracket.install(reader, INDENT);
        screen.println(Messages.t("repl.banner", Version.get()));
        // Results in colour only when they go to this terminal (not to the pipe of `nn | tee log`) and it has colour.
        String type = terminal.getType();
        TerminalCapabilities capabilities = new TerminalCapabilities(
                out == screen && TerminalProbe.colourAllowed(System.getenv(), type),
                TerminalCapabilities.DEFAULT_WIDTH, type != null && !type.startsWith("dumb"));
        while (true) {
            String line;
            try {
                line = reader.readLine("nn> ");
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, sig -> {
                screen.println();  // the terminal shows ^C; the "interrupted" message goes on a line of its own
                session.interrupt();
            });
            session.setTerminal(capabilities.withWidth(terminal.getWidth()));
            try {
                if (!handle(line)) break;
            } finally {
                terminal.handle(Terminal.Signal.INT, previous);
            }
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            screen.println(Messages.t("diagnostic.warning") + ": " + Messages.t("repl.history-not-saved", nn.io.IoReasons.of(e)));
        }
        return 0;
    }

    /** The line editor: JLine's, drawing only when no typed key waits (see {@link TypeAheadReader}). */
    private LineReader lineReader(Terminal terminal, Path historyFile) {
        TypeAheadReader reader = new TypeAheadReader(terminal, "nn", new java.util.HashMap<>());
        reader.setHistory(new org.jline.reader.impl.history.DefaultHistory());
        reader.setParser(new EntryParser());
        reader.setCompleter(new NameCompleter(session));
        reader.setHighlighter(new SyntaxHighlighter());
        reader.setVariable(LineReader.HISTORY_FILE, historyFile);
        reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, "... ");
        reader.setVariable(LineReader.INDENTATION, INDENT);
        reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        reader.option(LineReader.Option.INSERT_BRACKET, false);
        // Tab offers words that start with what was typed, never guesses (x → argmax).
        reader.option(LineReader.Option.COMPLETE_MATCHER_TYPO, false);
        reader.option(LineReader.Option.COMPLETE_MATCHER_CAMELCASE, false);
        return reader;
    }

    /**
     * Piped input: an entry ends where its brackets balance (and no {@code else} follows on the next line),
     * or before a line that cannot continue it (see {@link PendingEntry}); errors are printed and reading
     * goes on. Errors name the input line ("stdin:3:7"). The exit status is that of the first entry that
     * failed, or 0 when every entry ran. A piped session on {@code session} (the fuzzer runs the REPL's
     * piped mode in-process).
     */
    public static int piped(Session session, PrintStream out, BufferedReader in) throws IOException {
        return new Repl(session, out).runPiped(InputLines.of(in));
    }

    int runPiped(BufferedReader in) throws IOException { return runPiped(InputLines.of(in)); }

    int runPiped(InputLines in) throws IOException {
        PendingEntry pending = new PendingEntry();
        int lineNo = 0;
        Line next = read(in);
        while (next != null) {
            lineNo++;
            if (next.notText() != null) {
                // A line that is not UTF-8: said, and the entry it belonged to is dropped.
                commandFailed(next.notText());
                pending.clear();
                next = read(in);
                continue;
            }
            pending.add(next.text(), lineNo);
            next = read(in);
            if (next != null && next.notText() != null && pending.continues()) continue;
            boolean goesOn = next != null && next.notText() == null
                    && (pending.continues() ? !pending.endsBefore(next.text()) : startsWithElse(next.text()));
            if (goesOn) continue;
            if (!handlePiped(pending.text(), pending.firstLine())) return firstFailure.exitCode;
            pending.clear();
        }
        return firstFailure.exitCode;
    }

    /** A line of piped input, or the reason it could not be decoded. */
    private record Line(String text, Diagnostic.Failure notText) {}

    private static Line read(InputLines in) throws IOException {
        try {
            String text = in.next();
            return text == null ? null : new Line(text, null);
        } catch (Diagnostic.Failure f) {
            return new Line(null, f);
        }
    }

    private static boolean startsWithElse(String line) {
        String s = line.strip();
        return s.equals("else") || s.startsWith("else ") || s.startsWith("else{");
    }

    /** One piped entry, numbered from its first line in the input so messages name the input's lines. */
    private boolean handlePiped(String text, int firstLine) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) return true;
        entryPlace = "stdin:" + firstLine;
        if (trimmed.startsWith(":")) return Commands.run(this, trimmed);
        evaluate(new SourceFile("stdin", text, firstLine));
        return true;
    }

    /** Runs one entry (a command or code); false when the user asked to quit. */
    boolean handle(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) return true;
        entryPlace = "repl";
        if (trimmed.startsWith(":")) return Commands.run(this, trimmed);
        evaluate(new SourceFile("repl", text));
        return true;
    }

    /**
     * A colon command that failed (a file :load cannot read, an unknown command): said on standard error
     * with the entry's place, like any error, and counted in a piped session's exit status.
     */
    void commandFailed(String message, String hint) {
        PrintStream err = session.err();
        out.flush();
        err.println(entryPlace + ": " + Messages.t("diagnostic.error") + ": " + message);
        if (hint != null) err.println("  " + Messages.t("diagnostic.hint") + ": " + hint);
        err.flush();
        if (firstFailure == Session.Outcome.OK) firstFailure = Session.Outcome.RUNTIME_ERROR;
    }

    /** A colon command that failed and has said why itself (its message went out already): counted as failed. */
    void commandFailed() {
        if (firstFailure == Session.Outcome.OK) firstFailure = Session.Outcome.RUNTIME_ERROR;
    }

    /** A note about what a colon command did (":load allowed the folder …"), on standard error. */
    void note(String message) {
        out.flush();
        session.err().println(Messages.t("diagnostic.note") + ": " + message);
        session.err().flush();
    }

    /** A script that :load could not parse or check: its diagnostics, counted like an entry's. */
    void commandFailed(Diagnostic.Failure f) {
        out.flush();
        f.diagnostics().forEach(d -> session.err().print(DiagnosticPrinter.render(d)));
        session.err().flush();
        if (firstFailure == Session.Outcome.OK) firstFailure = Session.Outcome.SYNTAX_ERROR;
    }

    /** Runs code; an entry that ran without error is kept for :history and :save. */
    void evaluate(SourceFile file) {
        int precision = session.interpreter().format().precision();
        Session.Outcome outcome = session.run(file);
        if (firstFailure == Session.Outcome.OK) firstFailure = outcome;
        if (outcome == Session.Outcome.OK) script.add(file.text(), precision);
        out.flush();
    }

    /** The entries that ran without error (see {@link SessionScript}). */
    private final SessionScript script = new SessionScript();
    /** Files :save wrote in this session: the only scripts it may replace. */
    private final java.util.Set<Path> saved = new java.util.HashSet<>();

    SessionScript script() { return script; }
    java.util.Set<Path> saved() { return saved; }

    Session session() { return session; }
    PrintStream out() { return out; }
}
