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
        return run(script, optionsJson, null, null, Map.of());
    }

    /**
     * With {@code filesFrom}, the files under it are the page's files (nnRun's option files, each read when the
     * script first reads it, as the page fetches its shipped data); with {@code filesTo}, what the run writes lands there.
     */
    static Result run(Path script, String optionsJson, Path filesFrom, Path filesTo) throws IOException, InterruptedException {
        return run(script, optionsJson, filesFrom, filesTo, Map.of());
    }

    /** As {@link #run(Path, String)} with variables for nn-run.js ({@code NN_TRAIN_LOG}, {@code NN_SVG_DIR}). */
    static Result run(Path script, String optionsJson, Map<String, String> env) throws IOException, InterruptedException {
        return run(script, optionsJson, null, null, env);
    }

    static Result run(Path script, String optionsJson, Path filesFrom, Path filesTo, Map<String, String> env)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(NN_JS)) throw new IllegalStateException(NN_JS + " is missing: build it with mvn process-classes");
        List<String> command = new ArrayList<>(List.of("node", RUNNER.toString(), NN_JS.toString(), script.toString()));
        if (optionsJson != null) command.add(optionsJson);
        Path out = Files.createTempFile("nn-node", ".out"), err = Files.createTempFile("nn-node", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            if (filesFrom != null) builder.environment().put("NN_FILES_FROM", filesFrom.toString());
            if (filesTo != null) builder.environment().put("NN_FILES_TO", filesTo.toString());
            Process p = builder.start();
            if (!p.waitFor(60, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("node did not finish " + script + " within 60 minutes");
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
