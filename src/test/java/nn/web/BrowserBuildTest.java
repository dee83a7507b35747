package nn.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * no file gives its samples/*.out byte for byte (depth.nn included: eleven sigmoid layers trained for 300 epochs,
 * where any last-bit difference would show), and bad input gets the JVM's messages and budgets.
 */
class BrowserBuildTest {
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
