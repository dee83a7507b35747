package nn.grade;

import nn.i18n.Messages;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * PrairieLearn's external-grader results.json: gradable, score in [0, 1], message, output, format_errors,
 * tests[] (name, description, points, max_points, message, output). A submission that does not parse is
 * gradable: false with its error in format_errors, so it costs no attempt (unless the assignment says
 * "syntax errors graded"). PrairieLearn shows every listed test at once, so hidden tests are left out of
 * tests[] and only count in the score. The file stays under PrairieLearn's 1 MiB limit.
 */
public final class PrairieLearnReport {
    private PrairieLearnReport() {}

    static final int LIMIT = 1 << 20;

    public static String write(Assignment a, SubmissionResult r) {
        String full = build(a, r, 4000);
        if (full.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < LIMIT - 1024) return full;
        return build(a, r, 200);  // many tests with long messages: cut every text harder
    }

    private static String build(Assignment a, SubmissionResult r, int cap) {
        JsonObject o = new JsonObject();
        boolean ungradable = (r.status() == SubmissionStatus.SYNTAX_ERROR && !a.settings().syntaxErrorsGraded())
                || r.status() == SubmissionStatus.INVALID || r.status() == SubmissionStatus.GRADER_ERROR;
        o.addProperty("gradable", !ungradable);
        JsonArray formatErrors = new JsonArray();
        if (ungradable && r.message() != null) formatErrors.add(Capped.text(r.message(), cap * 4));
        o.add("format_errors", formatErrors);
        o.addProperty("score", Points.json(r.maxScore() == 0 ? 0 : r.score() / r.maxScore()));
        o.addProperty("message", Capped.text(Visible.summary(r), cap));
        o.addProperty("output", Capped.text(r.output() == null ? "" : r.output(), cap * 4));
        JsonArray tests = new JsonArray();
        for (TestResult t : r.tests()) {
            if (t.hidden()) continue;  // PrairieLearn has no per-test visibility: hidden tests count in the score only
            JsonObject j = new JsonObject();
            j.addProperty("name", t.name());
            j.addProperty("description", description(t.status()));
            j.addProperty("points", Points.json(t.points()));
            j.addProperty("max_points", Points.json(t.maxPoints()));
            j.addProperty("message", Capped.text(t.passed() ? "" : t.studentMessage(), cap));
            j.addProperty("output", Capped.text(t.hidden() ? "" : t.output(), cap));
            tests.add(j);
        }
        o.add("tests", tests);
        return JsonReport.GSON.toJson(o) + "\n";
    }

    /**
     * The line PrairieLearn shows under a test's name: one phrase per status, so that Spanish reads as a
     * lecturer would write it ("prueba aprobada"), not a label and a word joined by a comma.
     */
    static String description(TestStatus status) {
        return switch (status) {
            case PASSED -> Messages.t("grade.prairielearn.passed");
            case FAILED -> Messages.t("grade.prairielearn.failed");
            case ERROR -> Messages.t("grade.prairielearn.error");
            case TIMEOUT -> Messages.t("grade.prairielearn.timeout");
        };
    }
}
