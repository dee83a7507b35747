package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nn grade's exit statuses and messages: 0 whatever the score, 64 usage, 65 an assignment with errors. */
class GradeCommandTest {
    @TempDir Path dir;

    @Test void anAssignmentWithAnErrorIsReportedBeforeAnySubmissionRuns() throws IOException {
        Path a = Files.writeString(dir.resolve("hw.nn"), "test \"a\" points 2 {\n  expect x = 1\n}\n");
        CliRun r = CliRun.of("grade", a.toString(), "samples/grading/submissions/alice");
        assertEquals(65, r.status());
        assertTrue(r.err().startsWith("hw.nn:2:12: error: '=' assigns; a condition compares\n    expect x = 1\n             ^\n"), r.err());
    }

    @Test void theAssignmentsOwnFilesAreReadFromItsFolderNeverTheSubmissions() throws IOException {
        Path course = Files.createDirectories(dir.resolve("course")), student = Files.createDirectories(dir.resolve("student"));
        Files.writeString(course.resolve("check.csv"), "x0,x1,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n");
        Path a = Files.writeString(course.resolve("a.nn"), "assignment \"A\" { submission \"hw.nn\" }\n"
                + "dataset check = csv(\"check.csv\")\ntest \"rows\" points 1 { expect check.size == 4, \"the instructor's four rows\" }\n");
        Files.writeString(student.resolve("check.csv"), "x0,x1,y\n0,0,1\n");  // the student's own "check set"
        Files.writeString(student.resolve("hw.nn"), "x = 1\n");
        CliRun r = CliRun.of("grade", a.toString(), student.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("total: 1 / 1 points"), r.out());
    }

    @Test void assignmentStatementsThatFailAreTheAssignmentsErrorBeforeAnySubmissionRuns() throws IOException {
        Path a = Files.writeString(dir.resolve("a.nn"), "assignment \"A\" { submission \"hw.nn\" }\n"
                + "dataset check = csv(\"missing.csv\")\ntest \"rows\" points 1 { expect check.size == 4 }\n");
        CliRun r = CliRun.of("grade", a.toString(), "samples/grading/submissions/alice");
        assertEquals(65, r.status(), r.err());
        assertTrue(r.err().startsWith("a.nn:2:17: error: file not found: missing.csv"), r.err());
        assertTrue(r.err().contains("nothing was graded"), r.err());
        assertEquals("", r.out());
    }

    @Test void aTestWithoutPointsIsAClearError() throws IOException {
        Path a = Files.writeString(dir.resolve("hw.nn"), "test \"AND\" { expect 1 == 1 }\n");
        CliRun r = CliRun.of("grade", a.toString(), "samples/grading/submissions/alice");
        assertEquals(65, r.status());
        assertTrue(r.err().contains("hw.nn:1:6: error: the test \"AND\" has no points"), r.err());
        assertTrue(r.err().contains("hint: say what it is worth"), r.err());
    }

    @Test void unknownFormatAndMissingSubmissionAreUsageErrors() {
        assertEquals(64, CliRun.of("grade", "samples/grading/hw2-assignment.nn", "samples/grading/submissions/alice", "--format", "pdf").status());
        CliRun r = CliRun.of("grade", "samples/grading/hw2-assignment.nn", dir.resolve("nobody").toString());
        assertEquals(64, r.status());
        assertTrue(r.err().contains("no such submission"), r.err());
        assertEquals(64, CliRun.of("grade", "samples/grading/hw2-assignment.nn", "samples/grading/submissions", "--shard", "3/2").status());
    }

    /** A report that cannot be written is "cannot write PATH: reason" with exit status 74, never a Java exception. */
    @Test void anOutPathThatCannotBeWrittenIsSaidWithItsReason() throws IOException {
        String a = "samples/grading/hw2-assignment.nn", bob = "samples/grading/submissions/bob";
        Path missing = dir.resolve("nonexist").resolve("f.json");
        CliRun r = CliRun.of("grade", a, bob, "--out", missing.toString());
        assertEquals(74, r.status(), r.err());
        assertEquals("nn: cannot write " + missing + ": the folder " + missing.getParent() + " does not exist\n", r.err());
        r = CliRun.of("grade", a, bob, "--out", dir.toString());
        assertEquals(74, r.status(), r.err());
        assertEquals("nn: cannot write " + dir + ": it is a folder\n", r.err());
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        r = CliRun.of("grade", a, "samples/grading/submissions", "--out", file.resolve("grades").toString());
        assertEquals(74, r.status(), r.err());
        assertTrue(r.err().contains("nn: cannot write " + file), r.err());
        r = CliRun.of("--lang", "es", "grade", a, bob, "--out", missing.toString());
        assertEquals("nn: no se puede escribir " + missing + ": la carpeta " + missing.getParent() + " no existe\n", r.err());
    }

    /** --jobs is how many at a time: one submission stays one submission, graded under its own id. */
    @Test void jobsDoesNotTurnOneSubmissionIntoAClass() {
        CliRun r = CliRun.of("grade", "samples/grading/hw2-assignment.nn", "samples/grading/submissions/bob", "--jobs", "2");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Homework 2: perceptrons — bob (hw2.nn)\n"), r.out());
        assertTrue(!Files.exists(Path.of("grades", "results", "hw2.json")), "no class folder written");
    }

    @Test void unusableMetadataIsAWarningNamingTheFile() throws IOException {
        Path m = Files.writeString(dir.resolve("m1.json"), "{not json\n");
        CliRun r = CliRun.of("grade", "samples/grading/hw2-assignment.nn", "samples/grading/submissions/alice", "--format", "gradescope",
                "--metadata", m.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("warning: --metadata " + m + ": the submission metadata is not a JSON object; no late penalty is applied"), r.err());
        assertTrue(r.out().contains("no late penalty could be applied"), r.out());
    }

    @Test void aSubmissionThatDoesNotParseStillExitsZero() {
        CliRun r = CliRun.of("grade", "samples/grading/hw2-assignment.nn", "samples/grading/submissions/carol");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("total: 0 / 15 points (0.0%) · syntax-error"), r.out());
    }

    /**
     * Shards graded by the real command and joined by nn grade merge give the grade sheet, summary and
     * feedback of one unsharded run (the seconds column aside).
     */
    @Test void shardsMergedEqualAnUnshardedRun() throws IOException {
        Path cls = Files.createDirectories(dir.resolve("class"));
        String and = "unit AND2 = threshold(weights = [1, 1], threshold = 2)\n";
        Files.writeString(Files.createDirectories(cls.resolve("ann")).resolve("hw.nn"), and + "secret = 42\n");
        Files.writeString(Files.createDirectories(cls.resolve("ben")).resolve("hw.nn"), "unit AND2 = threshold(weights = [1, 1], threshold = 1)\n");
        Files.writeString(Files.createDirectories(cls.resolve("cy")).resolve("hw.nn"), "x = (\n");
        Files.writeString(cls.resolve("dee.nn"), and);
        Path a = Files.writeString(dir.resolve("quick.nn"), """
                assignment "Quick merge" { seed 3 }
                test "AND gate" points 1 { expect truthtable(AND2) == [0, 0, 0, 1] }
                test "same draw" points 1 { draw = rand(1, 3); print draw; expect draw[0, 0] < 2 }
                hidden test "secret" points 1 { expect secret == 42, "the secret number" }
                """);
        for (String shard : new String[] {"1/2", "2/2"}) {
            CliRun r = CliRun.of("grade", a.toString(), cls.toString(), "--shard", shard, "--out", dir.resolve("s" + shard.charAt(0)).toString());
            assertEquals(0, r.status(), r.err());
        }
        CliRun whole = CliRun.of("grade", a.toString(), cls.toString(), "--jobs", "2", "--out", dir.resolve("whole").toString(), "--format", "junit");
        assertEquals(0, whole.status(), whole.err());
        assertTrue(Files.exists(dir.resolve("s1/results/ann.json")) && Files.exists(dir.resolve("s2/results/ben.json")));
        assertTrue(!Files.exists(dir.resolve("s1/results/ben.json")), "each shard graded its own slice only");
        CliRun merged = CliRun.of("grade", "merge", a.toString(), dir.resolve("s1").toString(), dir.resolve("s2").toString(),
                "--out", dir.resolve("merged").toString(), "--format", "junit");
        assertEquals(0, merged.status(), merged.err());
        assertTrue(merged.out().contains("merged 4 results from 2 shards"), merged.out());
        assertEquals(withoutSeconds(dir.resolve("whole/grades.csv")), withoutSeconds(dir.resolve("merged/grades.csv")));
        assertEquals(Files.readString(dir.resolve("whole/summary.txt")), Files.readString(dir.resolve("merged/summary.txt")));
        for (String id : new String[] {"ann", "ben", "cy", "dee"})
            assertEquals(withoutTime(dir.resolve("whole/feedback/" + id + ".txt")), withoutTime(dir.resolve("merged/feedback/" + id + ".txt")), id);
        assertEquals(4, Files.readString(dir.resolve("merged/junit.xml")).split("<testsuite ").length - 1);
        assertTrue(Files.readString(dir.resolve("merged/grades.csv")).contains("cy,0,0,0,0,0.0,syntax-error"));
    }

    /** The grade sheet without its "seconds" column, which differs between two runs. */
    private static String withoutSeconds(Path csv) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(csv)) sb.append(line.replaceFirst(",(syntax-error|graded|crashed|timeout|invalid|grader-error),[0-9.]*,", ",$1,,")).append('\n');
        return sb.toString();
    }

    private static String withoutTime(Path feedback) throws IOException {
        return Files.readString(feedback).replaceAll("[0-9.]+ s\\b", "N s");
    }

    /**
     * nn grade package as a command in its own JVM (NN_JAR names the jar to copy; here a stand-in, as the
     * tests run from classes): each platform's files (their entry points run in PackagingTest).
     */
    @Test void packageWritesEachPlatformsFilesFromTheCommandLine() throws Exception {
        Path jar = Files.writeString(dir.resolve("nn.jar"), "stands in for nn.jar");
        String a = "samples/grading/hw2-assignment.nn";
        assertEquals(0, subprocess(jar, "grade", "package", a, "--gradescope", "--out", dir.resolve("ag.zip").toString()));
        assertTrue(Files.size(dir.resolve("ag.zip")) > 1000);
        assertEquals(0, subprocess(jar, "grade", "package", a, "--prairielearn", "--out", dir.resolve("pl").toString()));
        assertEquals("stands in for nn.jar", Files.readString(dir.resolve("pl/tests/nn.jar")));
        assertEquals(0, subprocess(jar, "grade", "package", a, "--classroom", "--out", dir.resolve("classroom.yml").toString()));
        assertTrue(Files.readString(dir.resolve("classroom.yml")).contains("autograding-grading-reporter"));
        assertEquals(64, subprocess(jar, "grade", "package", a), "a platform is required");
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertEquals(74, subprocess(jar, "grade", "package", a, "--prairielearn", "--out", file.resolve("x").toString()), "an --out it cannot write");
    }

    private static int subprocess(Path jar, String... args) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
                ProcessHandle.current().info().command().orElseThrow(), "-cp", System.getProperty("java.class.path"), "nn.cli.Main"));
        cmd.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("NN_JAR", jar.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        return p.exitValue();
    }
}
