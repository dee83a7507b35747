package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission still training when its script's time runs out is stopped with the time limit. The child's
 * deadline interrupts the interpreter's thread; the training loop took that for Ctrl-C: it said "training
 * interrupted", kept its weights and the script went on, graded as if it had finished in time.
 */
class TrainingPastTheTimeLimitTest {
    @TempDir Path dir;

    @Test
    void theScriptEndsAtItsTimeLimitAndSaysSo() throws Exception {
        Path assignmentFile = Files.writeString(dir.resolve("a.nn"),
                "assignment \"Slow\" { timeout 3s }\ntest \"AND gate\" points 1 { expect truthtable(AND2) == [0, 0, 0, 1] }\n");
        Path classDir = Files.createDirectories(dir.resolve("class/slow"));
        Files.writeString(classDir.resolve("hw.nn"), """
                unit AND2 = threshold(weights = [1, 1], threshold = 2)
                seed 1
                d = spiral(points = 2000)
                network big = 2 -> dense(256, tanh) -> dense(256, tanh) -> dense(3)
                train big on d { loss cross_entropy; optimizer adam(lr = 0.001); epochs 2000000000; batch full }
                print "after the training"
                """);
        Assignment a = Assignment.load(assignmentFile);
        Path out = dir.resolve("out");
        ClassGrader grader = new ClassGrader(a, new ClassGrader.Options(out, 1, false, 1, 1, List.of(), null), System.err);
        SubmissionResult r = grader.grade(ClassGrader.students(dir.resolve("class"), out)).get(0);
        assertEquals(SubmissionStatus.GRADED, r.status(), r.message());
        assertTrue(r.message().contains("the script ran past its 3 s and was stopped"), r.message());
        assertFalse(r.output().contains("training interrupted") || r.output().contains("after the training"), r.output());
        assertEquals(TestStatus.PASSED, r.tests().get(0).status(), "what the script defined before still counts");
    }
}
