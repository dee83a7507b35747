package nn.grade;

import nn.i18n.Messages;

/**
 * The statuses as the text reports say them to people, in the chosen language. The machine formats (JSON,
 * CSV, the platforms') keep {@code TestStatus.word} and {@code SubmissionStatus.word}, which never change.
 */
final class StatusWords {
    private StatusWords() {}

    static String of(TestStatus s) {
        return switch (s) {
            case PASSED -> Messages.t("grade.status.passed");
            case FAILED -> Messages.t("grade.status.failed");
            case ERROR -> Messages.t("grade.status.error");
            case TIMEOUT -> Messages.t("grade.status.timeout");
        };
    }

    static String of(SubmissionStatus s) {
        return switch (s) {
            case GRADED -> Messages.t("grade.status.graded");
            case SYNTAX_ERROR -> Messages.t("grade.status.syntax-error");
            case CRASHED -> Messages.t("grade.status.crashed");
            case TIMEOUT -> Messages.t("grade.status.timeout");
            case INVALID -> Messages.t("grade.status.invalid");
            case GRADER_ERROR -> Messages.t("grade.status.grader-error");
        };
    }

    /** "11 graded", "2 calificadas": how many submissions ended so, as the class summary counts them. */
    static String count(SubmissionStatus s, int n) {
        return switch (s) {
            case GRADED -> Messages.t("grade.summary.count.graded", n);
            case SYNTAX_ERROR -> Messages.t("grade.summary.count.syntax-error", n);
            case CRASHED -> Messages.t("grade.summary.count.crashed", n);
            case TIMEOUT -> Messages.t("grade.summary.count.timeout", n);
            case INVALID -> Messages.t("grade.summary.count.invalid", n);
            case GRADER_ERROR -> Messages.t("grade.summary.count.grader-error", n);
        };
    }
}
