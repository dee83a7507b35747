package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nn.i18n.Lang;
import nn.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Words a student or instructor reads that must say what actually happened. */
class FeedbackWordingTest {
    /** A file over the limit says its real size, never rounded down to the limit itself. */
    @Test
    void anOversizedFileSaysItsRealSize(@TempDir Path dir) throws Exception {
        assertEquals("1.9 MB", SubmissionFiles.size(2_000_000));
        assertEquals("2.0 MB", SubmissionFiles.size(2L << 20));
        assertEquals("1048577 bytes", SubmissionFiles.size((1L << 20) + 1));
        Path hw = Files.write(dir.resolve("hw.nn"), new byte[2_000_000]);
        SubmissionFiles.Refused r = org.junit.jupiter.api.Assertions.assertThrows(SubmissionFiles.Refused.class,
                () -> SubmissionFiles.copy(hw, hw, Files.createDirectories(dir.resolve("copy"))));
        assertEquals("hw.nn is 1.9 MB; a submission's .nn file may hold at most 1 MB (1048576 bytes)", r.getMessage());
    }

    /** Gradescope does not grade again by itself: a grader error asks for it, in both languages. */
    @Test
    void aGraderErrorAsksTheStudentToHaveItGradedAgain() {
        Lang was = Messages.lang();
        try {
            Messages.use(Lang.EN);
            String en = Messages.t("grade.feedback.grader-error");
            assertTrue(en.contains("ask your instructor to grade it again"), en);
            assertFalse(en.contains("will be graded again"), en);
            Messages.use(Lang.ES);
            String es = Messages.t("grade.feedback.grader-error");
            assertTrue(es.contains("pide a tu profesor"), es);
        } finally {
            Messages.use(was);
        }
    }
}
