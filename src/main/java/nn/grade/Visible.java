package nn.grade;

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
        return hidden.size() + " hidden test" + (hidden.size() == 1 ? "" : "s") + ": results "
                + (never ? "are not shown" : "after the due date");
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
                    sb.append(failedVisible == 0 ? "all " + visible + " visible tests passed"
                            : failedVisible + " of " + visible + " visible tests did not pass");
            }
            case SYNTAX_ERROR -> sb.append("the submission does not parse; no test ran");
            case CRASHED -> sb.append("the submission's run stopped before every test had finished");
            case TIMEOUT -> sb.append("the submission ran past its time limit and was stopped");
            case INVALID -> sb.append("the submission could not be graded");
            case GRADER_ERROR -> sb.append("the grader failed (not your fault); it will be graded again");
        }
        String hidden = hiddenLine(r);
        if (hidden != null) sb.append(sb.isEmpty() ? "" : "; ").append(hidden);
        if (r.message() != null) sb.append("\n").append(r.message());
        return sb.toString();
    }
}
