package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class of bad and hostile submissions graded with two jobs: each gets its own row and a clear status,
 * nobody else's result changes, and neither the assignment nor the results can be read or written by them.
 */
class IsolationTest {
    @TempDir
    static Path root;
    static Assignment assignment;
    static Map<String, SubmissionResult> results;
    static Path classDir, out, assignmentFile;
    static String assignmentText;

    private static void submission(String id, String source) throws IOException {
        Path d = classDir.resolve(id);
        Files.createDirectories(d);
        Files.writeString(d.resolve("hw.nn"), source);
    }

    @BeforeAll
    static void gradeTheClass() throws IOException {
        assignmentFile = root.resolve("quick-assignment.nn");
        Files.copy(Path.of("src/test/resources/grading/quick-assignment.nn"), assignmentFile);
        assignmentText = Files.readString(assignmentFile);
        assignment = Assignment.load(assignmentFile);
        classDir = root.resolve("class");
        Files.createDirectories(classDir);
        String and = "unit AND2 = threshold(weights = [1, 1], threshold = 2)\n";
        submission("right", and + "secret = 42\n");
        submission("reads-assignment", and + "x = csv(\"../../quick-assignment.nn\")\n");
        submission("reads-passwd", and + "x = csv(\"/etc/passwd\")\n");
        submission("writes-results", and + "network n = 2 -> dense(1)\nsave n to \"results.json\"\nsave n to \"../results.json\"\n");
        submission("loops", and + "while true { }\n");
        submission("recurses", and + "fn f(n) { return f(n + 1) }\nf(0)\n");
        submission("allocates", and + "big = zeros(100000, 100000)\n");
        submission("prints", and + "while true { print \"spam spam spam spam\" }\n");
        submission("syntax", "unit AND2 = threshold(weights = [1, 1] threshold = 2)\n");
        submission("shadows", and + "shared = 5\nsecret = 42\n");
        Files.createDirectories(classDir.resolve("empty"));
        Files.writeString(classDir.resolve("empty/notes.txt"), "no code");
        submission("several", and);
        Files.writeString(classDir.resolve("several/other.nn"), and);
        Files.createDirectories(classDir.resolve("latin1"));
        Files.write(classDir.resolve("latin1/hw.nn"), new byte[] {'x', ' ', '=', ' ', '"', (byte) 0xe9, '"', '\n'});
        Files.createDirectories(classDir.resolve("huge"));
        Files.write(classDir.resolve("huge/hw.nn"), new byte[50 << 20]);
        Files.writeString(classDir.resolve("single.nn"), and + "secret = 42\n");
        out = root.resolve("out");
        ClassGrader grader = new ClassGrader(assignment, new ClassGrader.Options(out, 2, false, 1, 1, List.of("junit"), null), System.err);
        List<SubmissionResult> list = grader.grade(ClassGrader.students(classDir, out));
        ClassGrader.writeClassFiles(assignment, list, out, List.of("junit"));
        results = list.stream().collect(Collectors.toMap(SubmissionResult::id, Function.identity()));
    }

    private static TestResult test(String id, int number) { return results.get(id).tests().get(number - 1); }

    @Test
    void everySubmissionHasItsRow() throws IOException {
        assertEquals(15, results.size());
        String csv = Files.readString(out.resolve("grades.csv"));
        assertEquals(17, csv.lines().count(), csv);
        assertTrue(Files.size(out.resolve("histogram.png")) > 100);
        assertTrue(Files.readString(out.resolve("summary.txt")).contains("15 submissions"));
        for (String id : results.keySet()) assertTrue(Files.isRegularFile(out.resolve("feedback").resolve(id + ".txt")), id);
    }

    @Test
    void aRightSubmissionLosesOnlyTheRunawayTest() {
        for (String id : List.of("right", "single")) {
            SubmissionResult r = results.get(id);
            assertEquals(SubmissionStatus.GRADED, r.status(), id);
            assertEquals(TestStatus.PASSED, test(id, 1).status());
            assertEquals(TestStatus.TIMEOUT, test(id, 2).status());
            assertEquals(TestStatus.PASSED, test(id, 4).status());
            assertEquals(2 + (test(id, 3).passed() ? 1 : 0), r.score(), 1e-9);
        }
    }

    @Test
    void everyRunDrawsTheSameRandomNumbers() {
        String draw = test("right", 3).output();
        assertFalse(draw.isBlank());
        for (String id : List.of("single", "loops", "shadows")) assertEquals(draw, test(id, 3).output(), id);
    }

    @Test
    void filesOutsideTheSubmissionAreRefused() {
        for (String id : List.of("reads-assignment", "reads-passwd", "writes-results")) {
            SubmissionResult r = results.get(id);
            assertEquals(SubmissionStatus.GRADED, r.status());
            assertTrue(r.message().contains("access refused"), id + ": " + r.message());
            // The student cannot pass --allow-dir to nn grade: the hint says where files go instead.
            assertTrue(r.message().contains("hint: a submission reads and writes files only inside its own folder"), id + ": " + r.message());
            assertFalse(r.message().contains("--"), id + " names a flag nn grade does not have: " + r.message());
            assertEquals(TestStatus.PASSED, test(id, 1).status(), "what it defined before still counts");
        }
        assertEquals(SubmissionStatus.GRADED, results.get("right").status(), "the forged result did not replace the right one");
    }

    @Test
    void theAssignmentAndOtherResultsAreUnchanged() throws IOException {
        assertEquals(assignmentText, Files.readString(assignmentFile));
        assertTrue(Files.readString(out.resolve("results/right.json")).contains("\"id\": \"right\""));
        assertFalse(Files.exists(classDir.resolve("writes-results/results.json")), "it wrote into its own copy only");
    }

    @Test
    void runawaySubmissionsAreStoppedByTheirBudgetsAndStillScored() throws IOException {
        // Graded apart from the class, whose 3 s time limit a loaded machine (load average 20 on 2 cores) can reach
        // before these budgets: here the wall time (60 s a run) is far beyond what the budgets need, so each
        // runaway must end at its own budget, with the place and a hint; one that did not would be a timeout.
        Path file = root.resolve("runaway-assignment.nn");
        Files.copy(Path.of("src/test/resources/grading/runaway-assignment.nn"), file);
        Assignment runaway = Assignment.load(file);
        Path dir = root.resolve("runaway-class"), runawayOut = root.resolve("runaway-out");
        String and = "unit AND2 = threshold(weights = [1, 1], threshold = 2)\n";
        Map<String, String> sources = Map.of(
                "loops", and + "while true { }\n",
                "recurses", and + "fn f(n) { return f(n + 1) }\nf(0)\n",
                "allocates", and + "big = zeros(100000, 100000)\n",
                "prints", and + "while true { print \"spam spam spam spam\" }\n");
        for (var e : sources.entrySet()) {
            Files.createDirectories(dir.resolve(e.getKey()));
            Files.writeString(dir.resolve(e.getKey()).resolve("hw.nn"), e.getValue());
        }
        ClassGrader grader = new ClassGrader(runaway, new ClassGrader.Options(runawayOut, 2, false, 1, 1, List.of(), null), System.err);
        Map<String, SubmissionResult> ran = grader.grade(ClassGrader.students(dir, runawayOut)).stream()
                .collect(Collectors.toMap(SubmissionResult::id, Function.identity()));
        Map<String, String> budgets = Map.of("loops", "step budget exceeded", "recurses", "recursion budget exceeded",
                "allocates", "memory budget exceeded", "prints", "output budget exceeded");
        assertEquals(budgets.keySet(), ran.keySet());
        for (var b : budgets.entrySet()) {
            SubmissionResult r = ran.get(b.getKey());
            assertEquals(SubmissionStatus.GRADED, r.status(), b.getKey() + ": " + r.message());
            assertTrue(r.message().contains(b.getValue()) && r.message().contains("hw.nn:"), b.getKey() + ": " + r.message());
            // The assignment sets these budgets: the hint points at the code, never at nn's --max-… flags.
            assertTrue(r.message().contains("hint: "), b.getKey() + ": " + r.message());
            assertFalse(r.message().contains("--") || r.message().contains("NN_HEAP"), b.getKey() + " names a flag: " + r.message());
            assertEquals(TestStatus.PASSED, r.tests().get(0).status(), b.getKey() + " still scores what it defined before");
            assertEquals(1, r.score(), 1e-9, b.getKey());
        }
    }

    @Test
    void unusableSubmissionsSayWhy() {
        assertEquals(SubmissionStatus.SYNTAX_ERROR, results.get("syntax").status());
        assertTrue(results.get("syntax").message().contains("hw.nn:1:"));
        assertEquals(SubmissionStatus.SYNTAX_ERROR, results.get("latin1").status());
        assertTrue(results.get("latin1").message().contains("UTF-8"), results.get("latin1").message());
        assertEquals(SubmissionStatus.INVALID, results.get("empty").status());
        assertEquals("the submission has no .nn file", results.get("empty").message());
        assertEquals(SubmissionStatus.INVALID, results.get("several").status());
        assertTrue(results.get("several").message().contains("several .nn files (hw.nn, other.nn)"));
        assertEquals(SubmissionStatus.INVALID, results.get("huge").status());
        assertTrue(results.get("huge").message().contains("at most 1 MB"), results.get("huge").message());
    }

    @Test
    void aNameBothDefineIsReportedToTheInstructorAndTheAssignmentsWins() {
        SubmissionResult r = results.get("shadows");
        assertEquals(List.of("the submission and the assignment both define shared; the tests use the assignment's"), r.instructorNotes());
        assertTrue(r.tests().stream().noneMatch(t -> t.studentMessage().contains("shared")));
    }

    @Test
    void hiddenTestsShowOnlyTheInstructorsMessage() {
        TestResult hidden = test("loops", 4);
        assertEquals(TestStatus.ERROR, hidden.status());
        assertEquals("the test stopped with an error", hidden.studentMessage());
        assertTrue(hidden.message().contains("undefined name 'secret'"));
        TestResult failed = test("syntax", 4);
        assertFalse(failed.studentMessage().contains("42"));
    }

    @Test
    void anUnchangedSubmissionIsNotGradedAgain() throws IOException {
        ClassGrader again = new ClassGrader(assignment, new ClassGrader.Options(out, 1, false, 1, 1, List.of(), null), System.err);
        var before = results.get("right");
        var after = again.grade(List.of(new ClassGrader.Student("right", classDir.resolve("right")))).get(0);
        assertEquals(before, after, "the saved result, not a new grading (its time would differ)");
    }

    @Test
    void shardsSliceTheClassInAStableOrderAndMergeBack() throws IOException {
        List<ClassGrader.Student> all = ClassGrader.students(classDir, out);
        List<ClassGrader.Student> first = ClassGrader.shard(all, 1, 3), second = ClassGrader.shard(all, 2, 3), third = ClassGrader.shard(all, 3, 3);
        assertEquals(all.size(), first.size() + second.size() + third.size());
        assertEquals(all.get(1), second.get(0));
        List<SubmissionResult> merged = ClassGrader.readResults(List.of(out), assignment);
        assertEquals(15, merged.size());
        assertEquals(results.get("right").score(), merged.stream().filter(r -> r.id().equals("right")).findFirst().orElseThrow().score());
    }
}
