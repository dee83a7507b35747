package nn.kernel;

import nn.i18n.Messages;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nn.interp.Limits;
import nn.interp.Output;
import nn.lang.source.SourceFile;
import nn.run.Session;

/**
 * The notebook's side of a session: one {@link Session} for every cell (names persist, as in the REPL), each
 * cell a source file named "cell N" (errors read {@code cell 3:2:5}), its budgets fresh per cell. What a cell
 * prints streams to the front end as it comes; plots become PNG images; the value of a bare expression
 * becomes the cell's result (the last one; earlier ones are printed, in order). A failing cell's diagnostic (its
 * message, source line, caret and hint) is not streamed: it is the cell's error, which the notebook shows once,
 * as the error's traceback. Warnings and notes stream as they come.
 */
final class Cells {
    /** What the kernel does with a cell's output. */
    interface Front {
        void stream(String name, String text);
        void image(String title, byte[] png);
        void result(String text);
    }

    /**
     * How a cell ended; for a failure, its diagnostic and the kind of error in nn's terms: {@code SyntaxError}
     * (it does not parse), {@code CheckError} (it parses but the checker refused it, an undefined name say),
     * {@code RuntimeError}, or {@code KeyboardInterrupt} (Jupyter's word for a cell the user interrupted).
     */
    record Ran(Session.Outcome outcome, String errorText, String errorKind) {
        Ran(Session.Outcome outcome, String errorText) { this(outcome, errorText, ""); }
    }

    private final Session session;
    private final Front front;
    private final PrintStream out;
    /**
     * Standard error not yet sent: it is the cell's error if the cell fails before printing anything else, and
     * is streamed when something follows it (the run went on, so it was not the error) or the cell succeeds.
     */
    private final StringBuilder heldErr = new StringBuilder();
    private String pendingResult;
    /** A user expression is being evaluated: its value is kept, its printing dropped, nothing reaches the front end. */
    private boolean quiet;

    Cells(Limits limits, List<Path> allowedDirs, Front front) {
        this.front = front;
        this.out = new PrintStream(new StreamSink(t -> { if (!quiet) front.stream("stdout", t); }, this::releaseHeld),
                true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new StreamSink(this::stderr, this::releaseResult), true, StandardCharsets.UTF_8);
        this.session = new Session(limits, allowedDirs, out, err, true);
        session.interpreter().output().setDisplay(new Output.Display() {
            @Override
            public void image(String title, Supplier<byte[]> png) {
                out.flush();
                if (quiet) return;
                releaseHeld();
                front.image(title, png.get());
            }

            @Override
            public void result(String text) {
                releaseHeld();
                pendingResult = text;
            }
        });
    }

    /** Runs one cell; blocks until it finishes, fails or is interrupted. */
    Ran run(int number, String code) {
        heldErr.setLength(0);
        pendingResult = null;
        SourceFile file = new SourceFile(Messages.t("kernel.cell-name", number), code);
        Session.Outcome outcome = session.run(file);
        session.interpreter().output().flush();
        if (pendingResult != null) {
            String r = pendingResult;
            pendingResult = null;
            front.result(r);
        }
        if (outcome == Session.Outcome.OK) {
            releaseHeld();
            return new Ran(outcome, "", "");
        }
        String error = heldErr.toString();
        heldErr.setLength(0);
        return new Ran(outcome, error, kind(outcome, file));
    }

    /**
     * A cell of the REPL's colon commands: every line that is not blank starts with ':' (or the cell is the
     * bare word {@code help}, or {@code help NAME}, where no name {@code help} is defined: a habit from Python).
     */
    boolean isCommands(String code) {
        if (code.isBlank()) return false;
        if (code.lines().filter(l -> !l.isBlank()).allMatch(l -> l.stripLeading().startsWith(":"))) return true;
        return helpWord(code) != null;
    }

    /** What a cell {@code help} or {@code help NAME} asks about ("" for the first); null for any other cell. */
    private String helpWord(String code) {
        String c = code.strip();
        if (!c.matches("help(\\s+\\.?[A-Za-z_][A-Za-z_0-9]*)?") || session.names().contains("help")) return null;
        return c.substring(4).strip();
    }

    /**
     * Runs a cell of colon commands, line by line: those that make sense in a notebook ({@code :help},
     * {@code :help NAME}, {@code :vars}, {@code :reset}); the terminal REPL's others are refused, saying so.
     */
    Ran commands(int number, String code) {
        heldErr.setLength(0);
        pendingResult = null;
        SourceFile file = new SourceFile(Messages.t("kernel.cell-name", number), code);
        String asked = helpWord(code);
        if (asked != null) {
            out.println(asked.isEmpty() ? help() : nn.repl.Help.about(asked));
            out.flush();
            return new Ran(Session.Outcome.OK, "", "");
        }
        int offset = 0;  // in code points, as spans count
        for (String line : code.split("\n", -1)) {
            int lineStart = offset;
            offset += line.codePointCount(0, line.length()) + 1;
            if (line.isBlank()) continue;
            String command = line.strip();
            String[] parts = command.split("\\s+", 2);
            String arg = parts.length > 1 ? parts[1].strip() : "";
            int at = lineStart + line.codePointCount(0, line.indexOf(':'));
            nn.lang.source.Span span = new nn.lang.source.Span(file, at, at + parts[0].codePointCount(0, parts[0].length()));
            switch (parts[0]) {
                case ":help", ":h", ":?" -> out.println(arg.isEmpty() ? help() : nn.repl.Help.about(arg));
                case ":vars", ":v" -> {
                    Session.Outcome o = session.command(this::vars);
                    out.flush();
                    if (o != Session.Outcome.OK) return failed(o, file);
                }
                case ":reset" -> {
                    session.reset();
                    out.println(Messages.t("repl.reset"));
                }
                case ":load", ":l", ":history", ":hist", ":save", ":quit", ":q", ":exit" ->
                    { return refused(span, Messages.t("kernel.command-terminal-only", parts[0]),
                            Messages.t(switch (parts[0]) {
                                case ":load", ":l" -> "kernel.command-terminal-only-hint.load";
                                case ":history", ":hist" -> "kernel.command-terminal-only-hint.history";
                                case ":save" -> "kernel.command-terminal-only-hint.save";
                                default -> "kernel.command-terminal-only-hint.quit";
                            })); }
                default -> { return refused(span, Messages.t("repl.unknown-command", nn.lang.source.Visible.text(parts[0])),
                        Messages.t("kernel.command-unknown-hint")); }
            }
        }
        out.flush();
        return new Ran(Session.Outcome.OK, "", "");
    }

    /** The notebook's :help: the REPL's, with the commands and keys of a notebook. */
    static String help() { return Messages.t("kernel.help", nn.repl.Help.statements()); }

    private Ran refused(nn.lang.source.Span span, String message, String hint) {
        out.flush();
        return new Ran(Session.Outcome.SYNTAX_ERROR, nn.lang.source.DiagnosticPrinter.render(
                nn.lang.source.Diagnostic.at(span, message, hint)), "UsageError");
    }

    private Ran failed(Session.Outcome o, SourceFile file) {
        String error = heldErr.toString();
        heldErr.setLength(0);
        return new Ran(o, error, kind(o, file));
    }

    /** :vars, as the REPL lists them: each name the notebook defined, its value on one line and its kind. */
    private void vars() {
        java.util.Map<String, nn.interp.Value> user = new java.util.TreeMap<>();
        session.interpreter().globals().locals().forEach((k, v) -> {
            if (!(v instanceof nn.interp.Value.Builtin)) user.put(k, v);
        });
        if (user.isEmpty()) {
            out.println(Messages.t("repl.no-names"));
            return;
        }
        var format = session.interpreter().format();
        user.forEach((k, v) -> {
            String shown = format.value(v);
            if (shown.contains("\n")) {
                out.println("  " + k + " = " + v.describe());
                return;
            }
            if (shown.length() > 70) shown = shown.substring(0, 67) + "...";
            out.println("  " + k + " = " + shown + "   (" + v.describe() + ")");
        });
    }

    /** A user expression's value as the REPL prints it ({@code text}), or why it has none ({@code error}). */
    record Evaluated(String text, Ran error) { }

    /**
     * Evaluates one of an execute request's user_expressions after its cell: an expression only (a statement is
     * refused, so asking for a value changes nothing), under the cell's budgets, its output dropped.
     */
    Evaluated evaluate(String expression) {
        SourceFile file = new SourceFile(Messages.t("kernel.user-expression-name"), expression);
        try {
            List<nn.lang.ast.Stmt> program = nn.lang.syntax.Parsers.parse(file);
            if (program.size() != 1 || !(program.get(0) instanceof nn.lang.ast.Stmt.ExprStmt))
                return new Evaluated(null, new Ran(Session.Outcome.SYNTAX_ERROR,
                        Messages.t("kernel.user-expression-not-expression", nn.lang.source.Visible.text(expression)) + "\n", "SyntaxError"));
        } catch (RuntimeException | StackOverflowError e) {
            // not parsed: the run below says why, in the one diagnostic format
        }
        heldErr.setLength(0);
        pendingResult = null;
        quiet = true;
        Session.Outcome outcome;
        try {
            outcome = session.run(file);
            session.interpreter().output().flush();
        } finally {
            quiet = false;
        }
        String value = pendingResult, error = heldErr.toString();
        pendingResult = null;
        heldErr.setLength(0);
        if (outcome == Session.Outcome.OK) return new Evaluated(value == null ? "" : value, null);
        return new Evaluated(null, new Ran(outcome, error, kind(outcome, file)));
    }

    private static String kind(Session.Outcome outcome, SourceFile file) {
        return switch (outcome) {
            case SYNTAX_ERROR -> parses(file) ? "CheckError" : "SyntaxError";
            case RUNTIME_ERROR -> "RuntimeError";
            case INTERRUPTED -> "KeyboardInterrupt";
            case OK -> "";
        };
    }

    private static boolean parses(SourceFile file) {
        try {
            nn.lang.syntax.Parsers.parse(file);
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /**
     * Standard error as it comes: a warning or a note streams now (the run goes on after it); anything else is
     * held, since the diagnostic of a failing cell is sent as its error, not as a stream.
     */
    private void stderr(String text) {
        String warning = Messages.t("diagnostic.warning") + ": ", note = Messages.t("diagnostic.note") + ": ";
        String first = text.lines().findFirst().orElse("");
        if (first.startsWith(warning) || first.startsWith(note) || first.contains(": " + warning)) {
            if (quiet) return;
            releaseHeld();
            front.stream("stderr", text);
        } else {
            heldErr.append(text);
        }
    }

    /** What was held back goes out (stderr first, then an earlier result) before the output that follows it. */
    private void releaseHeld() {
        if (quiet) return;
        if (!heldErr.isEmpty()) {
            String t = heldErr.toString();
            heldErr.setLength(0);
            front.stream("stderr", t);
        }
        releaseResult();
    }

    /** An earlier result is printed once something follows it, so output keeps its order. */
    private void releaseResult() {
        if (quiet) return;
        String r = pendingResult;
        if (r == null) return;
        pendingResult = null;
        front.stream("stdout", r + "\n");
    }

    void interrupt() { session.interrupt(); }

    Session session() { return session; }
}
