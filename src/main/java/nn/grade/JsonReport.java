package nn.grade;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * nn's own format: the result model as it is, with the assignment's title and hash. It is what shards
 * save and {@code nn grade merge} reads back, so it carries everything the other formats need.
 */
public final class JsonReport {
    private JsonReport() {}

    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public static String write(Assignment a, SubmissionResult r) {
        JsonObject o = new JsonObject();
        o.addProperty("nn_version", Version.NN);
        o.addProperty("assignment", a.title());
        o.addProperty("assignment_hash", a.hash());
        o.addProperty("seed", a.seed());
        o.addProperty("score", Points.json(r.score()));
        o.addProperty("max_score", Points.json(r.maxScore()));
        o.add("result", GSON.toJsonTree(r));
        return GSON.toJson(o) + "\n";
    }

    /** Reads a result written by {@link #write} (a shard's saved result). */
    public static SubmissionResult read(String json) {
        return GSON.fromJson(JsonParser.parseString(json).getAsJsonObject().get("result"), SubmissionResult.class);
    }
}
