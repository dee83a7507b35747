package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each package's entry point run as its platform runs it, against a fake root folder laid out as the platform
 * lays it (the root and the nn command come from the variables the scripts read for this purpose).
 */
class PackagingTest {
    @TempDir
    Path root;

    static final Path ASSIGNMENT = Path.of("samples/grading/hw2-assignment.nn");
    static final Path ALICE = Path.of("samples/grading/submissions/alice/hw2.nn");

    /** This JVM's java and class path running nn's main class: what `java -jar nn.jar` does on the platform. */
    static String nnCommand() {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return java + " -cp " + System.getProperty("java.class.path") + " nn.cli.Main";
    }

    private static void run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("NN_CMD", nnCommand());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
    }

    private Path fakeJar() throws IOException {
        return Files.writeString(root.resolve("nn.jar"), "stands in for nn's jar: NN_CMD runs nn from the test class path");
    }

    @Test
    void gradescopeZipRunsAgainstAnAutograderFolder() throws Exception {
        Path zip = Packaging.gradescope(GradedSamples.ASSIGNMENT, ASSIGNMENT, fakeJar(), root.resolve("autograder.zip"));
        Path autograder = root.resolve("autograder");
        Path source = Files.createDirectories(autograder.resolve("source"));
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) Files.write(source.resolve(e.getName()), z.readAllBytes());
        }
        assertEquals(List.of("assignment.nn", "nn.jar", "run_autograder", "setup.sh"),
                Files.list(source).map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(Map.of("setup.sh", 0100755, "run_autograder", 0100755, "assignment.nn", 0100644, "nn.jar", 0100644),
                unixModes(Files.readAllBytes(zip)), "the scripts unpack executable");
        String setup = Files.readString(source.resolve("setup.sh"));
        assertTrue(setup.contains("apt-get install") && !setup.contains("curl") && !setup.contains("wget"), setup);
        Files.createDirectories(autograder.resolve("submission"));
        Files.copy(ALICE, autograder.resolve("submission/hw2.nn"));
        Files.writeString(autograder.resolve("submission_metadata.json"), """
                {"created_at": "2026-03-02T12:00:00-07:00", "assignment": {"due_date": "2026-03-01T23:00:00-07:00"}}
                """);
        run(root, Map.of("AUTOGRADER_ROOT", autograder.toString()), "bash", source.resolve("run_autograder").toString());
        JsonObject results = JsonParser.parseString(Files.readString(autograder.resolve("results/results.json"))).getAsJsonObject();
        assertEquals(15 * 0.9, results.get("score").getAsDouble(), 1e-9, "13 hours late: one day's 10%");
        assertEquals(6, results.getAsJsonArray("tests").size());
    }

    /** Each entry's Unix mode, read from the zip's central directory (what unzip applies). */
    private static Map<String, Integer> unixModes(byte[] zip) {
        var b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22, at = b.getInt(end + 16);
        Map<String, Integer> modes = new java.util.HashMap<>();
        for (int i = 0; i < b.getShort(end + 10); i++) {
            int n = b.getShort(at + 28), extra = b.getShort(at + 30), comment = b.getShort(at + 32);
            modes.put(new String(zip, at + 46, n, StandardCharsets.UTF_8), b.getInt(at + 38) >>> 16);
            at += 46 + n + extra + comment;
        }
        return modes;
    }

    @Test
    void prairieLearnEntryPointWritesGradeResults() throws Exception {
        Path pl = Packaging.prairielearn(GradedSamples.ASSIGNMENT, ASSIGNMENT, fakeJar(), root.resolve("prairielearn"));
        assertTrue(Files.readString(pl.resolve("info-externalGradingOptions.json")).contains("\"entrypoint\": \"/grade/tests/run.sh\""));
        Path grade = root.resolve("grade");
        Files.createDirectories(grade.resolve("student"));
        Files.copy(ALICE, grade.resolve("student/hw2.nn"));
        Files.createDirectories(grade.resolve("tests"));
        for (String f : List.of("run.sh", "assignment.nn", "nn.jar")) Files.copy(pl.resolve("tests").resolve(f), grade.resolve("tests").resolve(f));
        run(root, Map.of("GRADE_ROOT", grade.toString()), "bash", grade.resolve("tests/run.sh").toString());
        JsonObject results = JsonParser.parseString(Files.readString(grade.resolve("results/results.json"))).getAsJsonObject();
        assertTrue(results.get("gradable").getAsBoolean());
        assertEquals(1.0, results.get("score").getAsDouble());
    }

    @Test
    void classroomWorkflowStepReportsPointsAndResult() throws Exception {
        Path repo = Files.createDirectories(root.resolve("repo"));
        Path workflow = Packaging.classroom(GradedSamples.ASSIGNMENT, ASSIGNMENT, fakeJar(), repo.resolve(".github/workflows/classroom.yml"));
        Files.copy(ALICE, repo.resolve("hw2.nn"));
        String yaml = Files.readString(workflow);
        assertTrue(yaml.contains("classroom-resources/autograding-grading-reporter@v1") && yaml.contains("NN_RESULTS"), yaml);
        // The nn step's script, as GitHub Actions would run it in the checked-out repository.
        String script = yaml.substring(yaml.indexOf("run: |") + 6, yaml.indexOf("- uses: classroom-resources")).stripIndent()
                .replace("java -jar .github/nn/nn.jar", "$NN_CMD");
        Path outputFile = root.resolve("github_output");
        Files.writeString(outputFile, "");
        run(repo, Map.of("GITHUB_OUTPUT", outputFile.toString()), "bash", "-euo", "pipefail", "-c", script);
        String line = Files.readString(outputFile).strip();
        assertTrue(line.startsWith("result="), line);
        JsonObject result = JsonParser.parseString(new String(Base64.getDecoder().decode(line.substring(7)), StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("pass", result.get("status").getAsString());
        assertEquals(15.0, result.get("max_score").getAsDouble());
    }
}
