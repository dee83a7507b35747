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
 * The interpreter compiled to JavaScript (target/web/nn.js) prints what the JVM prints: every sample gives its
 * samples/*.out byte for byte (depth.nn included: eleven sigmoid layers trained for 300 epochs, where any last-bit
 * difference would show; those that read data get the samples' folder as the page's files, as the page gives its
 * shipped data, and mnist.nn and validation.nn train on MNIST's digits: about 50 and 30 s of CPU in Node, the
 * matrix products through {@code nn.web.teavm.ExactFmaRows}), files are read, written and loaded back as on the JVM, and bad input gets the JVM's messages,
 * sandbox rules and budgets.
 */
class BrowserBuildTest {
    @BeforeAll
    static void needsNode() {
        String missing = NodeRunner.missing();
        Assumptions.assumeTrue(missing == null, () -> "browser build tests skipped: " + missing);
    }

    @TestFactory
    Stream<DynamicTest> everySamplePrintsItsOutFile() throws IOException {
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            samples = s.filter(p -> p.toString().endsWith(".nn")).sorted().toList();
        }
        assertTrue(samples.size() >= 10, "found the samples: " + samples);
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            String name = sample.getFileName().toString().replace(".nn", "");
            // The samples' folder is the page's files, as the page passes its shipped data.
            NodeRunner.Result r = NodeRunner.run(sample, null, Path.of("samples"), null);
            assertEquals("", r.err(), "stderr of " + sample);
            assertEquals(0, r.exit(), "exit status of " + sample);
            String expected = Files.readString(Path.of("samples", name + ".out"), StandardCharsets.UTF_8);
            assertEquals(expected, r.out(), "stdout of " + sample);
        }));
    }

    /**
     * Float arithmetic rounds after every operation in Java; TeaVM's JavaScript kept doubles until the build plugin
     * rounded every float result (nn.web.teavm.FloatRounding). A float32 network trained for a few epochs and
     * printed with every digit shows any difference.
     */
    @Test
    void aFloat32NetworkTrainsToTheJvmsNumbers(@TempDir Path dir) throws Exception {
        String text = """
                seed 3
                precision 15
                dataset sp = spiral(points = 90, classes = 3, noise = 0.1, seed = 7)
                network n = 2 -> dense(8, tanh) -> dense(6, sigmoid) -> dense(3) dtype float32
                train n on sp {
                  loss cross_entropy
                  optimizer adam(lr = 0.03)
                  epochs 25
                  batch 16
                  shuffle seed 5
                }
                print n.dense1.weights
                print n.dense3.bias
                print n(sp.inputs[0:3])
                """;
        Path f = NodeRunner.script(dir, "f32.nn", text);
        NodeRunner.Result browser = NodeRunner.run(f, null);
        ScriptRunner.Result jvm = ScriptRunner.run("f32.nn", text, dir, Limits.defaults());
        assertEquals(jvm.err(), browser.err(), "stderr");
        assertTrue(jvm.out().contains("trained n for 25 epochs"), jvm.out());
        assertEquals(jvm.out(), browser.out(), "stdout");
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
        assertSameAsJvmButTheHint(dir, "loop.nn", "i = 0\nwhile true { i = i + 1 }\n", "{\"maxSteps\": 100000}",
                Limits.defaults().withSteps(100_000),
                "an endless loop? the page's budgets are fixed; on a computer, ./nn --max-steps N raises this one");
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
        assertSameAsJvmButTheHint(dir, "huge.nn", "big = zeros(100000, 100000)\n", null, Limits.defaults(),
                "the page's budgets are fixed; on a computer, ./nn --max-memory 75g raises this one (and NN_HEAP=76g Java's heap)");
    }

    /**
     * The browser's memory budget counts what the script's values hold (nn.interp.LiveValues), as the JVM's counts
     * the live heap: 100 matrices of 7.6 MiB made and dropped one at a time run under a 64 MiB budget, as on the JVM.
     */
    @Test
    void matricesMadeAndDroppedInALoopAreNotStoppedByTheMemoryBudget(@TempDir Path dir) throws Exception {
        String text = "n = 0\nfor i in 1..100 {\n  m = zeros(1000, 1000)\n  n = n + 1\n}\nprint n\n";
        NodeRunner.Result browser = NodeRunner.run(NodeRunner.script(dir, "drop.nn", text), "{\"maxMemoryMb\": 64}");
        ScriptRunner.Result jvm = ScriptRunner.run("drop.nn", text, dir, Limits.defaults().withMemory(64L << 20));
        assertEquals("", browser.err());
        assertEquals("100\n", browser.out());
        assertEquals(jvm.out(), browser.out());
        assertEquals(jvm.err(), browser.err());
    }

    /** Matrices a list keeps add up, and the run ends with the memory budget's message (not a tab out of memory). */
    @Test
    void matricesAListKeepsEndWithTheMemoryBudgetsMessage(@TempDir Path dir) throws Exception {
        Path f = NodeRunner.script(dir, "keep.nn", "kept = [\"start\"]\nfor i in 1..100 {\n  append(kept, zeros(1000, 1000))\n}\n");
        NodeRunner.Result r = NodeRunner.run(f, "{\"maxMemoryMb\": 64}");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith("keep.nn:3:16: error: memory budget exceeded: the run holds 61.0 MiB and a 1000×1000 "
                + "matrix needs 7.6 MiB more, the budget is 64.0 MiB"), r.err());
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

    /** A CSV the page holds, a network trained on it, saved, loaded back: the JVM's output, and the JVM's file format. */
    @Test
    void aScriptReadsThePagesFilesAndWritesOnesThatLoadBack(@TempDir Path dir) throws Exception {
        Path files = Files.createDirectories(dir.resolve("files")), written = Files.createDirectories(dir.resolve("written"));
        Path jvmDir = Files.createDirectories(dir.resolve("jvm"));
        String csv = "x1,x2,label\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n";
        Files.writeString(files.resolve("xor.csv"), csv);
        Files.writeString(jvmDir.resolve("xor.csv"), csv);
        String text = """
                seed 3
                dataset d = csv("xor.csv", target = "label")
                print d
                network n = 2 -> dense(4, tanh) -> dense(1, sigmoid)
                train n on d {
                  loss mse
                  optimizer sgd(lr = 0.5)
                  epochs 50
                  report every 0
                }
                save n to "xor-net.json"
                m = load("xor-net.json")
                print m.layers[0].weights
                print m([1, 0])
                plot curve relu from -1 to 1 to "relu.svg"
                """;
        Path script = NodeRunner.script(dir, "files.nn", text);
        NodeRunner.Result browser = NodeRunner.run(script, null, files, written);
        ScriptRunner.Result jvm = ScriptRunner.run("files.nn", text, jvmDir, Limits.defaults());
        assertEquals(jvm.err(), browser.err(), "stderr");
        assertEquals(jvm.out(), browser.out(), "stdout");
        assertEquals(0, browser.exit());
        // The same bits as the JVM (nn.tensor.Fdlibm in both builds): the saved file is the JVM's byte for byte.
        String saved = Files.readString(written.resolve("xor-net.json")), jvmSaved = Files.readString(jvmDir.resolve("xor-net.json"));
        assertEquals(jvmSaved, saved, "the saved network");
        assertEquals(saved, nn.model.NetworkJson.write(nn.model.NetworkJson.read(saved, "xor-net.json")),
                "the JVM reads and writes the browser's file back byte for byte");
        assertTrue(Files.readString(written.resolve("relu.svg")).startsWith("<svg") || Files.readString(written.resolve("relu.svg")).startsWith("<?xml"),
                "the plot is written as SVG");
    }

    /** The shipped MNIST subset, given as the page gives it (read when the script reads it), gives the JVM's dataset. */
    @Test
    void theMnistSubsetIsReadAsOnTheJvm(@TempDir Path dir) throws Exception {
        String text = "dataset digits = mnist(\"data/mnist\", limit = 300)\nprint digits\nprint digits.inputs[299, 150:160]\n"
                + "print digits.labels[0:20]\n";
        Path script = NodeRunner.script(dir, "digits.nn", text);
        NodeRunner.Result browser = NodeRunner.run(script, null, Path.of("samples"), null);
        ScriptRunner.Result jvm = ScriptRunner.run("digits.nn", text, Path.of("samples"), Limits.defaults());
        assertEquals("", jvm.err());
        assertEquals(jvm.err(), browser.err(), "stderr");
        assertEquals(jvm.out(), browser.out(), "stdout");
    }

    @Test
    void aMissingFileGetsTheJvmsMessageAndAHintToAddIt(@TempDir Path dir) throws Exception {
        String text = "x = 1\ndataset d = csv(\"iris.csv\")\n";
        Path script = NodeRunner.script(dir, "missing.nn", text);
        NodeRunner.Result browser = NodeRunner.run(script, null, Files.createDirectories(dir.resolve("none")), null);
        ScriptRunner.Result jvm = ScriptRunner.run("missing.nn", text, Files.createDirectories(dir.resolve("jvm")), Limits.defaults());
        assertEquals(1, browser.exit());
        List<String> b = browser.err().lines().toList(), j = jvm.err().lines().toList();
        assertEquals(j.subList(0, 3), b.subList(0, 3), "the message, the source line and the caret");
        assertTrue(b.get(0).startsWith("missing.nn:2:") && b.get(0).contains("error: file not found: iris.csv"), browser.err());
        assertEquals("  hint: add the file to the page with its Add files… button (a script's names start at the page's files)",
                b.get(3));
    }

    @Test
    void theSandboxsRulesHoldForThePagesFiles(@TempDir Path dir) throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        Files.writeString(files.resolve("a.csv"), "x,y\n1,2\n");
        for (String text : new String[] {"dataset d = csv(\"../a.csv\")\n", "dataset d = csv(\"/etc/passwd\")\n",
                "network n = 2 -> dense(1)\nsave n to \"sub/n.json\"\n", "network n = 2 -> dense(1)\nsave n to \"x.nn\"\n",
                "dataset d = csv(\"\")\n"}) {
            Path script = NodeRunner.script(dir, "rules.nn", text);
            NodeRunner.Result browser = NodeRunner.run(script, null, files, null);
            Path jvmDir = Files.createDirectories(dir.resolve("jvm"));
            Files.writeString(jvmDir.resolve("a.csv"), "x,y\n1,2\n");
            ScriptRunner.Result jvm = ScriptRunner.run("rules.nn", text, jvmDir, Limits.defaults());
            assertTrue(!jvm.err().isEmpty(), "the JVM refuses " + text);
            assertEquals(jvm.err(), browser.err(), "stderr of " + text);
            assertEquals(1, browser.exit(), text);
        }
    }

    @Test
    void aBrokenNetworkFileIsExplained(@TempDir Path dir) throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        Files.writeString(files.resolve("broken.json"), "{\n  \"format\": \"nn-network\",\n  \"version\": 1,,\n}\n");
        Files.writeString(files.resolve("other.json"), "{\"format\": \"something\"}");
        NodeRunner.Result r = NodeRunner.run(NodeRunner.script(dir, "b.nn", "n = load(\"broken.json\")\n"), null, files, null);
        assertTrue(r.err().startsWith("b.nn:1:5: error: broken.json is not valid JSON (at line 3, column 16)"), r.err());
        r = NodeRunner.run(NodeRunner.script(dir, "o.nn", "n = load(\"other.json\")\n"), null, files, null);
        assertTrue(r.err().contains("error: other.json is not an nn network file (it needs \"format\": \"nn-network\")"), r.err());
    }

    @Test
    void aPlotToPngSaysTheBrowserWritesSvg(@TempDir Path dir) throws Exception {
        NodeRunner.Result r = NodeRunner.run(NodeRunner.script(dir, "p.nn", "plot curve relu from -1 to 1 to \"relu.png\"\n"), null);
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("error: cannot write relu.png: the browser playground draws plots as SVG only"), r.err());
        assertTrue(r.err().contains("hint: write it to \"relu.svg\", or run the script with ./nn on your computer for PNG and GIF"), r.err());
    }

    /** web/files.js names the shipped sample data, which the build copies beside the page: the same files. */
    @Test
    void thePageListsEveryShippedDataFile() throws IOException {
        String js = Files.readString(Path.of("web/files.js"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("const SHIPPED = \\[([^\\]]*)]").matcher(js);
        assertTrue(m.find(), "files.js has its SHIPPED list");
        List<String> listed = java.util.Arrays.stream(m.group(1).split(",")).map(x -> x.trim().replace("\"", "")).sorted().toList();
        List<String> shipped;
        try (Stream<Path> s = Files.walk(Path.of("samples/data"))) {
            shipped = s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md"))
                    .map(p -> "data/" + Path.of("samples/data").relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertEquals(shipped, listed);
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

    /**
     * A budget's error as on the JVM, but for its hint: the terminal's names the flag that raises the budget, the
     * page's says that its budgets are fixed (it has no flags) and names the flag for ./nn on a computer.
     */
    private static void assertSameAsJvmButTheHint(Path dir, String name, String text, String options, Limits limits,
                                                  String pageHint) throws Exception {
        Path f = NodeRunner.script(dir, name, text);
        NodeRunner.Result browser = NodeRunner.run(f, options);
        ScriptRunner.Result jvm = ScriptRunner.run(name, text, dir, limits);
        String jvmHint = jvm.err().lines().filter(l -> l.startsWith("  hint: ")).findFirst().orElseThrow();
        assertEquals(jvm.err().replace(jvmHint, "  hint: " + pageHint), browser.err(), "stderr of " + name);
        assertEquals(jvm.out(), browser.out(), "stdout of " + name);
        assertEquals(1, browser.exit(), "exit status of " + name);
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
