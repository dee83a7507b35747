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

    private static final String ASSIGNMENT = """
            assignment "Crash" { timeout 60s; seed 1 }
            test "first" points 1 { expect x == 1 }
            test "second" points 1 {
              save net to "crash-marker.json"
              while true { }
            }
            test "third" points 1 { expect x == 1 }
            """;

    @Test
    @Timeout(180)
    void aChildKilledMidTestKeepsItsFinishedTestsAndIsTheGradersFault() throws Exception {
        Assignment a = Assignment.parse(new SourceFile("crash-assignment.nn", ASSIGNMENT));
        Path sub = Files.createDirectories(dir.resolve("student"));
        Files.writeString(sub.resolve("hw.nn"), "x = 1\nnetwork net = 2 -> dense(1)\n");
        CompletableFuture<SubmissionResult> grading = CompletableFuture.supplyAsync(() -> new SubmissionRunner(a).grade("student", sub));

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
    }

    /** The grading child whose folder holds the marker the second test writes before it loops. */
    private static Optional<ProcessHandle> runningSecondTest() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(ChildMain.class.getName()))
                .filter(p -> {
                    try {
                        Path cwd = Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "cwd"));
                        return Files.exists(cwd.resolve("crash-marker.json"));
                    } catch (IOException | UnsupportedOperationException e) {
                        return false;
                    }
                })
                .findFirst();
    }
}
