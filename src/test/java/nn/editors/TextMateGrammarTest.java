package nn.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TextMate grammar in editors/: every keyword of grammar/NN.g4 is highlighted (plain Java, always runs),
 * the scope assertions in editors/test/*.test.nn hold, and every samples/*.nn tokenises as its snapshot says
 * (both through npm's vscode-tmgrammar-test, skipped with the reason when node or the package is absent).
 */
class TextMateGrammarTest {
    private static final Path EDITORS = Path.of("editors");
    private static final Path GRAMMAR = EDITORS.resolve("nn.tmLanguage.json");
    private static final String HOW_TO_INSTALL =
            "install node and npm (apt-get install nodejs npm) and run `npm ci --prefix editors`, as .ci/run does";

    @Test
    void everyKeywordOfTheAntlrGrammarIsHighlighted() throws IOException {
        List<Pattern> keywordPatterns = keywordPatterns();
        List<String> missing = new ArrayList<>();
        for (String keyword : antlrKeywords()) {
            boolean covered = keywordPatterns.stream().anyMatch(p -> {
                Matcher m = p.matcher(keyword);
                return m.find() && m.start() == 0 && m.end() == keyword.length();
            });
            if (!covered) missing.add(keyword);
        }
        assertTrue(missing.isEmpty(), "keywords of grammar/NN.g4 with no keyword scope in " + GRAMMAR + ": " + missing);
    }

    @Test
    void everyBuiltinOfTheRegistryIsHighlighted() throws IOException {
        JsonObject grammar = JsonParser.parseString(Files.readString(GRAMMAR, StandardCharsets.UTF_8)).getAsJsonObject();
        Pattern builtins = Pattern.compile(grammar.getAsJsonObject("repository").getAsJsonObject("builtin").get("match").getAsString());
        List<Pattern> keywords = keywordPatterns();
        List<String> missing = new ArrayList<>();
        for (nn.interp.lib.Builtin b : nn.interp.lib.Registry.standard().all()) {
            String call = b.name() + "(";
            Matcher m = builtins.matcher(call);
            boolean asBuiltin = m.lookingAt() && m.end() == b.name().length();
            boolean asKeyword = keywords.stream().anyMatch(p -> p.matcher(b.name()).matches());
            if (!asBuiltin && !asKeyword) missing.add(b.name());
        }
        assertTrue(missing.isEmpty(), "builtins with no scope in " + GRAMMAR + ": " + missing);
    }

    @Test
    void theAntlrKeywordListIsRead() throws IOException {
        TreeSet<String> words = antlrKeywords();
        assertTrue(words.containsAll(List.of("print", "network", "gate", "perceptron", "within", "train")), words.toString());
    }

    @Test
    void scopeAssertionsHold() throws Exception {
        Path tool = tool("vscode-tmgrammar-test");
        Run r = run(EDITORS, tool.toAbsolutePath().toString(), "-g", "nn.tmLanguage.json", "test/*.test.nn");
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("gate.test.nn run successfuly"), r.output());
    }

    @Test
    void everySampleMatchesItsTokenSnapshot(@TempDir Path work) throws Exception {
        Path tool = tool("vscode-tmgrammar-snap");
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            samples = s.filter(p -> p.toString().endsWith(".nn")).sorted().toList();
        }
        assertTrue(samples.size() >= 5, "samples/*.nn");
        for (Path sample : samples) {
            Path snap = EDITORS.resolve("test/snapshots").resolve(sample.getFileName() + ".snap");
            assertTrue(Files.exists(snap), "no token snapshot " + snap + " for " + sample
                    + "; run editors/test/update-snapshots.sh and review the new file");
            Files.copy(sample, work.resolve(sample.getFileName()));
            Files.copy(snap, work.resolve(snap.getFileName()));
        }
        Run r = run(EDITORS, tool.toAbsolutePath().toString(), "-s", "source.nn", "-g", "nn.tmLanguage.json",
                work.resolve("*.nn").toString());
        assertEquals(0, r.exit(), "token snapshots differ (run editors/test/update-snapshots.sh if the change is meant):\n"
                + r.output());
    }

    /** Words quoted in NN.g4 ('print', or a token rule such as SEED : 'seed'). */
    static TreeSet<String> antlrKeywords() throws IOException {
        String g4 = Files.readString(Path.of("grammar/NN.g4"), StandardCharsets.UTF_8);
        TreeSet<String> words = new TreeSet<>();
        Matcher m = Pattern.compile("'([a-z]+)'").matcher(g4.replaceAll("(?m)//.*$", ""));
        while (m.find()) words.add(m.group(1));
        return words;
    }

    /** The match patterns whose scope marks a keyword (keyword.*, storage.type.*, constant.language.*). */
    private static List<Pattern> keywordPatterns() throws IOException {
        JsonObject grammar = JsonParser.parseString(Files.readString(GRAMMAR, StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("source.nn", grammar.get("scopeName").getAsString());
        List<Pattern> out = new ArrayList<>();
        collect(grammar, out);
        assertTrue(!out.isEmpty(), "no keyword patterns in " + GRAMMAR);
        return out;
    }

    private static void collect(JsonElement e, List<Pattern> out) {
        if (e.isJsonArray()) e.getAsJsonArray().forEach(x -> collect(x, out));
        if (!e.isJsonObject()) return;
        JsonObject o = e.getAsJsonObject();
        if (o.has("name") && o.has("match")) {
            String scope = o.get("name").getAsString();
            if (scope.startsWith("keyword.") || scope.startsWith("storage.type") || scope.startsWith("constant.language"))
                out.add(Pattern.compile(o.get("match").getAsString()));
        }
        o.entrySet().forEach(en -> collect(en.getValue(), out));
    }

    private static Path tool(String name) {
        assumeTrue(onPath("node"), () -> skip("node is not installed; " + HOW_TO_INSTALL));
        Path bin = EDITORS.resolve("node_modules/.bin").resolve(name);
        assumeTrue(Files.isExecutable(bin), () -> skip(bin + " is missing; " + HOW_TO_INSTALL));
        return bin;
    }

    private static String skip(String why) {
        System.err.println("TextMateGrammarTest skipped: " + why);
        return why;
    }

    static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator))
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) return true;
        return false;
    }

    record Run(int exit, String output) { }

    static Run run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) { p.destroyForcibly(); throw new AssertionError("timed out: " + List.of(command)); }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
