package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import nn.i18n.Lang;
import nn.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the instructor reads when merging shards, and the platforms' fixed texts, in both languages. */
class InstructorTextsTest {
    @TempDir Path dir;

    @AfterEach void english() { Messages.use(Lang.EN); }

    private String mergeError(Path shard) {
        return assertThrows(IOException.class, () -> ClassGrader.readResults(List.of(shard), GradedSamples.ASSIGNMENT)).getMessage();
    }

    @Test void mergingAFolderThatIsNoShardSaysWhatItLacks() throws IOException {
        Path notAShard = Files.createDirectories(dir.resolve("notes"));
        assertEquals(notAShard + " has no results/ folder: is it the --out folder of a shard?", mergeError(notAShard));
        Messages.use(Lang.ES);
        assertEquals(notAShard + " no tiene carpeta results/: ¿es la carpeta --out de un fragmento (--shard)?", mergeError(notAShard));
    }

    @Test void mergingResultsOfAnotherAssignmentVersionIsRefused() throws IOException {
        Path shard = dir.resolve("shard1");
        Path stale = Files.createDirectories(shard.resolve("results")).resolve("ann.json");
        Files.writeString(stale, "{\"assignment_hash\": \"0123\"}");
        assertEquals(stale + " was graded with another version of the assignment; grade that shard again", mergeError(shard));
        Messages.use(Lang.ES);
        assertEquals(stale + " se calificó con otra versión de la tarea; vuelve a calificar ese fragmento", mergeError(shard));
    }

    private static JsonObject classroomHiddenEntry(SubmissionResult r) {
        String result = ClassroomReport.write(GradedSamples.ASSIGNMENT, r).lines().filter(l -> l.startsWith("result="))
                .findFirst().orElseThrow().substring(7);
        JsonObject o = JsonParser.parseString(new String(Base64.getDecoder().decode(result), StandardCharsets.UTF_8)).getAsJsonObject();
        JsonElement last = null;
        for (JsonElement e : o.getAsJsonArray("tests")) last = e;
        return last.getAsJsonObject();
    }

    @Test void classroomsHiddenEntryAndPrairieLearnsDescriptionsSpeakTheLanguage() {
        SubmissionResult bob = GradedSamples.graded("bob");
        assertEquals("1 hidden test", classroomHiddenEntry(bob).get("name").getAsString());
        assertEquals("hidden tests: their results are shown after the due date", classroomHiddenEntry(bob).get("message").getAsString());
        JsonObject pl = JsonParser.parseString(PrairieLearnReport.write(GradedSamples.ASSIGNMENT, bob)).getAsJsonObject();
        assertEquals("test, " + bob.tests().get(0).status().word, pl.getAsJsonArray("tests").get(0).getAsJsonObject().get("description").getAsString());
        Messages.use(Lang.ES);
        assertEquals("1 prueba oculta", classroomHiddenEntry(bob).get("name").getAsString());
        assertEquals("pruebas ocultas: sus resultados se muestran después de la fecha de entrega",
                classroomHiddenEntry(bob).get("message").getAsString());
        pl = JsonParser.parseString(PrairieLearnReport.write(GradedSamples.ASSIGNMENT, bob)).getAsJsonObject();
        // One phrase per status, as a Spanish-speaking lecturer writes it ("prueba aprobada"), not "prueba, aprobada".
        assertEquals(PrairieLearnReport.description(bob.tests().get(0).status()),
                pl.getAsJsonArray("tests").get(0).getAsJsonObject().get("description").getAsString());
        assertEquals(true, pl.getAsJsonArray("tests").get(0).getAsJsonObject().get("description").getAsString()
                .matches("prueba (aprobada|no aprobada|que se detuvo con un error|que se quedó sin tiempo)"));
        assertEquals("2 pruebas ocultas", Messages.t("grade.classroom.hidden-name", 2));
    }
}
