package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class's output files are named after the students' ids: a name that is long, or that another id
 * sanitises to, never stops the run or overwrites another student's feedback; the listing says what it skips
 * or renames.
 */
class ClassFileNamesTest {
    @Test
    void plainIdsKeepTheirNameAndOthersGetAStableHash() {
        assertEquals("bob", ClassGrader.fileName("bob"));
        assertEquals("hw2.v1_final-x", ClassGrader.fileName("hw2.v1_final-x"));
        String spaced = ClassGrader.fileName("a b");
        assertTrue(spaced.matches("a_b-[0-9a-f]{12}"), spaced);
        assertEquals(spaced, ClassGrader.fileName("a b"));                 // the same on every run and shard
        assertNotEquals(ClassGrader.fileName("a_b"), spaced);
        assertNotEquals(ClassGrader.fileName("a?b"), spaced);
        assertTrue(ClassGrader.fileName(".x").startsWith("_.x-"));
        // A plain id that ends like a hash gets one of its own, so it cannot take another id's name.
        assertNotEquals(spaced, ClassGrader.fileName(spaced));
        String longId = "a".repeat(252), longer = "a".repeat(253), wide = "é".repeat(200);
        for (String id : List.of(longId, longer, wide))
            assertTrue(ClassGrader.fileName(id).getBytes(StandardCharsets.UTF_8).length <= 110, id);
        assertNotEquals(ClassGrader.fileName(longId), ClassGrader.fileName(longer));
    }

    @Test
    void aLongIdAndIdsThatSanitiseAlikeAreAllGradedIntoFilesOfTheirOwn(@TempDir Path dir) throws Exception {
        Path assignmentFile = Files.writeString(dir.resolve("a.nn"),
                "assignment \"A\" { submission \"hw.nn\" }\ntest \"x\" points 1 { expect x == 3 }\n");
        Path cls = dir.resolve("class");
        for (String id : List.of("a".repeat(252), "a b", "a_b", "zed", ".hidden", ".git")) Files.createDirectories(cls.resolve(id));
        Files.writeString(cls.resolve("a".repeat(252)).resolve("hw.nn"), "x = 3\n");
        Files.writeString(cls.resolve("a b").resolve("hw.nn"), "x = 3\n");
        Files.writeString(cls.resolve("a_b").resolve("hw.nn"), "x = 0\n");
        Files.writeString(cls.resolve("zed").resolve("hw.nn"), "x = 3\n");
        Files.writeString(cls.resolve("zed.nn"), "x = 0\n");
        Files.writeString(cls.resolve(".hidden").resolve("hw.nn"), "x = 3\n");
        Files.writeString(cls.resolve(".git").resolve("config"), "[core]\n");
        List<String> warnings = new ArrayList<>();
        Path out = dir.resolve("out");
        List<ClassGrader.Student> students = ClassGrader.students(cls, out, warnings::add);
        assertEquals(List.of("a b", "a_b", "a".repeat(252), "zed", "zed.nn"),
                students.stream().map(ClassGrader.Student::id).sorted().toList());
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(".hidden is hidden") && warnings.get(0).contains("hw.nn"), warnings.get(0));
        assertTrue(warnings.get(1).contains("zed") && warnings.get(1).contains("zed.nn"), warnings.get(1));

        Assignment a = Assignment.load(assignmentFile);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        ClassGrader.Options options = new ClassGrader.Options(out, 1, false, 1, 1, List.of("gradescope"), null);
        List<SubmissionResult> results = new ClassGrader(a, options, new PrintStream(progress, true, StandardCharsets.UTF_8)).grade(students);
        ClassGrader.writeClassFiles(a, results, out, List.of());
        assertEquals(5, names(out.resolve("feedback")).size());
        assertEquals(5, names(out.resolve("results")).size());
        assertEquals(5, names(out.resolve("gradescope")).size());
        String csv = Files.readString(out.resolve("grades.csv"));
        assertTrue(csv.contains("\n" + "a".repeat(252) + ",1,1,"), csv);   // the real id, not the file name
        assertTrue(csv.contains("\na b,1,1,") && csv.contains("\na_b,0,0,") && csv.contains("\nzed,1,1,") && csv.contains("\nzed.nn,0,0,"), csv);

        // A second run finds every saved result: nothing collided, so nothing is graded again.
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new ClassGrader(a, options, new PrintStream(again, true, StandardCharsets.UTF_8)).grade(students);
        String said = again.toString(StandardCharsets.UTF_8);
        assertEquals(5, said.lines().filter(l -> l.contains("(unchanged, not graded again)")).count(), said);
    }

    private static Set<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }
}
