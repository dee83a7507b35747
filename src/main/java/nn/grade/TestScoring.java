package nn.grade;

import nn.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import nn.interp.TestRecord;
import nn.lang.ast.Stmt;

/** Turns what a test's body recorded into points, status and the messages for instructor and student. */
final class TestScoring {
    private TestScoring() {}

    /** How the body ended. */
    enum Ending { FINISHED, ASSERTION, ERROR, TIMEOUT }

    static TestResult result(Stmt.Test t, int number, TestRecord rec, Ending ending, String errorText, String output, long millis) {
        double max = t.points();
        double share = switch (ending) {
            case ERROR, TIMEOUT -> 0;
            case FINISHED, ASSERTION -> share(t, rec, ending);
        };
        TestStatus status = switch (ending) {
            case ERROR -> TestStatus.ERROR;
            case TIMEOUT -> TestStatus.TIMEOUT;
            case FINISHED, ASSERTION -> share >= 1 ? TestStatus.PASSED : TestStatus.FAILED;
        };
        String where = t.span().file().name();
        List<String> lines = new ArrayList<>();
        List<String> studentLines = new ArrayList<>();
        for (TestRecord.Failure f : rec.failures()) {
            lines.add(f.message() + " (" + where + ":" + f.span().line() + ")");
            studentLines.add(f.note() != null ? f.note() : f.message().startsWith(Messages.t("interp.check.assertion-failed", ""))
                    ? Messages.t("grade.feedback.assertion-failed") : Messages.t("grade.feedback.expectation-failed"));
        }
        if (ending == Ending.ERROR) { lines.add(errorText); studentLines.add(Messages.t("grade.feedback.test-error")); }
        if (ending == Ending.TIMEOUT) { lines.add(errorText); studentLines.add(Messages.t("grade.feedback.test-timeout")); }
        if (status == TestStatus.FAILED && rec.failures().isEmpty() && rec.score() != null)
            lines.add(Messages.t("grade.feedback.scored", String.valueOf(Math.round(rec.score() * 1000) / 10.0)));
        String message = String.join("\n", lines);
        String student = t.hidden() ? String.join("\n", studentLines) : message;
        return new TestResult(t.name(), number, max, round(max * share), status, message, student,
                t.hidden() ? "" : output, t.hidden(), visibility(t.visibility()), t.span().line(), millis);
    }

    /** The fraction earned: the test's own score, the expects' shares when partial, else all or nothing. */
    private static double share(Stmt.Test t, TestRecord rec, Ending ending) {
        if (rec.score() != null && rec.failures().isEmpty()) return rec.score();
        if (rec.score() != null) return Math.min(rec.score(), partialShare(t, rec));
        if (t.partial() && expectCount(t.body()) > 0) return partialShare(t, rec);
        return ending == Ending.FINISHED && rec.failures().isEmpty() ? 1 : 0;
    }

    /** Each expect statement in the body earns an equal share when every run of it passed; one that never ran earns none. */
    private static double partialShare(Stmt.Test t, TestRecord rec) {
        int count = expectCount(t.body());
        if (count == 0) return rec.failures().isEmpty() ? 1 : 0;
        long passed = rec.expects().values().stream().filter(b -> b).count();
        return Math.min(1, passed / (double) count);
    }

    static int expectCount(List<Stmt> body) {
        int n = 0;
        for (Stmt s : body) {
            n += switch (s) {
                case Stmt.Expect e -> 1;
                case Stmt.If i -> expectCount(i.then()) + expectCount(i.otherwise());
                case Stmt.ForRange f -> expectCount(f.body());
                case Stmt.ForEach f -> expectCount(f.body());
                case Stmt.While w -> expectCount(w.body());
                default -> 0;
            };
        }
        return n;
    }

    static String visibility(Stmt.Visibility v) {
        return switch (v) {
            case VISIBLE -> "visible";
            case HIDDEN -> "hidden";
            case AFTER_DUE_DATE -> "after_due_date";
            case AFTER_PUBLISHED -> "after_published";
        };
    }

    static double round(double points) { return Math.round(points * 1e6) / 1e6; }
}
