package nn.grade;

/**
 * One test's outcome for one submission: the single result model every report is written from.
 *
 * @param number         1-based position in the assignment file
 * @param points         points earned, in [0, maxPoints]
 * @param message        why it failed, for the instructor: both sides of the comparison and the assignment line
 * @param studentMessage what the student may see: the message for a visible test; for a hidden test only the
 *                       instructor's own message (never the test's source or expected values)
 * @param output         what the test printed (capped, head and tail kept)
 * @param line           line of the test in the assignment file
 * @param millis         wall time of the test
 */
public record TestResult(String name, int number, double maxPoints, double points, TestStatus status, String message,
                         String studentMessage, String output, boolean hidden, String visibility, int line, long millis) {
    /**
     * The messages quote the submission's values ("right side is …") and error texts: their control characters
     * are made visible (␛, as printed output is), so no report, feedback file or terminal gets an escape sequence.
     */
    public TestResult {
        message = nn.lang.source.Visible.text(message);
        studentMessage = nn.lang.source.Visible.text(studentMessage);
        output = nn.lang.source.Visible.text(output);
    }

    public boolean passed() { return status == TestStatus.PASSED; }
}
