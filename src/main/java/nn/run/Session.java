package nn.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nn.interp.Budget;
import nn.interp.Interpreter;
import nn.interp.Limits;
import nn.interp.Output;
import nn.interp.RuntimeError;
import nn.interp.Sandbox;
import nn.interp.TerminalCapabilities;
import nn.lang.ast.Stmt;
import nn.lang.check.Resolver;
import nn.lang.source.Diagnostic;
import nn.lang.source.DiagnosticPrinter;
import nn.lang.source.SourceFile;
import nn.lang.source.Span;
import nn.lang.syntax.Parsers;

/**
 * One interpreter and its state, fed source text through the phases (parse, check, run). Scripts use
 * one session once; the REPL feeds it entry after entry. Every failure is printed to stderr in the one
 * diagnostic format and reported as an {@link Outcome}; nothing escapes as a Java exception.
 */
public final class Session {
    public enum Outcome {
        OK(0), SYNTAX_ERROR(65), RUNTIME_ERROR(70), INTERRUPTED(130);
        public final int exitCode;
        Outcome(int code) { exitCode = code; }
    }

    /** Stack for the interpreter thread: deep (budgeted) recursion must hit the budget, not the JVM's limit. */
    private static final long STACK_BYTES = 1L << 30;

    private final Interpreter interpreter;
    private final Budget budget;
    private final PrintStream err;
    private final Output output;

    public Session(Limits limits, List<Path> allowedDirs, PrintStream out, PrintStream err, boolean echo) {
        this(limits, allowedDirs, out, err, echo, TerminalCapabilities.PLAIN);
    }

    /** A session whose output goes to a terminal that can do what {@code terminal} says (the front end found out). */
    public Session(Limits limits, List<Path> allowedDirs, PrintStream out, PrintStream err, boolean echo,
            TerminalCapabilities terminal) {
        this.budget = new Budget(limits);
        this.err = err;
        this.output = new Output(out, err, budget, terminal);
        this.interpreter = new Interpreter(budget, output, new Sandbox(allowedDirs));
        interpreter.setEcho(echo);
    }

    /** The terminal changed (the REPL's window was resized): later output fits the new one. */
    public void setTerminal(TerminalCapabilities terminal) { output.setTerminal(terminal); }

    /** Parses, checks and runs {@code file} on a thread of its own (see {@link #STACK_BYTES}); blocks until done. */
    public Outcome run(SourceFile file) {
        Outcome[] result = new Outcome[1];
        Thread worker = new Thread(null, () -> result[0] = runHere(file), "nn-interpreter", STACK_BYTES);
        current = worker;
        worker.start();
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                worker.interrupt();
            }
        }
        current = null;
        return result[0];
    }

    private volatile Thread current;

    /** Ctrl-C: stops the running statement at its next step; the session's state stays. */
    public void interrupt() {
        Thread t = current;
        if (t != null) t.interrupt();
    }

    Outcome runHere(SourceFile file) {
        budget.restart();
        boolean running = false;
        try {
            List<Stmt> program = Parsers.parse(file);
            Set<String> known = new HashSet<>(interpreter.globals().names());
            Resolver.check(program, known);
            running = true;
            interpreter.run(program);
            return Outcome.OK;
        } catch (Diagnostic.Failure f) {
            f.diagnostics().forEach(this::print);
            return f.kind() == Diagnostic.Kind.RUNTIME ? Outcome.RUNTIME_ERROR : Outcome.SYNTAX_ERROR;
        } catch (RuntimeError e) {
            print(e.span() == null ? Diagnostic.plain("error: " + e.getMessage(), e.hint()) : e.toDiagnostic());
            return Outcome.RUNTIME_ERROR;
        } catch (Budget.Interrupted i) {
            err.println((i.span() == null ? "" : i.span().where() + ": ") + "interrupted");
            return Outcome.INTERRUPTED;
        } catch (nn.tensor.parallel.ComputationInterruptedException i) {
            err.println("interrupted");
            return Outcome.INTERRUPTED;
        } catch (OutOfMemoryError oom) {
            print(Diagnostic.plain("error: memory budget exceeded: the run ran out of Java heap",
                    "use smaller matrices, or give Java more heap with NN_HEAP=4g"));
            return Outcome.RUNTIME_ERROR;
        } catch (StackOverflowError so) {
            print(Diagnostic.plain("error: recursion budget exceeded: the program nested too deeply", "simplify the nesting"));
            return Outcome.RUNTIME_ERROR;
        } catch (RuntimeException | Error bug) {
            // Not the user's mistake (those are RuntimeErrors by now): say so, at the statement that was running.
            err.print(internalError(bug, running ? interpreter.runningStatement() : null));
            if (System.getenv("NN_DEBUG") != null) bug.printStackTrace(err);
            return Outcome.RUNTIME_ERROR;
        } finally {
            Thread.interrupted();
            err.flush();
        }
    }

    /** A bug in nn, reported as one: the exception's class and message, and where the script was. */
    static String internalError(Throwable bug, Span at) {
        String message = bug.getMessage() == null ? "" : bug.getMessage().replaceFirst("^internal error: ", "");
        String what = bug.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message)
                + " — this is a bug in nn, not in your script; please report it with the script that caused it";
        return at == null ? "internal error: " + what + "\n"
                : DiagnosticPrinter.render(Diagnostic.at(at, what), "internal error");
    }

    private void print(Diagnostic d) {
        err.print(DiagnosticPrinter.render(d));
        err.flush();
    }

    /** Names defined so far (builtins included), for completion. */
    public Set<String> names() { return interpreter.globals().names(); }

    public Interpreter interpreter() { return interpreter; }

    /** A file the session's sandbox lets it read (the REPL's :load), or a RuntimeError saying why not. */
    public java.nio.file.Path readable(String name) { return interpreter.sandbox().forReading(name); }

    public void reset() { interpreter.reset(); }
}
