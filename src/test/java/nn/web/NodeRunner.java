package nn.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs scripts with the browser build (target/web/nn.js) in Node, through src/test/js/nn-run.js: what the page
 * gets from nnRun, as text (plots in their terminal form). Skipped, with the reason, where Node is missing.
 */
final class NodeRunner {
    static final Path NN_JS = Path.of("target/web/nn.js");
    static final Path RUNNER = Path.of("src/test/js/nn-run.js");

    record Result(int exit, String out, String err) {}

    private NodeRunner() {}

    /** Why the browser build cannot be tested here, or null when it can. */
    static String missing() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) return "node --version failed";
        } catch (IOException e) {
            return "Node.js is not installed (apt-get install -y nodejs); the browser build's tests need it";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return null;
    }

    static Result run(Path script, String optionsJson) throws IOException, InterruptedException {
        return run(script, optionsJson, Map.of());
    }

    /** As {@link #run(Path, String)} with variables for nn-run.js ({@code NN_TRAIN_LOG}, {@code NN_SVG_DIR}). */
    static Result run(Path script, String optionsJson, Map<String, String> env) throws IOException, InterruptedException {
        if (!Files.isRegularFile(NN_JS)) throw new IllegalStateException(NN_JS + " is missing: build it with mvn process-classes");
        List<String> command = new ArrayList<>(List.of("node", RUNNER.toString(), NN_JS.toString(), script.toString()));
        if (optionsJson != null) command.add(optionsJson);
        Path out = Files.createTempFile("nn-node", ".out"), err = Files.createTempFile("nn-node", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("node did not finish " + script + " within 10 minutes");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** {@code text} as a script file named {@code name} in a fresh folder (messages name the file). */
    static Path script(Path folder, String name, String text) throws IOException {
        Path f = folder.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
