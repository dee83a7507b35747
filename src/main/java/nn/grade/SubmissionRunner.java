package nn.grade;

import nn.i18n.Messages;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nn.lang.ast.Stmt;

/**
 * Grades one submission in a child JVM, killed from outside when it passes its wall-clock limit. Tests
 * arrive one JSON line at a time as they finish; a child that dies loses only the tests it had not
 * reported, which are then marked timeout or error here, in the parent. Children are kept warm between
 * submissions ({@link ChildPool}) unless {@code reuse} is off; close the runner to stop them.
 */
public final class SubmissionRunner implements AutoCloseable {
    private final Assignment assignment;
    private final Gson gson = new Gson();
    private final ChildPool pool;

    /** A runner for {@code assignment} whose children grade several submissions each. */
    public SubmissionRunner(Assignment assignment) { this(assignment, true); }

    /**
     * A runner for {@code assignment}; {@code reuse} false gives every submission a JVM of its own. The
     * children's start-up archive is made here when missing (once per build).
     */
    public SubmissionRunner(Assignment assignment, boolean reuse) {
        this.assignment = assignment;
        Path archive = ChildArchive.get(ChildJvm.options(), System.err);
        this.pool = new ChildPool(ChildJvm.command(assignment.memory(), archive), reuse);
    }

    /** How many child JVMs this runner has started so far. */
    int childrenStarted() { return pool.started(); }

    /** Stops the children waiting for another submission. */
    @Override
    public void close() { pool.close(); }

    public SubmissionResult grade(String id, Path submission) {
        long start = System.nanoTime();
        String hash;
        try {
            hash = SubmissionFiles.hash(submission);
        } catch (IOException e) {
            return refused(id, null, Messages.t("grade.feedback.unreadable", nn.io.IoReasons.of(e)), start, null);
        }
        Path work = null;
        try {
            Path chosen = SubmissionFiles.choose(submission, assignment.settings().submission());
            work = Files.createTempDirectory("nn-grade-");
            String file = SubmissionFiles.copy(submission, chosen, work);
            return runChild(id, file, work, start, hash);
        } catch (SubmissionFiles.Refused r) {
            return refused(id, null, r.getMessage(), start, hash);
        } catch (IOException e) {
            return graderError(id, null, Messages.t("grade.feedback.cannot-prepare", nn.io.IoReasons.of(e)), start, hash);
        } finally {
            if (work != null) SubmissionFiles.deleteTree(work);
        }
    }

    private SubmissionResult runChild(String id, String file, Path work, long start, String hash) {
        ChildWorker child;
        try {
            child = pool.take(work);
        } catch (IOException e) {
            return graderError(id, file, Messages.t("grade.feedback.cannot-start", nn.io.IoReasons.said(e)), start, hash);
        }
        // the child may die at once; what it reported (nothing) is judged below
        child.send(ChildProtocol.request(new ChildRequest(assignment.source().name(), assignment.source().text(), work.toString(), file,
                assignment.folder() == null ? "" : assignment.folder().toString())));
        Collected got = new Collected();
        boolean killed = false;
        long deadline = System.nanoTime() + assignment.wallLimit().toNanos();
        try {
            while (!got.done) {
                String line = child.next(deadline);
                if (line == null) {
                    if (!child.ended()) {
                        killed = true;
                        child.kill();
                    }
                    break;
                }
                take(line, got);
            }
        } catch (InterruptedException e) {
            killed = true;
            child.kill();
            Thread.currentThread().interrupt();
        }
        int exit = got.done ? 0 : child.exitStatus();
        pool.give(child, got.done && got.reusable && !killed);
        return assemble(id, file, got, killed, exit, start, hash);
    }

    /** What the child reported, in order. */
    private static final class Collected {
        ChildEvent script;
        final List<TestResult> tests = new ArrayList<>();
        boolean done;
        boolean reusable;
    }

    private void take(String line, Collected got) {
        ChildEvent e;
        try {
            e = gson.fromJson(line, ChildEvent.class);
        } catch (JsonParseException bad) {
            return;  // only the child's protocol writes here; a bad line is dropped, not trusted
        }
        if (e == null || e.kind() == null) return;
        switch (e.kind()) {
            case "script" -> got.script = e;
            case "test" -> { if (e.test() != null && got.tests.size() < assignment.tests().size()) got.tests.add(e.test()); }
            case "done" -> {
                got.done = true;
                got.reusable = "reusable".equals(e.status());
            }
            default -> { }
        }
    }

    private SubmissionResult assemble(String id, String file, Collected got, boolean killed, int exit, long start, String hash) {
        synchronized (got) {
            List<String> notes = new ArrayList<>();
            String output = "";
            String message = null;
            if (got.script != null) {
                if (got.script.notes() != null) notes.addAll(got.script.notes());
                output = Capped.text(got.script.output(), ChildMain.OUTPUT_CAP);
                if ("syntax-error".equals(got.script.status())) {
                    return new SubmissionResult(id, file, SubmissionStatus.SYNTAX_ERROR, got.script.message(), "",
                            notRun(Messages.t("grade.feedback.not-run-syntax"), TestStatus.ERROR), notes, millis(start), hash);
                }
                if (got.script.message() != null)
                    message = ("timeout".equals(got.script.status()) ? Messages.t("grade.feedback.script-timeout", ChildMain.seconds(assignment.scriptTimeout()))
                            : got.script.message().strip()) + "\n" + Messages.t("grade.feedback.tests-ran-anyway");
            }
            List<TestResult> tests = new ArrayList<>(got.tests);
            SubmissionStatus status = SubmissionStatus.GRADED;
            if (!got.done) {
                // Killed by a signal that was not ours (the machine's out-of-memory killer, an operator, a crash
                // of the JVM itself): nothing the submission can do causes that, so it is the grader's fault.
                boolean signalled = !killed && exit > 128;
                status = killed ? SubmissionStatus.TIMEOUT : signalled ? SubmissionStatus.GRADER_ERROR : SubmissionStatus.CRASHED;
                String why = killed ? Messages.t("grade.feedback.wall-limit", ChildMain.seconds(assignment.wallLimit()))
                        : signalled ? Messages.t("grade.feedback.signalled", exit - 128)
                        : Messages.t("grade.feedback.child-stopped", exit, assignment.memory() >> 20);
                if (signalled) notes.add(Messages.t("grade.note.signalled", exit - 128, tests.size(), assignment.tests().size()));
                if (got.script == null && !killed && exit != 0 && exit != 3 && exit != 1)
                    notes.add(Messages.t("grade.note.silent-exit", exit));
                for (int i = tests.size(); i < assignment.tests().size(); i++) {
                    Stmt.Test t = assignment.tests().get(i);
                    tests.add(new TestResult(t.name(), i + 1, t.points(), 0, killed ? TestStatus.TIMEOUT : TestStatus.ERROR,
                            why, why, "", t.hidden(), TestScoring.visibility(t.visibility()), t.span().line(), 0));
                }
                if (message == null) message = why;
            }
            return new SubmissionResult(id, file, status, message, output, tests, notes, millis(start), hash);
        }
    }

    private List<TestResult> notRun(String why, TestStatus status) {
        List<TestResult> out = new ArrayList<>();
        int n = 0;
        for (Stmt.Test t : assignment.tests())
            out.add(new TestResult(t.name(), ++n, t.points(), 0, status, why, why, "", t.hidden(),
                    TestScoring.visibility(t.visibility()), t.span().line(), 0));
        return out;
    }

    private SubmissionResult refused(String id, String file, String why, long start, String hash) {
        return new SubmissionResult(id, file, SubmissionStatus.INVALID, why, "", notRun(Messages.t("grade.feedback.not-run", why), TestStatus.ERROR),
                List.of(), millis(start), hash);
    }

    private SubmissionResult graderError(String id, String file, String why, long start, String hash) {
        return new SubmissionResult(id, file, SubmissionStatus.GRADER_ERROR, why, "",
                notRun(Messages.t("grade.feedback.not-graded"), TestStatus.ERROR),
                List.of(why), millis(start), hash);
    }

    private static long millis(long start) { return (System.nanoTime() - start) / 1_000_000; }
}
