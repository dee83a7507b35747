package nn.grade;

import nn.i18n.Messages;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nn.interp.Budget;
import nn.interp.Interpreter;
import nn.interp.Limits;
import nn.interp.Output;
import nn.interp.RuntimeError;
import nn.interp.Sandbox;
import nn.interp.Snapshot;
import nn.interp.TestRecord;
import nn.lang.ast.Stmt;
import nn.lang.check.Resolver;
import nn.lang.source.Diagnostic;
import nn.lang.source.DiagnosticPrinter;
import nn.lang.source.SourceFile;
import nn.lang.syntax.Parsers;

/**
 * The child JVM that grades one submission: runs its script, then the assignment's helpers, then each
 * test from the state they left ({@link Snapshot}: tests do not see each other's changes) and the same
 * fixed seed, with its own step budget and wall time, and reports each finished test
 * at once as a JSON line on its standard output. Everything the submission prints is captured (capped);
 * its files are reachable only inside its own copy of the submission folder.
 */
public final class ChildMain {
    private static final long STACK_BYTES = 1L << 30;
    /** Characters of output kept per phase (the script, each test): head and tail. */
    static final int OUTPUT_CAP = 16_000;
    private static final long GRACE_MILLIS = 2000;

    private final PrintStream protocol;
    private final Capped captured = new Capped(OUTPUT_CAP);
    /**
     * Set when a phase ended in a way that may leave something behind in this JVM: a timeout (a worker
     * thread interrupted mid-computation), a full heap, a stack overflow, or an internal error. The child
     * then grades nothing more; the parent starts a fresh one for the next submission.
     */
    private volatile boolean spent;

    private ChildMain(PrintStream protocol) { this.protocol = protocol; }

    /**
     * Grades the requests on standard input one after another, each with a fresh interpreter, until the
     * stream ends or a run leaves the JVM {@link #spent}. Nothing of one submission reaches the next: the
     * interpreter, its globals, budget, sandbox and random streams are new for each, and the rest of the
     * JVM's state that a script can reach is immutable or per-run (docs/grading.md, "One JVM, several
     * submissions").
     */
    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Messages.use(nn.i18n.Lang.fromEnvironment(System.getenv()));  // the parent sets NN_LANG
        ChildMain child = new ChildMain(protocol);
        PrintStream sink = new PrintStream(child.captured, true, StandardCharsets.UTF_8);
        System.setOut(sink);
        System.setErr(sink);
        java.io.Reader requests = ChildProtocol.requests(System.in);
        try {
            for (ChildRequest request; !child.spent && (request = ChildProtocol.readRequest(requests)) != null; ) {
                child.captured.reset();
                if (!child.grade(request)) break;
            }
            if (Boolean.getBoolean("nn.grade.warmup")) warmUpErrorPaths();
        } finally {
            protocol.flush();
            Runtime.getRuntime().halt(0);  // a stuck interpreter thread must not keep the JVM alive
        }
    }

    /**
     * The archive's training run also reports a syntax error and a name error, so the classes a
     * submission that does not parse needs are in the archive too.
     */
    private static void warmUpErrorPaths() {
        for (String bad : List.of("x = [1, 2\n", "y = undefined_name + 1\n")) {
            try {
                Resolver.check(Parsers.parse(new SourceFile("warmup.nn", bad)), Set.of("print"));
            } catch (Diagnostic.Failure f) {
                f.diagnostics().forEach(DiagnosticPrinter::render);
            }
        }
    }

    private void emit(ChildEvent e) {
        protocol.println(ChildProtocol.json(e));
        protocol.flush();
    }

    /** Grades one submission; false when a phase got stuck and this JVM must stop (no "done" is sent then). */
    private boolean grade(ChildRequest request) throws Exception {
        Assignment assignment = Assignment.parseChecked(new SourceFile(request.assignmentName(), request.assignmentSource()));
        Limits limits = Limits.defaults().withSteps(assignment.steps()).withMemory(assignment.memory())
                .withOutput(2_000_000).withTimeout(null)
                .setBy(Limits.SetBy.ASSIGNMENT);
        // The memory budget counts the heap beyond what was in use when the budget began; a collection first
        // makes that the live set, in a fresh child and in a warm one alike (not the garbage a previous
        // submission left), so a memory-hungry submission meets the same limit wherever it runs.
        System.gc();
        Budget budget = new Budget(limits);
        PrintStream sink = System.out;
        Sandbox sandbox = new Sandbox(List.of(Path.of(request.folder()))).forGrading();
        Interpreter in = new Interpreter(budget, new Output(sink, sink, budget), sandbox);
        Set<String> builtins = Set.copyOf(in.globals().names());
        java.util.Map<String, nn.interp.Value> builtinValues = new java.util.HashMap<>();
        for (String name : builtins) builtinValues.put(name, in.globals().lookup(name));

        // The submission's script.
        Path file = Path.of(request.folder()).resolve(request.file());
        List<Stmt> program;
        try {
            program = Parsers.parse(SourceFile.decode(request.file(), Files.readAllBytes(file)));
            Resolver.check(program, builtins);
        } catch (Diagnostic.Failure f) {
            StringBuilder sb = new StringBuilder();
            f.diagnostics().forEach(d -> sb.append(DiagnosticPrinter.render(d)));
            emit(ChildEvent.script("syntax-error", sb.toString(), "", List.of()));
            emit(ChildEvent.done(!spent));
            return true;
        }
        in.reseed(assignment.seed());
        Run script = run(() -> in.run(program), budget, assignment.scriptTimeout());
        List<String> notes = new ArrayList<>();
        Set<String> clash = new TreeSet<>(assignment.helperNames());
        clash.retainAll(in.globals().names());
        clash.removeAll(builtins);
        if (!clash.isEmpty())
            notes.add(Messages.t("grade.note.clash", String.join(", ", clash)));
        // A builtin the tests call means the builtin in them, whatever the submission made of its name: a
        // submission's own fn accuracy(a, b) { return 1 } must not pass a hidden test. Names the tests only read
        // (a variable the student called mean, say) stay the submission's.
        Set<String> shadowed = new TreeSet<>();
        for (String name : nn.lang.syntax.Parsers.calledNames(assignment.source().text())) {
            nn.interp.Value original = builtinValues.get(name);
            if (original != null && in.globals().lookup(name) != original) {
                shadowed.add(name);
                in.globals().define(name, original);
            }
        }
        if (!shadowed.isEmpty())
            notes.add(Messages.t("grade.note.builtin-shadowed", String.join(", ", shadowed)));
        String scriptStatus = switch (script.ending) {
            case FINISHED, ASSERTION -> script.error == null ? "ok" : "error";
            case ERROR -> "error";
            case TIMEOUT -> "timeout";
        };
        String scriptOutput = captured.text();
        if (script.stuck) {
            emit(ChildEvent.script("timeout", script.error, scriptOutput, notes));
            return false;  // the interpreter cannot be reused; the parent reports every test as not run
        }

        // The assignment's helpers (datasets, fns the tests share) run after the script, so theirs win.
        captured.reset();
        // They read their files (csv("check.csv")) from the assignment's folder, never the submission's: a student
        // must not supply the instructor's check data. Only while they run, and only for reading.
        Path assignmentFolder = request.assignmentFolder().isEmpty() ? null : Path.of(request.assignmentFolder());
        Run helpers = run(() -> {
            if (assignmentFolder == null) in.run(assignment.helpers());
            else sandbox.whileReadingOnlyFrom(assignmentFolder, () -> in.run(assignment.helpers()));
        }, budget, assignment.scriptTimeout());
        if (helpers.error != null) notes.add(Messages.t("grade.note.helpers-failed", helpers.error));
        // Every test starts from this state: nothing one test binds, trains or steps reaches the next.
        Snapshot leftBehind = Snapshot.of(in);
        emit(ChildEvent.script(scriptStatus, script.error, scriptOutput, notes));

        int number = 0;
        for (Stmt.Test t : assignment.tests()) {
            number++;
            captured.reset();
            leftBehind.restore(in);
            in.reseed(assignment.seed());
            TestRecord record = new TestRecord();
            long start = System.nanoTime();
            Run r = run(() -> in.runTest(t.body(), record), budget, assignment.timeoutOf(t));
            long ms = (System.nanoTime() - start) / 1_000_000;
            TestScoring.Ending ending = r.ending == TestScoring.Ending.ERROR && record.assertion() != null
                    ? TestScoring.Ending.ASSERTION : r.ending;
            emit(ChildEvent.test(TestScoring.result(t, number, record, ending, r.error, captured.text(), ms)));
            if (r.stuck) return false;
        }
        emit(ChildEvent.done(!spent));
        return true;
    }

    /** How one phase ended; stuck: it ignored the interrupt, so the interpreter cannot run anything more. */
    private record Run(TestScoring.Ending ending, String error, boolean stuck) {}

    private Run run(Runnable body, Budget budget, Duration timeout) throws InterruptedException {
        budget.restart();
        String[] error = new String[1];
        TestScoring.Ending[] ending = {TestScoring.Ending.FINISHED};
        boolean[] timedOut = new boolean[1];
        Thread worker = new Thread(null, () -> {
            try {
                body.run();
            } catch (RuntimeError e) {
                if (timedOut[0]) {  // the budget's error for the deadline below: said as grading says a time limit
                    ending[0] = TestScoring.Ending.TIMEOUT;
                    error[0] = Messages.t("grade.feedback.time-limit", seconds(timeout));
                    return;
                }
                ending[0] = TestScoring.Ending.ERROR;
                error[0] = e.span() == null ? Messages.t("diagnostic.error") + ": " + e.getMessage() : DiagnosticPrinter.render(e.toDiagnostic());
            } catch (Budget.Interrupted | nn.tensor.parallel.ComputationInterruptedException i) {
                spent = true;
                ending[0] = timedOut[0] ? TestScoring.Ending.TIMEOUT : TestScoring.Ending.ERROR;
                error[0] = Messages.t("grade.feedback.time-limit", seconds(timeout));
            } catch (Diagnostic.Failure f) {
                ending[0] = TestScoring.Ending.ERROR;
                StringBuilder sb = new StringBuilder();
                f.diagnostics().forEach(d -> sb.append(DiagnosticPrinter.render(d)));
                error[0] = sb.toString();
            } catch (OutOfMemoryError oom) {
                spent = true;
                ending[0] = TestScoring.Ending.ERROR;
                error[0] = Messages.t("grade.feedback.memory-limit");
            } catch (StackOverflowError so) {
                spent = true;
                ending[0] = TestScoring.Ending.ERROR;
                error[0] = Messages.t("grade.feedback.recursion-limit");
            } catch (RuntimeException | Error bug) {
                spent = true;
                ending[0] = TestScoring.Ending.ERROR;
                error[0] = Messages.t("grade.feedback.internal-error", String.valueOf(bug));
            }
        }, "nn-grade", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        worker.join(timeout.toMillis());
        if (worker.isAlive()) {
            timedOut[0] = true;
            spent = true;
            budget.expire();  // so that no loop takes the interrupt for Ctrl-C (training would keep its weights and go on)
            worker.interrupt();
            worker.join(GRACE_MILLIS);
            if (worker.isAlive())
                return new Run(TestScoring.Ending.TIMEOUT, Messages.t("grade.feedback.time-limit", seconds(timeout)), true);
            // Whatever the body made of the interrupt, the run passed its time limit.
            if (ending[0] == TestScoring.Ending.FINISHED)
                return new Run(TestScoring.Ending.TIMEOUT, Messages.t("grade.feedback.time-limit", seconds(timeout)), false);
        }
        return new Run(ending[0], error[0], false);
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
