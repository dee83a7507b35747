package nn.grade;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.OffsetDateTime;
import nn.i18n.Messages;

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
        if (late != null && late.problem() != null) {
            output.append('\n').append(Messages.t("grade.late.not-applied", late.problem()));
        } else if (late != null && late.days > 0) {
            // Said as what is actually taken off: 33 days at 10% a day take the whole score, 100%, not 330%.
            double percent = Math.min(100, a.settings().latePenaltyPerDay() * late.days);
            output.append('\n').append(Messages.t("grade.late.taken-off", late.days, Points.of(percent)));
            score *= 1 - percent / 100;
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

    /**
     * Days late (rounded up) from Gradescope's submission_metadata.json, or null without metadata or penalty;
     * {@code problem} says why the metadata gave no dates (then no penalty is applied, and the output says so).
     */
    record Late(long days, String problem) {}

    static Late late(Assignment a, String metadataJson) {
        if (metadataJson == null || a.settings().latePenaltyPerDay() == null) return null;
        JsonObject m;
        try {
            m = JsonParser.parseString(metadataJson).getAsJsonObject();
        } catch (RuntimeException bad) {
            return new Late(0, Messages.t("grade.late.not-json"));
        }
        JsonElement assignment = m.get("assignment");
        if (assignment == null || !assignment.isJsonObject()) return new Late(0, Messages.t("grade.late.missing", "assignment.due_date"));
        JsonElement dueField = assignment.getAsJsonObject().get("due_date");
        if (dueField != null && dueField.isJsonNull()) return new Late(0, null);  // an assignment without a due date: never late
        String problem = dateProblem(m.get("created_at"), "created_at");
        if (problem == null) problem = dateProblem(dueField, "assignment.due_date");
        if (problem != null) return new Late(0, problem);
        OffsetDateTime created = OffsetDateTime.parse(m.get("created_at").getAsString());
        OffsetDateTime due = OffsetDateTime.parse(dueField.getAsString());
        long minutes = Duration.between(due, created).toMinutes();
        return new Late(minutes <= 0 ? 0 : (minutes + 24 * 60 - 1) / (24 * 60), null);
    }

    /** Why a metadata field is not a date with its offset ("2024-03-03T23:59:00-08:00"), or null when it is one. */
    private static String dateProblem(JsonElement e, String field) {
        if (e == null || e.isJsonNull()) return Messages.t("grade.late.missing", field);
        try {
            OffsetDateTime.parse(e.getAsString());
            return null;
        } catch (RuntimeException bad) {
            return Messages.t("grade.late.not-a-date", field, nn.lang.source.Visible.name(Capped.text(e.toString(), 60)));
        }
    }

    /** What is wrong with the metadata for this assignment's late penalty, or null: GradeCommand warns with it once. */
    public static String metadataProblem(Assignment a, String metadataJson) {
        Late late = late(a, metadataJson);
        return late == null ? null : late.problem();
    }
}
