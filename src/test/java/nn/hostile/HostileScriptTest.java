package nn.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nn.interp.Limits;
import nn.lang.source.SourceFile;
import nn.run.ScriptRunner;
import nn.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scripts written by an attacker: each test is one escape, hang or crash found by trying, with the
 * clear error it now ends with. They run in-process through a {@link Session}, as the launcher does.
 */
class HostileScriptTest {
    @TempDir Path dir;
    @TempDir Path outside;

    private ScriptRunner.Result run(String text) { return ScriptRunner.run("hw.nn", text, dir); }

    private ScriptRunner.Result run(String text, Limits limits) {
        return ScriptRunner.run("hw.nn", text, dir, limits);
    }

    private static byte[] idx(int magic, int count, int... dimsAndBytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(magic);
        d.writeInt(count);
        int dims = (magic & 0xFF) - 1;
        for (int i = 0; i < dims; i++) d.writeInt(dimsAndBytes[i]);
        for (int i = dims; i < dimsAndBytes.length; i++) d.writeByte(dimsAndBytes[i]);
        return b.toByteArray();
    }

    // --- escapes ---

    @Test void idxFilesLinkedFromOutsideTheFolderAreRefused() throws IOException {
        Files.write(outside.resolve("train-images-idx3-ubyte"), idx(0x803, 1, 2, 2, 1, 2, 3, 4));
        Files.write(outside.resolve("train-labels-idx1-ubyte"), idx(0x801, 1, 7));
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.createSymbolicLink(data.resolve("train-images-idx3-ubyte"), outside.resolve("train-images-idx3-ubyte"));
        Files.createSymbolicLink(data.resolve("train-labels-idx1-ubyte"), outside.resolve("train-labels-idx1-ubyte"));
        var r = run("d = mnist(\"data\")\nprint d\n");
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome(), r.err());
        assertTrue(r.err().contains("access refused: train-images-idx3-ubyte is outside the folders"), r.err());
        assertFalse(r.err().contains(outside.toString()), "messages never show the machine's folders: " + r.err());
    }

    @Test void aLabelFileLinkedFromOutsideIsRefusedToo() throws IOException {
        Files.write(outside.resolve("train-labels-idx1-ubyte"), idx(0x801, 1, 7));
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.write(data.resolve("train-images-idx3-ubyte"), idx(0x803, 1, 2, 2, 1, 2, 3, 4));
        Files.createSymbolicLink(data.resolve("train-labels-idx1-ubyte"), outside.resolve("train-labels-idx1-ubyte"));
        var r = run("d = mnist(\"data\")\n");
        assertTrue(r.err().contains("access refused: train-labels-idx1-ubyte is outside"), r.err());
    }

    @Test void writesNeverFollowALinkEvenToAFileInside() throws IOException {
        Files.writeString(dir.resolve("other.nn"), "print 1\n");
        Files.createSymbolicLink(dir.resolve("net.json"), dir.resolve("other.nn"));
        var r = run("network n = 2 -> dense(1, sigmoid)\nsave n to \"net.json\"\n");
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome());
        assertTrue(r.err().contains("access refused: net.json is a symbolic link"), r.err());
        assertEquals("print 1\n", Files.readString(dir.resolve("other.nn")));
    }

    @Test void aScriptIsNeverWritten() throws IOException {
        Files.writeString(dir.resolve("hw.nn"), "print 1\n");
        var r = run("network n = 2 -> dense(1, sigmoid)\ngraph n(x) to \"hw.nn\"\n");
        assertEquals("print 1\n", Files.readString(dir.resolve("hw.nn")));
        assertFalse(r.outcome() == Session.Outcome.OK);
    }

    @Test void replacingAnOutputIsSaid() throws IOException {
        Files.writeString(dir.resolve("net.json"), "{}");
        var r = run("network n = 2 -> dense(1, sigmoid)\nsave n to \"net.json\"\n");
        assertEquals(Session.Outcome.OK, r.outcome(), r.err());
        assertTrue(r.err().contains("note: replacing net.json, which already exists"), r.err());
    }

    @Test void replacingTheSameOutputAgainIsSaidOnce() throws IOException {
        Files.writeString(dir.resolve("net.json"), "{}");
        var r = run("network n = 2 -> dense(1, sigmoid)\nfor i in 0..3 { save n to \"net.json\" }\n");
        assertEquals(Session.Outcome.OK, r.outcome(), r.err());
        assertEquals(1, r.err().split("note: replacing net.json", -1).length - 1, r.err());
    }

    @Test void aScriptWithoutAFolderMayUseNone() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        java.io.PrintStream o = new java.io.PrintStream(out, true), e = new java.io.PrintStream(err, true);
        Session s = new Session(Limits.defaults(), List.of(), o, e, false);
        assertEquals(Session.Outcome.RUNTIME_ERROR, s.run(new SourceFile("/dev/stdin", "d = csv(\"shm/x.csv\")\n")));
        assertTrue(err.toString().contains("this script has no folder"), err.toString());
    }

    @Test void escapeSequencesArePrintedVisibly() {
        var r = run("print \"\u001b[2J\u001b[32mall tests passed\u0007\"\n");
        assertEquals("␛[2J␛[32mall tests passed␇\n", r.out());
    }

    @Test void controlCharactersInErrorMessagesAreVisible() {
        var r = run("d = csv(\"\u001b[31mx.csv\")\n");
        assertFalse(r.err().contains("\u001b"), r.err());
        assertTrue(r.err().contains("file not found: ␛[31mx.csv"), r.err());
    }

    @Test void hintsDoNotShowTheMachinesFolders() {
        var r = run("d = csv(\"missing.csv\")\n");
        assertFalse(r.err().contains(dir.toString()), r.err());
    }

    @Test void aLongFileNameIsShownShortened() {
        String name = "a".repeat(300) + ".json";
        var r = run("network n = 2 -> dense(1)\nsave n to \"" + name + "\"\n");
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.contains("cannot write " + "a".repeat(39) + "…" + "a".repeat(34) + ".json: "), first);
    }

    @Test void aLineBreakInAFileNameCannotFakeALine() throws IOException {
        var r = run("d = csv(\"x.csv\\nhw.nn: all 10 tests passed\")\n");
        assertTrue(r.err().startsWith("hw.nn:1:5: error: file not found: x.csv␊hw.nn: all 10 tests passed\n"), r.err());
        var w = run("network n = 2 -> dense(1)\nsave n to \"a\\nb.json\"\n");
        assertEquals(Session.Outcome.RUNTIME_ERROR, w.outcome(), w.out());
        assertTrue(w.err().contains("cannot write a␊b.json: file names nn writes cannot contain control characters"), w.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test void aFolderGivenToCsvIsAClearError() {
        var r = run("d = csv(\".\")\n");
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome());
        assertTrue(r.err().contains("it is a folder"), r.err());
    }

    @Test void nulInAFileNameIsAClearError() {
        var r = run("d = csv(\"a\\tb\")\nd = csv(\"x" + "\u0000" + "y.csv\")\n");
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    // --- hangs ---

    private static long millis(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test void theTimeoutHoldsInsideOneLongProduct() {
        Limits l = Limits.defaults().withTimeout(Duration.ofMillis(300));
        ScriptRunner.Result[] r = new ScriptRunner.Result[1];
        long ms = millis(() -> r[0] = run("A = zeros(1500, 1500) + 1\nfor i in 1..1000 { B = A * A }\nprint \"done\"\n", l));
        assertEquals(Session.Outcome.RUNTIME_ERROR, r[0].outcome(), r[0].err());
        assertTrue(r[0].err().contains("time budget exceeded"), r[0].err());
        assertTrue(ms < 1300, "stopped after " + ms + " ms");
    }

    @Test void aScriptOfLongNamesIsCheckedQuicklyAndItsNamesAreQuotedShort() {
        StringBuilder script = new StringBuilder();
        String tail = "x".repeat(8000);
        for (int i = 0; i < 200; i++) script.append("n").append(i).append(tail).append(" = ").append(i).append('\n');
        script.append("print n7").append(tail).append("y\n");  // 1.6 MB; the last name is undefined
        ScriptRunner.Result[] r = new ScriptRunner.Result[1];
        long ms = millis(() -> r[0] = run(script.toString()));
        assertEquals(Session.Outcome.SYNTAX_ERROR, r[0].outcome(), r[0].err());
        String first = r[0].err().lines().findFirst().orElse("");
        assertTrue(first.endsWith("error: undefined name 'n7" + "x".repeat(30) + "… (8003 characters)'"), first);
        assertTrue(ms < 15_000, "checked in " + ms + " ms");
    }

    @Test void sharedListsPrintAndCompareInLinearTime() {
        Limits l = Limits.defaults().withTimeout(Duration.ofSeconds(20));
        ScriptRunner.Result[] r = new ScriptRunner.Result[1];
        long ms = millis(() -> r[0] = run("""
                L = ["a"]
                M = ["a"]
                for i in 1..60 {
                  L = [L, L]
                  M = [M, M]
                }
                print L == M
                s = str(L)
                print len(s) < 200000
                print L
                """, l));
        assertEquals(Session.Outcome.OK, r[0].outcome(), r[0].err());
        assertTrue(r[0].out().startsWith("true\ntrue\n[[[["), r[0].out().substring(0, Math.min(100, r[0].out().length())));
        assertTrue(ms < 10_000, ms + " ms");
    }

    @Test void deeplyNestedListsPrintAndCompare() {
        var r = run("""
                L = ["a"]
                M = ["a"]
                for i in 1..200000 {
                  L = [L]
                  M = [M]
                }
                print L == M
                print len(str(L)) < 1000
                """);
        assertEquals(Session.Outcome.OK, r.outcome(), r.err());
        assertEquals("true\ntrue\n", r.out());
    }

    // --- memory: in a JVM of its own, as the launcher runs a script (other tests' objects would count) ---

    private record Launched(int exit, String err) {}

    private Launched launch(String script, String... flags) throws Exception {
        Path file = Files.writeString(dir.resolve("m.nn"), script);
        List<String> cmd = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:+UseSerialGC", "-Xmx1g", "-cp", System.getProperty("java.class.path"), "nn.cli.Main"));
        cmd.addAll(List.of(flags));
        cmd.add(file.toString());
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new Launched(p.waitFor(), err);
    }

    @Test void memoryIsCountedLiveNotPerAllocation() throws Exception {
        Launched r = launch("L = [\"x\"]\nfor i in 1..100 {\n  L = [L, zeros(1000, 1000)]\n}\nprint \"done\"\n", "--max-memory", "64m");
        assertEquals(70, r.exit(), r.err());
        assertTrue(r.err().contains("memory budget exceeded: the run holds"), r.err());
    }

    @Test void droppedValuesAreCredited() throws Exception {
        Launched r = launch("for i in 1..100 {\n  A = zeros(1000, 1000)\n}\nprint \"done\"\n", "--max-memory", "64m");
        assertEquals(0, r.exit(), r.err());
    }

    @Test void aHugeNetworkFileIsChargedAsItIsReadNotAfter() throws Exception {
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        try (var out = Files.newOutputStream(dir.resolve("big.json"))) {
            for (int i = 0; i < 64; i++) out.write(spaces);
        }
        Launched r = launch("n = load(\"big.json\")\n", "--max-memory", "16m");
        assertEquals(70, r.exit(), r.err());
        assertTrue(r.err().contains("and the text of big.json needs 3.0 MiB more, the budget is 16.0 MiB"), r.err());
    }

    @Test void aHugePerceptronIsStoppedByTheMemoryBudget() throws Exception {
        Launched r = launch("perceptron p(inputs = 20000000)\nprint \"made\"\nwhile true { x = 1 }\n", "--max-memory", "10m");
        assertEquals(70, r.exit(), r.err());
        assertTrue(r.err().contains("memory budget exceeded"), r.err());
    }
}
