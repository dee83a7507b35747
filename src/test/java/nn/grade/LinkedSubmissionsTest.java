package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links in a class folder are never followed (they could point anywhere: /etc, /dev/zero, another student's
 * folder), and never skipped in silence either: each is a student whose submission is refused with the reason.
 */
class LinkedSubmissionsTest {
    @TempDir Path dir;

    @Test
    void aLinkedFolderOrFileIsAStudentRefusedWithTheReason() throws Exception {
        Path classDir = Files.createDirectories(dir.resolve("class"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("hw.nn"), "print 1\n");
        Files.createDirectories(classDir.resolve("ana"));
        Files.writeString(classDir.resolve("ana/hw.nn"), "print 1\n");
        Files.createSymbolicLink(classDir.resolve("ben"), elsewhere);
        Files.createSymbolicLink(classDir.resolve("cai.nn"), elsewhere.resolve("hw.nn"));
        Files.createDirectories(classDir.resolve("dan"));
        Files.createSymbolicLink(classDir.resolve("dan/hw.nn"), elsewhere.resolve("hw.nn"));

        List<String> names = ClassGrader.students(classDir, null).stream().map(ClassGrader.Student::id).toList();
        assertEquals(List.of("ana", "ben", "cai", "dan"), names);
        assertEquals("the submission is a link; nn grade does not follow links (they could point anywhere): copy the files themselves into the class folder",
                assertThrows(SubmissionFiles.Refused.class, () -> SubmissionFiles.choose(classDir.resolve("ben"), null)).getMessage());
        assertEquals("the submission is a link; nn grade does not follow links (they could point anywhere): copy the files themselves into the class folder",
                assertThrows(SubmissionFiles.Refused.class, () -> SubmissionFiles.choose(classDir.resolve("cai.nn"), null)).getMessage());
        assertEquals("hw.nn is a link; nn grade does not follow links (they could point anywhere): submit the file itself",
                assertThrows(SubmissionFiles.Refused.class, () -> SubmissionFiles.choose(classDir.resolve("dan"), "hw.nn")).getMessage());
        assertEquals(classDir.resolve("ana/hw.nn"), SubmissionFiles.choose(classDir.resolve("ana"), "hw.nn"));
    }

    @Test
    @Timeout(10)
    void theChangeCheckDoesNotReadThroughALink() throws IOException {
        Path zero = dir.resolve("zero.nn");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        assertEquals(SubmissionFiles.hash(dir.resolve("missing")), SubmissionFiles.hash(zero), "a link hashes as nothing");
    }
}
