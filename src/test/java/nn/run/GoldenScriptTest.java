package nn.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nn.i18n.EnglishAudit;
import nn.i18n.Lang;
import nn.i18n.Messages;
import nn.interp.Limits;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every script under src/test/resources/scripts runs against the expectations written in it, in the
 * style of Crafting Interpreters' suite: {@code # expect: TEXT} is the next line of stdout;
 * {@code # expect error: TEXT} the next line of stderr (the whole of stderr must be listed);
 * {@code # expect exit: N} the exit status (default: 0, or 70 when errors are expected);
 * {@code # limits: steps=N output=N timeout=Nms depth=N} tightens the budgets.
 * Every script runs again in Spanish ({@code --lang es}): {@code # expect es error: TEXT} lists its stderr and
 * {@code # expect es: TEXT} its stdout (when there is none, stdout is the English one); and whatever nn says
 * in Spanish must hold no English sentence ({@link EnglishAudit}). A script that expects errors must list
 * them in Spanish too, unless it says why its Spanish output is its English one with
 * {@code # expect es same: REASON} (then both runs must print exactly the same).
 */
class GoldenScriptTest {
    static final Path ROOT = Path.of("src/test/resources/scripts");

    /** The marker of an error script whose Spanish output is its English one; a reason must follow. */
    static final String SPANISH_SAME = "# expect es same:";

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        return files().stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), () -> check(f)));
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> p.toString().endsWith(".nn")).sorted().toList();
        }
    }

    /** Errors are what a student reads most: every error script checks them in Spanish too. */
    @Test
    void everyErrorScriptExpectsItsErrorsInSpanish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path f : files()) {
            String problem = spanishRule(Files.readString(f, StandardCharsets.UTF_8));
            if (problem != null) problems.add(ROOT.relativize(f) + ": " + problem);
        }
        assertEquals(List.of(), problems);
    }

    /** What is wrong with a script's Spanish expectations, or null. */
    static String spanishRule(String text) {
        boolean errors = false, spanish = false, same = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("# expect error: ")) errors = true;
            if (line.startsWith("# expect es: ") || line.equals("# expect es:") || line.startsWith("# expect es error: ")) spanish = true;
            if (line.startsWith(SPANISH_SAME)) {
                if (line.substring(SPANISH_SAME.length()).isBlank()) return "'" + SPANISH_SAME + "' needs a reason after it";
                same = true;
            }
        }
        if (same && spanish) return "'" + SPANISH_SAME + "' and Spanish expectations contradict each other";
        if (errors && !spanish && !same) {
            return "expects errors but not in Spanish: add '# expect es error: ' lines (the whole Spanish stderr), or '"
                    + SPANISH_SAME + " REASON' where the Spanish output is the English one";
        }
        return null;
    }

    @Test
    void theSpanishRuleCatchesAMissingTranslation() {
        String errorScript = "print y\n# expect error: x.nn:1:7: error: undefined name 'y'\n";
        assertTrue(spanishRule(errorScript) != null);
        assertEquals(null, spanishRule(errorScript + "# expect es error: x.nn:1:7: error: nombre no definido 'y'\n"));
        assertEquals(null, spanishRule(errorScript + SPANISH_SAME + " the error is the student's own assert text\n"));
        assertTrue(spanishRule(errorScript + SPANISH_SAME + "  \n").contains("needs a reason"));
        assertEquals(null, spanishRule("print 1\n# expect: 1\n"), "a script without errors needs no Spanish lines");
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(), err = new ArrayList<>(), esOut = new ArrayList<>(), esErr = new ArrayList<>();
        boolean spanish = false, same = false;
        Integer exit = null;
        Limits limits = Limits.defaults();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("# limits: ")) limits = limits(line.substring(10), limits);
            if (line.startsWith(SPANISH_SAME)) same = true;
            int at = line.indexOf("# expect");
            if (at < 0) continue;
            String directive = line.substring(at + 2);
            if (directive.startsWith("expect es error: ")) { esErr.add(directive.substring(17)); spanish = true; }
            else if (directive.startsWith("expect es: ")) { esOut.add(directive.substring(11)); spanish = true; }
            else if (directive.equals("expect es:")) { esOut.add(""); spanish = true; }
            else if (directive.startsWith("expect: ")) out.add(directive.substring(8));
            else if (directive.equals("expect:")) out.add("");
            else if (directive.startsWith("expect error: ")) err.add(directive.substring(14));
            else if (directive.startsWith("expect exit: ")) exit = Integer.parseInt(directive.substring(13).trim());
        }
        ScriptRunner.Result r = ScriptRunner.run(file.getFileName().toString(), text, file.getParent(), limits);
        assertEquals(String.join("\n", out), strip(r.out()), "stdout of " + file);
        assertEquals(String.join("\n", err), strip(r.err()), "stderr of " + file);
        int expectedExit = exit != null ? exit : err.stream().anyMatch(l -> l.contains(": error: ")) ? 70 : 0;
        assertEquals(expectedExit, r.outcome().exitCode, "exit status of " + file);
        Lang before = Messages.lang();
        Messages.use(Lang.ES);
        try {
            ScriptRunner.Result es = ScriptRunner.run(file.getFileName().toString(), text, file.getParent(), limits);
            if (spanish || same) {
                assertEquals(String.join("\n", esOut.isEmpty() ? out : esOut), strip(es.out()), "Spanish stdout of " + file);
                assertEquals(String.join("\n", same ? err : esErr), strip(es.err()), "Spanish stderr of " + file);
                assertEquals(expectedExit, es.outcome().exitCode, "Spanish exit status of " + file);
            }
            List<EnglishAudit.Finding> english = EnglishAudit.scan(es.out() + es.err(), text);
            assertEquals(List.of(), english, () -> EnglishAudit.report(file.toString(), english));
        } finally {
            Messages.use(before);
        }
    }

    /** "# limits: steps=1000 output=500 timeout=300ms depth=50" tightens a script's budgets. */
    private static Limits limits(String spec, Limits l) {
        for (String part : spec.trim().split("\\s+")) {
            String[] kv = part.split("=");
            l = switch (kv[0]) {
                case "steps" -> l.withSteps(Long.parseLong(kv[1]));
                case "output" -> l.withOutput(Long.parseLong(kv[1]));
                case "depth" -> l.withDepth(Integer.parseInt(kv[1]));
                case "timeout" -> l.withTimeout(java.time.Duration.ofMillis(Long.parseLong(kv[1].replace("ms", ""))));
                default -> throw new IllegalArgumentException("unknown limit " + kv[0]);
            };
        }
        return l;
    }

    private static String strip(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
