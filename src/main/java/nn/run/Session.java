package nn.run;

import nn.i18n.Messages;
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
import nn.lang.source.Span;
import nn.lang.source.SourceFile;
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
        Sandbox sandbox = new Sandbox(allowedDirs);
        sandbox.onNotice(output::note);
        this.interpreter = new Interpreter(budget, output, sandbox);
        interpreter.setEcho(echo);
    }

    /**
     * After the deadline the run's thread is interrupted, and every loop in nn stops at its next check
     * (steps, kernel pieces, formatting, comparisons, data loading). A run that still has not stopped
     * this long after is reported as over its time budget and left behind (a script's process then
     * exits; the REPL waits for it before the next entry).
     */
    static final long GRACE_NANOS = 500_000_000L;
    /** How often the watchdog looks at the heap (see {@link Budget#checkLiveMemory}). */
    static final long MEMORY_CHECK_NANOS = 100_000_000L;

    /** The terminal changed (the REPL's window was resized): later output fits the new one. */
    public void setTerminal(TerminalCapabilities terminal) { output.setTerminal(terminal); }

    /** One run's thread and whether the session has stopped waiting for it. */
    private static final class Run {
        /** Parsing and checking are done: a bug from now on is shown at the statement that was running. */
        volatile boolean started;
        volatile Outcome outcome;
        volatile boolean abandoned;
        private boolean reporting;

        /** The watchdog gives up on the run, unless the run is already reporting how it ended. */
        synchronized boolean abandon() {
            if (reporting) return false;
            abandoned = true;
            return true;
        }

        /** The run reports how it ended, unless the watchdog has already given up on it (and reported). */
        synchronized boolean report() {
            if (abandoned) return false;
            reporting = true;
            return true;
        }
    }

    private volatile Thread current;
    private Thread abandoned;

    /**
     * Parses, checks and runs {@code file} on a thread of its own (see {@link #STACK_BYTES}); blocks
     * until it is done, and is the run's watchdog: the time budget holds whatever the run is doing.
     */
    public Outcome run(SourceFile file) { return watched(run -> runHere(file, run)); }

    /**
     * Runs a front end's own work on the session's values ({@code :vars} formats every value) as an entry
     * runs: on the interpreter's thread, under the time and memory budgets, stopped by Ctrl-C, its failures
     * reported in the one format.
     */
    public Outcome command(Runnable body) {
        return watched(run -> {
            try {
                run.started = true;
                body.run();
                return Outcome.OK;
            } catch (Throwable t) {
                if (!run.report()) return Outcome.RUNTIME_ERROR;
                return report(t, null);
            } finally {
                Thread.interrupted();
                err.flush();
            }
        });
    }

    private Outcome watched(java.util.function.Function<Run, Outcome> body) {
        awaitAbandoned();
        budget.restart();
        Run run = new Run();
        Thread worker = new Thread(null, () -> run.outcome = body.apply(run), "nn-interpreter", STACK_BYTES);
        worker.setDaemon(true);
        current = worker;
        worker.start();
        java.time.Duration timeout = budget.limits().timeout();
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        long giveUp = Long.MAX_VALUE;
        while (worker.isAlive()) {
            long now = System.nanoTime();
            // The run reports its own failure unless the watchdog gave up on it first: exactly one of them
            // prints (a worker that is already reporting, slowed by a loaded machine, is waited for).
            if (now - giveUp >= 0 && run.abandon()) {
                abandoned = worker;
                current = null;
                RuntimeError memory = budget.memoryExceeded();
                print(memory != null ? memory.at(budget.lastAt()) : budget.timeExceeded(budget.lastAt()));
                return Outcome.RUNTIME_ERROR;
            }
            boolean stopping = budget.expired() || budget.memoryExceeded() != null;
            if (!stopping && deadline != Long.MAX_VALUE && now - deadline >= 0) {
                budget.expire();
                worker.interrupt();
                giveUp = now + GRACE_NANOS;
            } else if (!stopping && budget.checkLiveMemory()) {
                worker.interrupt();
                giveUp = now + GRACE_NANOS;
            }
            stopping = budget.expired() || budget.memoryExceeded() != null;
            long next = stopping ? giveUp : Math.min(deadline, now + MEMORY_CHECK_NANOS);
            long waitMillis = Math.max(1, (next - now + 999_999) / 1_000_000);
            try {
                worker.join(waitMillis);
            } catch (InterruptedException e) {
                worker.interrupt();
            }
        }
        current = null;
        return run.outcome == null ? Outcome.RUNTIME_ERROR : run.outcome;
    }

    /** A run left behind by the watchdog still holds the interpreter: the next one waits for it to stop. */
    private void awaitAbandoned() {
        Thread t = abandoned;
        if (t == null) return;
        t.interrupt();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        abandoned = null;
    }

    /** Ctrl-C: stops the running statement at its next step; the session's state stays. */
    public void interrupt() {
        Thread t = current;
        if (t != null) t.interrupt();
    }

    /**
     * Parses, checks and runs {@code file} on the calling thread, with no watchdog: the time budget is then
     * checked at the run's steps only. For a host with one thread (the browser, where a Web Worker is the
     * run's thread and the page's Stop button its watchdog).
     */
    public Outcome runOnThisThread(SourceFile file) {
        budget.restart();
        return runHere(file, new Run());
    }

    Outcome runHere(SourceFile file) { return runHere(file, new Run()); }

    private Outcome runHere(SourceFile file, Run run) {
        try {
            List<Stmt> program = Parsers.parse(file);
            Set<String> known = new HashSet<>(interpreter.globals().names());
            Resolver.check(program, known, interpreter.builtinSignatures());
            run.started = true;
            interpreter.run(program);
            return Outcome.OK;
        } catch (Throwable t) {
            if (!run.report()) return Outcome.RUNTIME_ERROR;
            return report(t, run.started ? interpreter.runningStatement() : null);
        } finally {
            Thread.interrupted();
            err.flush();
        }
    }

    /** Prints why a run failed, in the one diagnostic format; a Java exception never reaches the user as one. */
    private Outcome report(Throwable failure, Span running) {
        // Once the watchdog has fired, whatever stopped the run (an interruption, a child process that was
        // killed) was the time budget.
        if (budget.memoryExceeded() != null) {
            Span at = failure instanceof RuntimeError e && e.span() != null ? e.span() : budget.lastAt();
            print(budget.memoryExceeded().at(at));
            return Outcome.RUNTIME_ERROR;
        }
        if (budget.expired()) {
            Span at = failure instanceof RuntimeError e && e.span() != null ? e.span()
                    : failure instanceof Budget.Interrupted i && i.span() != null ? i.span() : budget.lastAt();
            print(budget.timeExceeded(at));
            return Outcome.RUNTIME_ERROR;
        }
        if (Parsers.isInterruption(failure)) {
            err.println(Messages.t("run.interrupted-reading"));
            return Outcome.INTERRUPTED;
        }
        switch (failure) {
            case Diagnostic.Failure f -> {
                f.diagnostics().forEach(this::print);
                return f.kind() == Diagnostic.Kind.RUNTIME ? Outcome.RUNTIME_ERROR : Outcome.SYNTAX_ERROR;
            }
            case RuntimeError e -> {
                print(e);
                return Outcome.RUNTIME_ERROR;
            }
            case Budget.Interrupted i -> {
                err.println((i.span() == null ? "" : i.span().where() + ": ") + Messages.t("run.interrupted"));
                return Outcome.INTERRUPTED;
            }
            case nn.tensor.parallel.ComputationInterruptedException i -> {
                Span at = budget.lastAt();
                err.println((at == null ? "" : at.where() + ": ") + Messages.t("run.interrupted"));
                return Outcome.INTERRUPTED;
            }
            case OutOfMemoryError oom -> {
                print(Diagnostic.plain(Messages.t("diagnostic.error") + ": " + Messages.t("run.heap-exhausted"), budget.heapHint()));
                return Outcome.RUNTIME_ERROR;
            }
            case StackOverflowError so -> {
                print(Diagnostic.plain(Messages.t("diagnostic.error") + ": " + Messages.t("run.stack-exhausted"), Messages.t("run.stack-exhausted-hint")));
                return Outcome.RUNTIME_ERROR;
            }
            default -> {
                // Not the user's mistake (those are RuntimeErrors by now): say so, at the statement that was running.
                err.print(internalError(failure, running));
                if (System.getenv("NN_DEBUG") != null) failure.printStackTrace(err);
                return Outcome.RUNTIME_ERROR;
            }
        }
    }

    private void print(RuntimeError e) {
        print(e.span() == null ? Diagnostic.plain(Messages.t("diagnostic.error") + ": " + e.getMessage(), e.hint()) : e.toDiagnostic());
    }

    /** A bug in nn, reported as one: the exception's class and message, and where the script was. */
    static String internalError(Throwable bug, Span at) {
        String message = bug.getMessage() == null ? "" : bug.getMessage().replaceFirst("^internal error: ", "");
        String what = Messages.t("run.internal-error", bug.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
        return at == null ? Messages.t("diagnostic.internal") + ": " + what + "\n"
                : DiagnosticPrinter.render(Diagnostic.at(at, what), "internal error");
    }

    private void print(Diagnostic d) {
        err.print(DiagnosticPrinter.render(d));
        err.flush();
    }

    /** Names defined so far (builtins included), for completion. */
    public Set<String> names() { return interpreter.globals().names(); }

    public Interpreter interpreter() { return interpreter; }

    /** Standard error as the session writes its diagnostics (front ends report their own commands' errors there). */
    public PrintStream err() { return err; }

    /** A file the session's sandbox lets it read (the REPL's :load), or a RuntimeError saying why not. */
    public java.nio.file.Path readable(String name) { return interpreter.sandbox().forReading(name); }

    public void reset() { interpreter.reset(); }
}
