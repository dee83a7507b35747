package nn.grade;

import nn.i18n.Messages;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * GitHub Classroom's autograding result: the JSON its reporter reads (version, status, max_score, tests[]
 * with name, status, score, message, line_no, execution_time), base64-encoded as the reporter expects
 * in a step output, and the "Points X/Y" line its log shows. The Actions log is visible to the student:
 * hidden tests count in the score but are not listed.
 */
public final class ClassroomReport {
    private ClassroomReport() {}

    public static String json(Assignment a, SubmissionResult r) {
        JsonObject o = new JsonObject();
        o.addProperty("version", 1);
        boolean all = r.status() == SubmissionStatus.GRADED && r.tests().stream().allMatch(TestResult::passed);
        o.addProperty("status", r.status() == SubmissionStatus.GRADER_ERROR ? "error" : all ? "pass" : "fail");
        o.addProperty("max_score", Points.json(r.maxScore()));
        JsonArray tests = new JsonArray();
        for (TestResult t : r.tests()) {
            if (t.hidden()) continue;
            JsonObject j = new JsonObject();
            j.addProperty("name", t.name());
            j.addProperty("status", t.passed() ? "pass" : t.status() == TestStatus.FAILED ? "fail" : "error");
            j.addProperty("score", Points.json(t.points()));
            j.addProperty("message", Capped.text(t.passed() ? "" : t.studentMessage(), 4000));
            j.addProperty("line_no", t.line());
            j.addProperty("execution_time", Points.seconds(t.millis()).replace(" ", ""));
            tests.add(j);
        }
        long hidden = Visible.hiddenCount(r);
        if (hidden > 0) {
            double got = r.tests().stream().filter(TestResult::hidden).mapToDouble(TestResult::points).sum();
            JsonObject j = new JsonObject();
            j.addProperty("name", Messages.t("grade.classroom.hidden-name", hidden));
            // One entry, no names or messages: the score counts them, as the total would show anyway.
            j.addProperty("status", r.tests().stream().filter(TestResult::hidden).allMatch(TestResult::passed) ? "pass" : "fail");
            j.addProperty("score", Points.json(got));
            j.addProperty("message", Messages.t("grade.classroom.hidden-message"));
            j.addProperty("line_no", 0);
            j.addProperty("execution_time", "0s");
            tests.add(j);
        }
        o.add("tests", tests);
        return JsonReport.GSON.toJson(o);
    }

    /** What `nn grade --format classroom` prints: the Points line, then result=BASE64 for $GITHUB_OUTPUT. */
    public static String write(Assignment a, SubmissionResult r) {
        String encoded = Base64.getEncoder().encodeToString(json(a, r).getBytes(StandardCharsets.UTF_8));
        return "Points " + Points.of(r.score()) + "/" + Points.of(r.maxScore()) + "\n" + "result=" + encoded + "\n";
    }
}
