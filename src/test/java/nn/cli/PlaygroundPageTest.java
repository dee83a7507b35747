package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The playground page in a real browser (issue 14): src/test/browser/page.test.mjs drives Debian's chromium
 * headless through playwright-core against the built page (target/web) served by {@code nn web}'s server.
 * It runs the lecture's samples and compares the output pane with samples/NAME.out, checks the plots' pixels,
 * Stop, the error mark in the editor, the share link and the download; screenshots go to target/browser-test/.
 * Skipped, with what is missing, when chromium, node, the npm package or the compiled nn.js is absent.
 * Beside it, src/test/browser/highlight.test.mjs checks the page's highlighter against the editors' snapshots.
 */
class PlaygroundPageTest {
    private static final Path PAGE = Path.of("target", "web");
    private static final Path TEST = Path.of("src", "test", "browser");
    private static final Path ARTEFACTS = Path.of("target", "browser-test");
    private static final String CHROMIUM = System.getenv().getOrDefault("NN_CHROMIUM", "/usr/bin/chromium");

    @Test
    void thePageRunsTheSamplesInChromium() throws IOException, InterruptedException {
        need(Files.isExecutable(Path.of(CHROMIUM)), CHROMIUM + " is missing: apt-get install chromium (as .ci/run does)");
        need(onPath("node"), "node is missing: apt-get install nodejs npm (as .ci/run does)");
        need(Files.isDirectory(TEST.resolve("node_modules/playwright-core")),
                "playwright-core is not installed: npm ci --prefix src/test/browser (as .ci/run does)");
        need(Files.isRegularFile(PAGE.resolve("index.html")), PAGE + "/index.html is missing: mvn package builds the page");
        need(Files.isRegularFile(PAGE.resolve("nn.js")), PAGE + "/nn.js (the interpreter compiled by TeaVM) is missing");
        try (StaticFileServer server = new StaticFileServer(PAGE, 0)) {
            List<String> command = List.of("node", "page.test.mjs", server.address().toString(),
                    Path.of("").toAbsolutePath().toString(), ARTEFACTS.toAbsolutePath().toString());
            Process p = new ProcessBuilder(command).directory(TEST.toFile()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("the browser test did not finish in 15 minutes");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            System.out.println(text);  // the checks and the page's ready time, in the build's log
            assertEquals(0, p.exitValue(), text);
        }
    }

    /** The page colours every sample exactly as VS Code does (the editors' token snapshots); needs only node. */
    @Test
    void theHighlighterAgreesWithTheEditorsTokenSnapshots() throws IOException, InterruptedException {
        need(onPath("node"), "node is missing: apt-get install nodejs npm (as .ci/run does)");
        Process p = new ProcessBuilder("node", "highlight.test.mjs", Path.of("").toAbsolutePath().toString())
                .directory(TEST.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the highlighter test did not finish in 2 minutes");
        }
        assertEquals(0, p.exitValue(), text);
    }

    private static void need(boolean present, String what) {
        if (!present) System.err.println("PlaygroundPageTest skipped: " + what);
        assumeTrue(present, what);
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) return true;
        return false;
    }
}
