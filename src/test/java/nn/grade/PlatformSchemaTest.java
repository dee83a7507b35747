package nn.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The platform formats checked against the platforms' own field lists (written out here, with where each
 * list comes from), and the rule that hidden tests never leak into what students see.
 */
class PlatformSchemaTest {
    /**
     * Gradescope autograder results: "Autograder Specifications", section "Output format",
     * https://gradescope-autograders.readthedocs.io/en/latest/specs/ — top-level fields and test fields.
     */
    static final Set<String> GRADESCOPE_TOP = Set.of("score", "execution_time", "output", "output_format", "visibility",
            "stdout_visibility", "tests", "extra_data", "leaderboard");
    static final Set<String> GRADESCOPE_TEST = Set.of("score", "max_score", "status", "name", "name_format", "number",
            "output", "output_format", "tags", "visibility", "extra_data");
    static final Set<String> GRADESCOPE_VISIBILITY = Set.of("hidden", "after_due_date", "after_published", "visible");

    /**
     * PrairieLearn external grading results: "Externally graded questions", section "Grading results",
     * https://prairielearn.readthedocs.io/en/latest/externalGrading/ — the results.json fields.
     */
    static final Set<String> PRAIRIELEARN_TOP = Set.of("gradable", "score", "message", "output", "format_errors", "images", "tests");
    static final Set<String> PRAIRIELEARN_TEST = Set.of("name", "description", "points", "max_points", "message", "output", "images");

    /**
     * GitHub Classroom's grading reporter (classroom-resources/autograding-grading-reporter, the runner result
     * it decodes from the RUNNER_RESULTS environment variable, as written by autograding-command-grader).
     */
    static final Set<String> CLASSROOM_TOP = Set.of("version", "status", "max_score", "tests");
    static final Set<String> CLASSROOM_TEST = Set.of("name", "status", "score", "message", "line_no", "execution_time", "test_code", "filename");

    private static void onlyKnown(JsonObject o, Set<String> known, String what) {
        for (String key : o.keySet()) assertTrue(known.contains(key), what + " has a field the platform does not define: " + key);
    }

    @Test
    void gradescopeResultsUseTheSpecifiedFields() {
        for (String id : List.of("alice", "bob", "carol")) {
            JsonObject o = JsonParser.parseString(GradescopeReport.write(GradedSamples.ASSIGNMENT, GradedSamples.graded(id), null)).getAsJsonObject();
            onlyKnown(o, GRADESCOPE_TOP, "results.json");
            for (String required : List.of("score", "output", "tests", "extra_data")) assertTrue(o.has(required), required);
            assertTrue(GRADESCOPE_VISIBILITY.contains(o.get("visibility").getAsString()));
            assertTrue(GRADESCOPE_VISIBILITY.contains(o.get("stdout_visibility").getAsString()));
            for (JsonElement e : o.getAsJsonArray("tests")) {
                JsonObject t = e.getAsJsonObject();
                onlyKnown(t, GRADESCOPE_TEST, "a test");
                assertTrue(Set.of("passed", "failed").contains(t.get("status").getAsString()));
                assertTrue(GRADESCOPE_VISIBILITY.contains(t.get("visibility").getAsString()));
                assertTrue(t.get("score").getAsDouble() <= t.get("max_score").getAsDouble());
            }
            JsonObject extra = o.getAsJsonObject("extra_data");
            assertEquals(GradedSamples.ASSIGNMENT.hash(), extra.get("assignment_hash").getAsString());
            assertEquals(1, extra.get("seed").getAsLong());
            assertEquals(Version.NN, extra.get("nn_version").getAsString());
        }
    }

    @Test
    void prairieLearnResultsUseTheSpecifiedFieldsAndASyntaxErrorCostsNoAttempt() {
        JsonObject bob = JsonParser.parseString(PrairieLearnReport.write(GradedSamples.ASSIGNMENT, GradedSamples.graded("bob"))).getAsJsonObject();
        onlyKnown(bob, PRAIRIELEARN_TOP, "results.json");
        assertTrue(bob.get("gradable").getAsBoolean());
        assertEquals(6.5 / 15, bob.get("score").getAsDouble(), 1e-6);
        for (JsonElement e : bob.getAsJsonArray("tests")) onlyKnown(e.getAsJsonObject(), PRAIRIELEARN_TEST, "a test");
        JsonObject carol = JsonParser.parseString(PrairieLearnReport.write(GradedSamples.ASSIGNMENT, GradedSamples.graded("carol"))).getAsJsonObject();
        assertFalse(carol.get("gradable").getAsBoolean());
        assertTrue(carol.getAsJsonArray("format_errors").get(0).getAsString().contains("hw2.nn:3:39: error:"));
    }

    @Test
    void prairieLearnResultStaysUnderOneMebibyte() {
        SubmissionResult bob = GradedSamples.graded("bob");
        String huge = "x".repeat(3_000_000);
        List<TestResult> tests = bob.tests().stream().map(t -> new TestResult(t.name(), t.number(), t.maxPoints(), t.points(),
                t.status(), huge, huge, huge, t.hidden(), t.visibility(), t.line(), 0)).toList();
        SubmissionResult big = new SubmissionResult("big", "hw2.nn", bob.status(), huge, huge, tests, List.of(), 0, "");
        assertTrue(PrairieLearnReport.write(GradedSamples.ASSIGNMENT, big).getBytes(StandardCharsets.UTF_8).length < 1 << 20);
    }

    @Test
    void classroomResultIsBase64OfTheReportersFields() {
        String text = ClassroomReport.write(GradedSamples.ASSIGNMENT, GradedSamples.graded("bob"));
        assertTrue(text.startsWith("Points 6.5/15\n"), text);
        String encoded = text.lines().filter(l -> l.startsWith("result=")).findFirst().orElseThrow().substring(7);
        JsonObject o = JsonParser.parseString(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8)).getAsJsonObject();
        onlyKnown(o, CLASSROOM_TOP, "the result");
        assertEquals(15, o.get("max_score").getAsDouble());
        assertEquals("fail", o.get("status").getAsString());
        for (JsonElement e : o.getAsJsonArray("tests")) onlyKnown(e.getAsJsonObject(), CLASSROOM_TEST, "a test");
    }

    @Test
    void hiddenTestsNeverShowTheirSourceOrExpectedValuesToStudents() {
        // bob's hidden XOR test fails with an error whose message quotes the assignment's line.
        SubmissionResult bob = GradedSamples.graded("bob");
        Assignment a = GradedSamples.ASSIGNMENT;
        String secret = "accuracy(xornet, xor_check)";
        assertTrue(TextReport.write(a, bob, false).contains(secret), "the instructor sees it");
        for (String studentFacing : List.of(TextReport.write(a, bob, true), GradescopeReport.write(a, bob, null),
                PrairieLearnReport.write(a, bob), new String(Base64.getDecoder().decode(ClassroomReport.write(a, bob).lines()
                        .filter(l -> l.startsWith("result=")).findFirst().orElseThrow().substring(7)), StandardCharsets.UTF_8))) {
            assertFalse(studentFacing.contains(secret), studentFacing);
            assertFalse(studentFacing.contains("xor_check"), studentFacing);
            assertFalse(studentFacing.contains("all tests passed"), studentFacing);
        }
        assertTrue(TextReport.write(a, bob, true).contains("1 hidden test: results after the due date"));
    }

    @Test
    void aLatePenaltyReadsGradescopesSubmissionMetadata() {
        String metadata = """
                {"id": 1, "created_at": "2026-03-03T10:00:00.000000-07:00",
                 "assignment": {"due_date": "2026-03-01T23:00:00.000000-07:00", "late_due_date": null, "title": "Homework 2"}}
                """;
        JsonObject o = JsonParser.parseString(GradescopeReport.write(GradedSamples.ASSIGNMENT, GradedSamples.graded("alice"), metadata)).getAsJsonObject();
        // 1 day and 11 hours late: 2 days at 10% per day.
        assertEquals(12, o.get("score").getAsDouble(), 1e-9);
        assertTrue(o.get("output").getAsString().contains("late by 2 days: 20% taken off"));
    }

    @Test
    void aPenaltyPastTheWholeScoreSaysTheHundredPercentItTook() {
        String metadata = """
                {"created_at": "2026-04-03T10:00:00-07:00", "assignment": {"due_date": "2026-03-01T23:00:00-07:00"}}
                """;
        JsonObject o = JsonParser.parseString(GradescopeReport.write(GradedSamples.ASSIGNMENT, GradedSamples.graded("alice"), metadata)).getAsJsonObject();
        assertEquals(0, o.get("score").getAsDouble(), 1e-9);
        assertTrue(o.get("output").getAsString().contains("late by 33 days: 100% taken off"), o.get("output").getAsString());
    }

    /** Metadata that gives no dates applies no penalty, and the result says so rather than a silent full score. */
    @Test
    void unusableMetadataIsSaidInTheResult() {
        for (String[] c : new String[][] {
                {"{not json", "no late penalty could be applied: the submission metadata is not a JSON object"},
                {"{\"created_at\": \"garbage\", \"assignment\": {\"due_date\": \"2024-03-03T23:59:00.000000-08:00\"}}",
                        "no late penalty could be applied: the submission metadata's created_at is not a date with its offset"},
                {"{\"created_at\": \"2024-03-03T23:59:00-08:00\"}", "no late penalty could be applied: the submission metadata has no assignment.due_date"}}) {
            String said = GradescopeReport.metadataProblem(GradedSamples.ASSIGNMENT, c[0]);
            assertTrue(said != null && c[1].contains(said.substring(0, 20)), said);
            JsonObject o = JsonParser.parseString(GradescopeReport.write(GradedSamples.ASSIGNMENT, GradedSamples.graded("alice"), c[0])).getAsJsonObject();
            assertTrue(o.get("output").getAsString().contains(c[1]), o.get("output").getAsString());
            assertEquals(15, o.get("score").getAsDouble(), 1e-9);
        }
        // No due date at all is not a problem: never late.
        assertEquals(null, GradescopeReport.metadataProblem(GradedSamples.ASSIGNMENT,
                "{\"created_at\": \"2024-03-03T23:59:00-08:00\", \"assignment\": {\"due_date\": null}}"));
    }

    @Test
    void junitStaysValidXmlWhateverTheSubmissionPrinted() throws Exception {
        SubmissionResult bob = GradedSamples.graded("bob");
        List<TestResult> tests = bob.tests().stream().map(t -> new TestResult(t.name() + "\u0001<&>", t.number(), t.maxPoints(),
                t.points(), t.status(), "bad \u0000\u0007 bytes ]]> \uD800", t.studentMessage(), "\u001b[31mred\u001b[0m", t.hidden(),
                t.visibility(), t.line(), 0)).toList();
        String xml = JunitReport.write(GradedSamples.ASSIGNMENT, List.of(new SubmissionResult("b\"ob", "hw2.nn", bob.status(),
                null, "", tests, List.of(), 0, "")));
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(6, doc.getElementsByTagName("testcase").getLength());
        assertEquals(3, doc.getElementsByTagName("failure").getLength());
        assertEquals(1, doc.getElementsByTagName("error").getLength());
    }
}
