package nn.grade;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Gradescope's results.json (the fields of its autograder specification: score, execution_time, output,
 * output_format, visibility, stdout_visibility, tests[], extra_data). Student-facing: hidden tests carry
 * only their own messages and Gradescope's visibility; nn's version, the assignment's hash and the seed
 * go in extra_data for reproducible regrades. A late penalty reads submission_metadata.json.
 */
public final class GradescopeReport {
    private GradescopeReport() {}

    public static String write(Assignment a, SubmissionResult r, String metadataJson) {
        JsonObject o = new JsonObject();
        Late late = late(a, metadataJson);
        StringBuilder output = new StringBuilder(Visible.summary(r));
        if (r.status() == SubmissionStatus.GRADER_ERROR) {
            // No score at all: Gradescope then shows the run as failed instead of a zero.
            o.addProperty("output", output.toString());
            o.addProperty("output_format", "text");
            return JsonReport.GSON.toJson(o) + "\n";
        }
        double score = r.score();
        if (late != null && late.days > 0) {
            double factor = Math.max(0, 1 - late.days * a.settings().latePenaltyPerDay() / 100);
            output.append("\nlate by ").append(late.days).append(late.days == 1 ? " day" : " days").append(": ")
                    .append(Points.of(a.settings().latePenaltyPerDay() * late.days)).append("% taken off");
            score *= factor;
        }
        o.addProperty("score", Points.json(score));
        o.addProperty("execution_time", Math.max(0, Math.round(r.millis() / 1000.0)));
        o.addProperty("output", Capped.text(output.toString(), 8000));
        o.addProperty("output_format", "text");
        o.addProperty("visibility", "visible");
        o.addProperty("stdout_visibility", "hidden");
        JsonArray tests = new JsonArray();
        for (TestResult t : r.tests()) {
            JsonObject j = new JsonObject();
            j.addProperty("name", t.name());
            j.addProperty("number", Integer.toString(t.number()));
            j.addProperty("score", Points.json(t.points()));
            j.addProperty("max_score", Points.json(t.maxPoints()));
            j.addProperty("status", t.passed() ? "passed" : "failed");
            String text = t.passed() ? "" : t.studentMessage();
            if (!t.hidden() && t.output() != null && !t.output().isEmpty() && !t.passed()) text += "\nprinted:\n" + t.output();
            j.addProperty("output", Capped.text(text, 4000));
            JsonArray tags = new JsonArray();
            tags.add(t.status().word);
            if (t.hidden()) tags.add("hidden");
            j.add("tags", tags);
            j.addProperty("visibility", t.visibility());
            tests.add(j);
        }
        o.add("tests", tests);
        JsonObject extra = new JsonObject();
        extra.addProperty("nn_version", Version.NN);
        extra.addProperty("assignment_hash", a.hash());
        extra.addProperty("seed", a.seed());
        extra.addProperty("submission_status", r.status().word);
        extra.addProperty("submission_hash", r.sourceHash());
        o.add("extra_data", extra);
        return JsonReport.GSON.toJson(o) + "\n";
    }

    /** Days late (rounded up) from Gradescope's submission_metadata.json, or null without metadata or penalty. */
    record Late(long days) {}

    static Late late(Assignment a, String metadataJson) {
        if (metadataJson == null || a.settings().latePenaltyPerDay() == null) return null;
        try {
            JsonObject m = JsonParser.parseString(metadataJson).getAsJsonObject();
            OffsetDateTime created = OffsetDateTime.parse(m.get("created_at").getAsString());
            JsonObject assignment = m.getAsJsonObject("assignment");
            OffsetDateTime due = OffsetDateTime.parse(assignment.get("due_date").getAsString());
            long minutes = Duration.between(due, created).toMinutes();
            return new Late(minutes <= 0 ? 0 : (minutes + 24 * 60 - 1) / (24 * 60));
        } catch (RuntimeException bad) {
            return null;  // metadata without dates: no penalty rather than a wrong one
        }
    }
}
