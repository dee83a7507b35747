package nn.grade;

import nn.i18n.Messages;
/**
 * How grading one submission went, kept apart by whose fault it is: the student's (syntax error, crash,
 * timeout, no usable file) or the grader's own (which must never read as a zero for the student).
 */
public enum SubmissionStatus {
    /** The tests ran; the score is the student's. */
    GRADED("graded"),
    /** The submission does not parse (or is not UTF-8): no test ran. */
    SYNTAX_ERROR("syntax-error"),
    /** The child JVM stopped on its own before every test had reported: unfinished tests are errors. */
    CRASHED("crashed"),
    /** The submission passed its wall-clock limit and was killed: unfinished tests timed out. */
    TIMEOUT("timeout"),
    /** No gradable file: none, several candidates, too large, unreadable. */
    INVALID("invalid"),
    /**
     * The grader itself failed (it could not start a JVM, or a signal not its own killed the child, such as
     * the machine's out-of-memory killer): not the student's zero; grade again.
     */
    GRADER_ERROR("grader-error");

    public final String word;
    SubmissionStatus(String word) { this.word = word; }

    public static SubmissionStatus of(String word) {
        for (SubmissionStatus s : values()) if (s.word.equals(word)) return s;
        throw new IllegalArgumentException(Messages.t("internal.unknown-status", word));
    }
}
