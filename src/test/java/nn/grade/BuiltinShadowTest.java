package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A submission that redefines a builtin the tests call gains nothing: the tests call nn's own, and the instructor is told. */
class BuiltinShadowTest {
    @TempDir Path root;

    @Test
    void testsCallTheBuiltinsWhateverTheSubmissionDefined() throws IOException {
        Path assignmentFile = root.resolve("a.nn");
        Files.writeString(assignmentFile, """
                assignment "A" { submission "hw.nn" }
                test "four" points 1 { expect len(ws) == 4, "four weights" }
                test "close" points 1 { expect abs(o - 0.191) < 0.001, f"output {round(o, 3)}" }
                test "mean is the student's" points 1 { expect mean == 2, "mean" }
                """);
        Path classDir = root.resolve("class");
        Files.createDirectories(classDir.resolve("cheat"));
        Files.writeString(classDir.resolve("cheat/hw.nn"),
                "fn len(x) { return 4 }\nfn abs(x) { return 0 }\nfn round(x, d) { return 0.191 }\nws = 0\no = 5\nmean = 2\n");
        Files.createDirectories(classDir.resolve("honest"));
        Files.writeString(classDir.resolve("honest/hw.nn"), "ws = [[1], [2], [3], [4]]\no = 0.1912\nmean = 2\n");
        Path out = root.resolve("out");
        Assignment assignment = Assignment.load(assignmentFile);
        ClassGrader grader = new ClassGrader(assignment, new ClassGrader.Options(out, 1, false, 1, 1, List.of("junit"), null), System.err);
        Map<String, SubmissionResult> results = grader.grade(ClassGrader.students(classDir, out)).stream()
                .collect(Collectors.toMap(SubmissionResult::id, Function.identity()));
        SubmissionResult cheat = results.get("cheat"), honest = results.get("honest");
        assertEquals(List.of(TestStatus.ERROR, TestStatus.FAILED, TestStatus.PASSED), cheat.tests().stream().map(TestResult::status).toList(),
                cheat.tests().toString());
        assertEquals(List.of("the submission redefines abs, len, round, which the tests call; the tests use nn's own"), cheat.instructorNotes());
        assertEquals(3, honest.score(), 1e-9, honest.tests().toString());
        assertEquals(List.of(), honest.instructorNotes());
    }
}
