package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nn.lang.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warm grading children ({@link ChildPool}): one JVM grades several submissions in turn, and a submission
 * that changes everything it can reach still leaves the next one the very result it gets when graded
 * alone in a JVM of its own; a run that ends badly (a timeout) retires its JVM.
 */
class ChildPoolTest {
    @TempDir Path dir;

    @Test
    void requestsFollowOneAnotherOnOneStream() throws IOException {
        ChildRequest a = new ChildRequest("a.nn", "test \"t\" points 1 { expect 1 == 1 }\n", "/tmp/one", "hw.nn");
        ChildRequest b = new ChildRequest("b\n.nn", "🙂\n12\nx", "/tmp/two", "hw2.nn");
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes(ChildProtocol.request(a));
        wire.writeBytes(ChildProtocol.request(b));
        Reader in = ChildProtocol.requests(new ByteArrayInputStream(wire.toByteArray()));
        assertEquals(a, ChildProtocol.readRequest(in));
        assertEquals(b, ChildProtocol.readRequest(in));
        assertNull(ChildProtocol.readRequest(in), "the end of the stream ends the child's loop");
    }

    /** Does what a script can to leave something behind: files, clashing names, a trained network, output, an error. */
    private static final String CORRUPTER = """
            # defines every name the tests read, wrongly, and one the assignment defines too
            unit AND2 = threshold(weights = [1, 1], threshold = 1)
            unit OR2 = threshold(weights = [1, 1], threshold = 5)
            xor_check = 7
            network xornet = 2 -> dense(4, tanh) -> dense(1, sigmoid)
            data = { [0, 0] -> 1; [0, 1] -> 1; [1, 0] -> 1; [1, 1] -> 1 }
            train xornet on data { loss mse; optimizer sgd(lr = 0.5); epochs 200 }
            save xornet to "results.json"
            save xornet to "hw2.nn.json"
            for i in 1..300 { print "noise", i }
            prediction = 1 / 0
            """;

    @Test
    @Timeout(600)
    void aSubmissionThatChangesWhatItCanLeavesTheNextItsResultAlone() throws IOException {
        Path subs = GradedSamples.DIR.resolve("submissions");
        Path corrupter = Files.createDirectories(dir.resolve("corrupter"));
        Files.writeString(corrupter.resolve("hw2.nn"), CORRUPTER);
        List<String> order = List.of("alice", "corrupter", "bob", "carol", "corrupter", "eve", "alice");
        List<SubmissionResult> warm = new ArrayList<>();
        int started;
        try (SubmissionRunner runner = new SubmissionRunner(GradedSamples.ASSIGNMENT, true)) {
            for (String id : order) warm.add(GradedSamples.timeless(runner.grade(id, id.equals("corrupter") ? corrupter : subs.resolve(id))));
            started = runner.childrenStarted();
        }
        assertEquals(1, started, "one warm JVM graded all seven");
        try (SubmissionRunner alone = new SubmissionRunner(GradedSamples.ASSIGNMENT, false)) {
            for (String id : List.of("alice", "bob", "carol", "eve", "corrupter")) {
                SubmissionResult fresh = GradedSamples.timeless(alone.grade(id, id.equals("corrupter") ? corrupter : subs.resolve(id)));
                for (int i = 0; i < order.size(); i++)
                    if (order.get(i).equals(id)) assertEquals(fresh, warm.get(i), id + " graded " + (i + 1) + "th in a warm JVM");
            }
            assertEquals(5, alone.childrenStarted(), "--jvm-per-submission starts one JVM per submission");
        }
        assertEquals(15, warm.get(0).score(), "alice's full marks");
        assertTrue(warm.get(1).score() < 15, "the corrupter is graded on its own (wrong) definitions");
    }

    @Test
    @Timeout(300)
    void aRunThatTimesOutRetiresItsJvm() throws IOException {
        Assignment a = Assignment.parse(new SourceFile("loop-assignment.nn", """
                assignment "Loops" { timeout 2s; seed 1 }
                test "x is 1" points 1 { expect x == 1 }
                test "spins when x is 2" points 1 timeout 1s {
                  if x == 2 { while true { } }
                }
                """));
        Path good = submission("good", "x = 1\n");
        Path spinner = submission("spinner", "x = 2\n");
        Path looping = submission("looping", "x = 1\nwhile true { }\n");
        try (SubmissionRunner runner = new SubmissionRunner(a, true)) {
            SubmissionResult first = GradedSamples.timeless(runner.grade("good", good));
            assertEquals(List.of(TestStatus.PASSED, TestStatus.PASSED), first.tests().stream().map(TestResult::status).toList());
            assertEquals(first, GradedSamples.timeless(runner.grade("good", good)));
            assertEquals(1, runner.childrenStarted(), "a clean run leaves its JVM for the next");
            SubmissionResult spun = runner.grade("spinner", spinner);
            assertEquals(TestStatus.TIMEOUT, spun.tests().get(1).status());
            assertEquals(first, GradedSamples.timeless(runner.grade("good", good)));
            assertEquals(2, runner.childrenStarted(), "a test that timed out retires its JVM");
            SubmissionResult looped = runner.grade("looping", looping);
            assertTrue(looped.message().contains("ran past"), looped.message());
            assertEquals(first, GradedSamples.timeless(runner.grade("good", good)), "after a script that never ends");
            assertEquals(3, runner.childrenStarted(), "a script that timed out retires its JVM");
        }
    }

    private Path submission(String name, String text) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("hw.nn"), text);
        return d;
    }
}
