package nn.grade;

import java.util.List;

/**
 * One submission's grading: what every report format is written from (and what shards save and merge).
 *
 * @param id            the student's folder or file name
 * @param file          the .nn file graded, relative to the submission, or null when none could be chosen
 * @param message       for the student: the syntax error, why no file was graded, or null
 * @param output        what the submission's script printed (capped)
 * @param instructorNotes notes only the instructor's reports carry (names both sides define, grader faults)
 * @param millis        wall time of the whole grading of this submission
 * @param sourceHash    SHA-256 of the submission's files, to skip it when it is unchanged
 */
public record SubmissionResult(String id, String file, SubmissionStatus status, String message, String output,
                               List<TestResult> tests, List<String> instructorNotes, long millis, String sourceHash) {
    /** The message and output quote the submission: control characters visible, as in {@link TestResult}. */
    public SubmissionResult {
        message = nn.lang.source.Visible.text(message);
        output = nn.lang.source.Visible.text(output);
        instructorNotes = instructorNotes == null ? null : instructorNotes.stream().map(nn.lang.source.Visible::text).toList();
    }

    public double score() { return tests.stream().mapToDouble(TestResult::points).sum(); }
    public double maxScore() { return tests.stream().mapToDouble(TestResult::maxPoints).sum(); }
    public double percent() { return maxScore() == 0 ? 0 : 100 * score() / maxScore(); }
}
