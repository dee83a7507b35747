package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nn grade's exit statuses and messages: 0 whatever the score, 64 usage, 65 an assignment with errors. */
class GradeCommandTest {
    @TempDir Path dir;

    private record Run(int status, String out, String err) {}

    private static Run nn(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int status = Main.execute(args);
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test void anAssignmentWithAnErrorIsReportedBeforeAnySubmissionRuns() throws IOException {
        Path a = Files.writeString(dir.resolve("hw.nn"), "test \"a\" points 2 {\n  expect x = 1\n}\n");
        Run r = nn("grade", a.toString(), "samples/grading/submissions/alice");
        assertEquals(65, r.status());
        assertTrue(r.err().startsWith("hw.nn:2:12: error: '=' assigns; a condition compares\n    expect x = 1\n             ^\n"), r.err());
    }

    @Test void aTestWithoutPointsIsAClearError() throws IOException {
        Path a = Files.writeString(dir.resolve("hw.nn"), "test \"AND\" { expect 1 == 1 }\n");
        Run r = nn("grade", a.toString(), "samples/grading/submissions/alice");
        assertEquals(65, r.status());
        assertTrue(r.err().contains("hw.nn:1:6: error: the test \"AND\" has no points"), r.err());
        assertTrue(r.err().contains("hint: say what it is worth"), r.err());
    }

    @Test void unknownFormatAndMissingSubmissionAreUsageErrors() {
        assertEquals(64, nn("grade", "samples/grading/hw2-assignment.nn", "samples/grading/submissions/alice", "--format", "pdf").status());
        Run r = nn("grade", "samples/grading/hw2-assignment.nn", dir.resolve("nobody").toString());
        assertEquals(64, r.status());
        assertTrue(r.err().contains("no such submission"), r.err());
        assertEquals(64, nn("grade", "samples/grading/hw2-assignment.nn", "samples/grading/submissions", "--shard", "3/2").status());
    }

    @Test void aSubmissionThatDoesNotParseStillExitsZero() {
        Run r = nn("grade", "samples/grading/hw2-assignment.nn", "samples/grading/submissions/carol");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("total: 0 / 15 points (0.0%) · syntax-error"), r.out());
    }
}
