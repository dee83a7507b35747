package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every report format, written from real gradings of the sample submissions, against its expected file in
 * src/test/resources/grading/ (regenerate with -Dnn.golden.update=true after a deliberate change, and read
 * the diff). Schema checks of the platform formats are in {@link PlatformSchemaTest}.
 */
class ReportGoldenTest {
    static final Path GOLDEN = Path.of("src", "test", "resources", "grading");

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
            "alice, text", "alice, gradescope", "alice, prairielearn", "alice, classroom-json", "alice, junit", "alice, csv", "alice, json",
            "bob, text", "bob, feedback", "bob, gradescope", "bob, prairielearn", "bob, classroom", "bob, junit", "bob, csv", "bob, json",
            "carol, text", "carol, feedback", "carol, gradescope", "carol, prairielearn", "carol, classroom-json", "carol, junit",
    })
    void matchesGolden(String id, String format) throws IOException {
        SubmissionResult r = GradedSamples.graded(id);
        Assignment a = GradedSamples.ASSIGNMENT;
        String actual = switch (format) {
            case "text" -> TextReport.write(a, r, false);
            case "feedback" -> TextReport.write(a, r, true);
            case "gradescope" -> GradescopeReport.write(a, r, null);
            case "prairielearn" -> PrairieLearnReport.write(a, r);
            case "classroom" -> ClassroomReport.write(a, r);
            case "classroom-json" -> ClassroomReport.json(a, r) + "\n";
            case "junit" -> JunitReport.write(a, List.of(r));
            case "csv" -> CsvReport.write(a, List.of(r));
            case "json" -> JsonReport.write(a, r);
            default -> throw new IllegalArgumentException(format);
        };
        Path file = GOLDEN.resolve(id + "." + format + ".golden");
        if (Boolean.getBoolean("nn.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
    }
}
