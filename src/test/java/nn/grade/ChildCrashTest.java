package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nn.lang.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grading child JVM killed from outside in the middle of a test (as the machine's out-of-memory killer
 * or an operator would): the tests it had reported keep their results, the rest are errors, and the
 * submission is a fault of the grader (grade again), never a zero for the student.
 */
class ChildCrashTest {
    @TempDir Path dir;

    /** The second test writes a marker of this run's own name (other builds may run this test beside it), then loops. */
    private final String marker = "crash-marker-" + java.util.UUID.randomUUID() + ".json";
    /** Grading children that were running before this test (other tests' warm ones): not this runner's. */
    private final java.util.Set<Long> before = children().map(ProcessHandle::pid).collect(java.util.stream.Collectors.toSet());

    private static java.util.stream.Stream<ProcessHandle> children() {
        return ProcessHandle.current().descendants()
                // Matched by an option near the start of a child's command line: the JDK reads only the first
                // page of a process's command line, and with a long class path the main class falls past it.
                .filter(p -> p.info().commandLine().orElse("").contains("-Dnn.portable=true"));  // one of ChildJvm.options()
    }

    private String assignment() {
        return """
            assignment "Crash" { timeout 60s; seed 1 }
            test "first" points 1 { expect x == 1 }
            test "second" points 1 {
              save net to "MARKER"
              while true { }
            }
            test "third" points 1 { expect x == 1 }
            """.replace("MARKER", marker);
    }

    /** Both ways of running children: a warm one (the default) and one JVM per submission. */
    @org.junit.jupiter.params.ParameterizedTest(name = "reuse JVMs: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    @Timeout(180)
    void aChildKilledMidTestKeepsItsFinishedTestsAndIsTheGradersFault(boolean reuse) throws Exception {
        Assignment a = Assignment.parse(new SourceFile("crash-assignment.nn", assignment()));
        Path sub = Files.createDirectories(dir.resolve("student"));
        Files.writeString(sub.resolve("hw.nn"), "x = 1\nnetwork net = 2 -> dense(1)\n");
        SubmissionRunner runner = new SubmissionRunner(a, reuse);
        CompletableFuture<SubmissionResult> grading = CompletableFuture.supplyAsync(() -> runner.grade("student", sub));

        ProcessHandle child = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child == null && System.nanoTime() < deadline) {
            child = runningSecondTest().orElse(null);
            if (child == null) Thread.sleep(50);
        }
        assertNotNull(child, "the child reached the second test");
        assertTrue(child.destroyForcibly());

        SubmissionResult r = grading.get(60, TimeUnit.SECONDS);
        assertEquals(SubmissionStatus.GRADER_ERROR, r.status(), r.message());
        assertTrue(r.message().contains("killed by signal 9"), r.message());
        assertEquals(TestStatus.PASSED, r.tests().get(0).status(), "the test it had finished keeps its result");
        assertEquals(TestStatus.ERROR, r.tests().get(1).status());
        assertEquals(TestStatus.ERROR, r.tests().get(2).status());
        assertTrue(r.tests().get(2).message().contains("a fault of the grader"), r.tests().get(2).message());
        assertTrue(r.instructorNotes().contains("the child JVM was killed by signal 9 after 1 of 3 tests had reported"), r.instructorNotes().toString());
        assertTrue(ClassSummary.text(a, java.util.List.of(r)).contains("grader-error"), "kept out of the statistics, not a zero");
        runner.close();
    }

    /**
     * The grading child, once the marker the second test writes is in a submission's copy (the folders
     * nn-grade-* in the temporary folder; a warm child's working folder is not the submission's).
     */
    private Optional<ProcessHandle> runningSecondTest() {
        try (var copies = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")), "nn-grade-*")) {
            boolean written = false;
            for (Path p : copies) written |= Files.exists(p.resolve(marker));
            if (!written) return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        return children().filter(p -> !before.contains(p.pid())).findFirst();
    }
}
