package nn.grade;

import nn.i18n.Messages;
import java.util.List;

/**
 * What a student may see of a result: hidden tests show only their status and the instructor's own
 * messages, and until their date they are summed up in one line, so "all tests passed" never hides a
 * failed hidden test.
 */
final class Visible {
    private Visible() {}

    static long hiddenCount(SubmissionResult r) { return r.tests().stream().filter(TestResult::hidden).count(); }

    /** "2 hidden tests: results after the due date", or null when there are none. */
    static String hiddenLine(SubmissionResult r) {
        List<TestResult> hidden = r.tests().stream().filter(TestResult::hidden).toList();
        if (hidden.isEmpty()) return null;
        boolean never = hidden.stream().allMatch(t -> t.visibility().equals("hidden"));
        return never ? Messages.t("grade.feedback.hidden-never", hidden.size()) : Messages.t("grade.feedback.hidden-after-due", hidden.size());
    }

    /** The visible tests' points: what a student's summary before the due date adds up. */
    static double visibleScore(SubmissionResult r) {
        return r.tests().stream().filter(t -> !t.hidden()).mapToDouble(TestResult::points).sum();
    }

    static double visibleMax(SubmissionResult r) {
        return r.tests().stream().filter(t -> !t.hidden()).mapToDouble(TestResult::maxPoints).sum();
    }

    /** The message shown to the student for a whole submission (a syntax error shows in full: it is their file). */
    static String summary(SubmissionResult r) {
        StringBuilder sb = new StringBuilder();
        switch (r.status()) {
            case GRADED -> {
                long failedVisible = r.tests().stream().filter(t -> !t.hidden() && !t.passed()).count();
                long visible = r.tests().size() - hiddenCount(r);
                if (visible > 0)
                    sb.append(failedVisible == 0 ? Messages.t("grade.feedback.all-passed", visible)
                            : visible == 1 ? Messages.t("grade.feedback.the-one-failed")
                            : Messages.t("grade.feedback.some-failed", failedVisible, visible));
            }
            case SYNTAX_ERROR -> sb.append(Messages.t("grade.feedback.syntax-error"));
            case CRASHED -> sb.append(Messages.t("grade.feedback.crashed"));
            case TIMEOUT -> sb.append(Messages.t("grade.feedback.timeout"));
            case INVALID -> sb.append(Messages.t("grade.feedback.invalid"));
            case GRADER_ERROR -> sb.append(Messages.t("grade.feedback.grader-error"));
        }
        String hidden = hiddenLine(r);
        if (hidden != null) sb.append(sb.isEmpty() ? "" : "; ").append(hidden);
        if (r.message() != null) sb.append("\n").append(r.message());
        return sb.toString();
    }
}
