package nn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nn.interp.Limits;
import nn.run.ScriptRunner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interpreter compiled to JavaScript (target/web/nn.js) prints what the JVM prints: every sample that needs
 * no file gives its samples/*.out byte for byte, and bad input gets the JVM's messages and budgets.
 */
class BrowserBuildTest {
    /**
     * Samples whose numbers differ in the browser, and why. Java's Math.exp and Math.pow on HotSpot are Intel's
     * libm (about one result in ten differs in the last bit from fdlibm), JavaScript's are fdlibm (StrictMath):
     * the eleven-layer network of depth.nn amplifies those bits over 300 epochs into a different loss.
     */
    static final Map<String, String> KNOWN_DIFFERENT = Map.of(
            "depth", "Math.exp/Math.pow: HotSpot's intrinsics and JavaScript's fdlibm differ in the last bit");

    @BeforeAll
    static void needsNode() {
        String missing = NodeRunner.missing();
        Assumptions.assumeTrue(missing == null, () -> "browser build tests skipped: " + missing);
    }

    /** A sample reads a file when it names one under data/; the browser has none. */
    private static boolean needsAFile(Path sample) throws IOException {
        return Files.readString(sample, StandardCharsets.UTF_8).contains("\"data/");
    }

    @TestFactory
    Stream<DynamicTest> everySampleThatNeedsNoFilePrintsItsOutFile() throws IOException {
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            samples = s.filter(p -> p.toString().endsWith(".nn")).sorted().toList();
        }
        assertTrue(samples.size() >= 10, "found the samples: " + samples);
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            String name = sample.getFileName().toString().replace(".nn", "");
            // Not run: its output is known to differ (see KNOWN_DIFFERENT), and it is the slowest sample.
            Assumptions.assumeFalse(KNOWN_DIFFERENT.containsKey(name), () -> name + ": " + KNOWN_DIFFERENT.get(name));
            NodeRunner.Result r = NodeRunner.run(sample, null);
            if (needsAFile(sample)) {
                assertEquals(1, r.exit(), r.err());
                assertTrue(r.err().contains("the browser playground has no files"), r.err());
                return;
            }
            assertEquals("", r.err(), "stderr of " + sample);
            assertEquals(0, r.exit(), "exit status of " + sample);
            String expected = Files.readString(Path.of("samples", name + ".out"), StandardCharsets.UTF_8);
            assertEquals(expected, r.out(), "stdout of " + sample);
        }));
    }

    @Test
    void aSyntaxErrorGetsTheJvmsMessageAndCaret(@TempDir Path dir) throws Exception {
        String text = "x = [1, 2\nprint x +\n";
        assertSameAsJvm(dir, "broken.nn", text, null, Limits.defaults());
    }

    @Test
    void aRuntimeErrorGetsTheJvmsMessage(@TempDir Path dir) throws Exception {
        assertSameAsJvm(dir, "shapes.nn", "a = ones(2, 3)\nb = ones(2, 3)\nprint a @ b\n", null, Limits.defaults());
    }

    @Test
    void anEndlessLoopEndsAtTheStepBudget(@TempDir Path dir) throws Exception {
        assertSameAsJvm(dir, "loop.nn", "i = 0\nwhile true { i = i + 1 }\n", "{\"maxSteps\": 100000}",
                Limits.defaults().withSteps(100_000));
    }

    @Test
    void anEndlessLoopEndsAtTheTimeBudget(@TempDir Path dir) throws Exception {
        Path f = NodeRunner.script(dir, "slow.nn", "i = 0\nwhile true { i = i + 1 }\n");
        NodeRunner.Result r = NodeRunner.run(f, "{\"timeoutSeconds\": 1}");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("slow.nn:2:"), r.err());
        assertTrue(r.err().contains("error: time budget exceeded: the run took longer than 1 s"), r.err());
    }

    @Test
    void aHugeAllocationEndsWithTheMemoryBudgetsMessage(@TempDir Path dir) throws Exception {
        assertSameAsJvm(dir, "huge.nn", "big = zeros(100000, 100000)\n", null, Limits.defaults());
    }

    @Test
    void theLanguageOptionGivesTheSpanishOutputOfTheJvm() throws Exception {
        for (String name : new String[] {"perceptron-gates", "forward-backward"}) {
            NodeRunner.Result r = NodeRunner.run(Path.of("samples", name + ".nn"), "{\"lang\": \"es-MX\"}");
            assertEquals("", r.err(), "stderr of " + name + " in Spanish");
            assertEquals(Files.readString(Path.of("samples", name + ".es.out"), StandardCharsets.UTF_8), r.out(),
                    "stdout of " + name + " in Spanish");
        }
    }

    @Test
    void aFileStatementSaysTheBrowserHasNoFiles(@TempDir Path dir) throws Exception {
        Path f = NodeRunner.script(dir, "files.nn", "network n = 2 -> dense(1)\nsave n to \"n.json\"\n");
        NodeRunner.Result r = NodeRunner.run(f, null);
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("cannot write n.json: the browser playground has no files"), r.err());
        assertTrue(r.err().contains("hint: run the script with ./nn on your computer to write files"), r.err());
    }

    /** The issue's limit: the compiled interpreter under 600 KB gzipped (measured as gzip -9 does). */
    @Test
    void nnJsIsUnder600KbGzipped() throws IOException {
        byte[] js = Files.readAllBytes(NodeRunner.NN_JS);
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(packed) { { def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION); } }) {
            gzip.write(js);
        }
        System.out.printf("nn.js: %,d bytes, %,d gzipped%n", js.length, packed.size());
        assertTrue(packed.size() < 600_000, "nn.js is " + packed.size() + " bytes gzipped, over 600 KB");
    }

    /**
     * With the option training, a run also reports every epoch for the page's live chart ("train" events, one JSON
     * text each): the run's start, then each epoch's exact numbers, the same the printed lines round; the text
     * printed is unchanged.
     */
    @Test
    void trainingEventsReportEveryEpochAndLeaveTheTextAsItIs(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("train.jsonl");
        NodeRunner.Result r = NodeRunner.run(Path.of("samples", "xor-train.nn"), null, Map.of("NN_TRAIN_LOG", log.toString()));
        assertEquals(0, r.exit(), r.err());
        assertEquals(Files.readString(Path.of("samples", "xor-train.out"), StandardCharsets.UTF_8), r.out());
        List<String> events = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals("{\"network\":\"xornet\",\"epochs\":5000}", events.get(0));
        // "stopped at epoch 4264 because loss < 0.002": every epoch up to there, in order.
        assertEquals(1 + 4264, events.size());
        for (int epoch = 1; epoch <= 4264; epoch++)
            assertTrue(events.get(epoch).startsWith("{\"epoch\":" + epoch + ",\"loss\":"), events.get(epoch));
        // "epoch 500: loss 0.499, accuracy 0.75"; no validation data: nulls.
        String e500 = events.get(500);
        assertTrue(e500.endsWith(",\"accuracy\":0.75,\"valLoss\":null,\"valAccuracy\":null}"), e500);
        double loss = Double.parseDouble(e500.replaceAll(".*\"loss\":([^,]*),.*", "$1"));
        assertEquals(0.499, loss, 0.0005, e500);
        double last = Double.parseDouble(events.get(4264).replaceAll(".*\"loss\":([^,]*),.*", "$1"));
        assertTrue(last < 0.002 && last > 0.0019, events.get(4264));
    }

    private static void assertSameAsJvm(Path dir, String name, String text, String options, Limits limits) throws Exception {
        Path f = NodeRunner.script(dir, name, text);
        NodeRunner.Result browser = NodeRunner.run(f, options);
        ScriptRunner.Result jvm = ScriptRunner.run(name, text, dir, limits);
        assertTrue(!jvm.err().isEmpty(), "the JVM reports an error for " + name);
        assertEquals(jvm.err(), browser.err(), "stderr of " + name);
        assertEquals(jvm.out(), browser.out(), "stdout of " + name);
        assertEquals(jvm.outcome() == nn.run.Session.Outcome.OK ? 0 : 1, browser.exit(), "exit status of " + name);
    }
}
