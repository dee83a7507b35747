package nn.grade;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nn.lang.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A student's folder name is the student's to choose: an escape sequence in it never reaches the instructor's terminal. */
class StudentNamesTest {
    private static final String NAME = "ev\u001b[2Jil";

    @Test
    void theReportHeadingShowsControlCharactersAsSymbols() {
        Assignment a = Assignment.parse(new SourceFile("hw.nn", "assignment \"HW\"\ntest \"T\" points 1 { expect 1 == 1 }\n"));
        SubmissionResult r = new SubmissionResult(NAME, "hw\u0007.nn", SubmissionStatus.GRADED, null, "", List.of(
                new TestResult("T", 1, 1, 1, TestStatus.PASSED, "", "", "", false, "visible", 2, 5)), List.of(), 10, "h");
        String report = TextReport.write(a, r, true);
        assertTrue(report.startsWith("HW — ev\u241b[2Jil (hw\u2407.nn)\n"), report);
        assertFalse(report.contains("\u001b") || report.contains("\u0007"), report);
    }

    /** A value the submission defined reaches the messages ("right side is …"): its escape sequences are made visible too. */
    @Test
    void comparedValuesAndMessagesShowControlCharactersAsSymbols(@TempDir Path dir) throws Exception {
        Path assignmentFile = Files.writeString(dir.resolve("a.nn"), "assignment \"A\" { submission \"hw.nn\" }\n"
                + "test \"y\" points 1 { expect 4 == s, \"y\" }\n");
        Path cls = Files.createDirectories(dir.resolve("class").resolve("ann"));
        Files.writeString(cls.resolve("hw.nn"), "s = \"a\u001b[2J\u001b[31mPASSED\u0007\"\n");
        Path out = dir.resolve("out");
        Assignment a = Assignment.load(assignmentFile);
        List<SubmissionResult> results = new ClassGrader(a, new ClassGrader.Options(out, 1, false, 1, 1, List.of("text", "gradescope"), null),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).grade(ClassGrader.students(dir.resolve("class"), out));
        String report = TextReport.write(a, results.get(0), false);
        assertTrue(report.contains("right side is a\u241b[2J\u241b[31mPASSED\u2407"), report);
        for (Path f : List.of(out.resolve("feedback/ann.txt"), out.resolve("text/ann.txt"), out.resolve("gradescope/ann.json"), out.resolve("results/ann.json"))) {
            String text = Files.readString(f);
            assertFalse(text.contains("\u001b") || text.contains("\\u001b") || text.contains("\u0007") || text.contains("\\u0007"), f + ": " + text);
        }
    }

    @Test
    void theProgressLineShowsThemToo(@TempDir Path dir) throws Exception {
        Path assignmentFile = Files.writeString(dir.resolve("a.nn"), "assignment \"HW\"\ntest \"T\" points 1 { expect 1 == 1 }\n");
        Files.createDirectories(dir.resolve("class").resolve(NAME));
        Files.writeString(dir.resolve("class").resolve(NAME).resolve("hw.nn"), "x = 1\n");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        Path out = dir.resolve("out");
        new ClassGrader(Assignment.load(assignmentFile), new ClassGrader.Options(out, 1, false, 1, 1, List.of(), null),
                new PrintStream(progress, true, StandardCharsets.UTF_8)).grade(ClassGrader.students(dir.resolve("class"), out));
        String said = progress.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("[1/1] ev\u241b[2Jil: 1 / 1"), said);
        assertFalse(said.contains("\u001b"), said);
    }
}
