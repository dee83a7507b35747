package nn.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import nn.i18n.EnglishAudit;
import nn.i18n.Lang;
import nn.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * bench/compare.py and bench/startup.sh (./nn bench compare, ./nn bench startup) say every line in the run's
 * language, from nn's own catalogues: each script runs through drivers (src/test/resources/bench) that put
 * fixed figures in place of its measurements, in English — byte for byte what the scripts printed before they
 * read catalogues — and in Spanish, with no English sentence. Their catalogue readers (bench/messages.py,
 * bench/messages.sh) format texts exactly as nn.i18n.Messages does. Where python3 or bash is not installed the
 * test of that script is skipped, saying which.
 */
class BenchScriptsTest {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path RESOURCES = Path.of("src/test/resources/bench");

    /** compare.py's scenarios: the driver's arguments (what the fake measurements have installed, then compare.py's own). */
    static final Map<String, String> COMPARE = orderedMap(
            "full", "all",
            "quick-wall", "all --quick --wall --rounds 2",
            "none-quick", "none --quick",
            "only-before", "numpy --only GEMM --before /tmp/old/nn --rounds 1",
            "only-startup", "all --only start-up --rounds 1",
            "numpy-full", "numpy --rounds 1",
            "torch-broken", "torch-broken --only XOR --rounds 1",
            "serve-error", "serve-error --rounds 1",
            "process-error", "process-error --rounds 1",
            "bad-rounds", "all --rounds x",
            "bad-regex", "all --only (",
            "unknown-option", "all --bogus",
            "help", "all --help",
            "lang-unknown", "all --lang fr");

    /** startup.sh's scenarios: its arguments ("-" runs it as if /usr/bin/time were missing). */
    static final Map<String, String> STARTUP = orderedMap(
            "three", "3", "one", "1", "bad-rounds", "x", "help", "--help", "lang-unknown", "--lang fr", "no-time", "-");

    @Test
    void compareSaysEveryLineInTheRunsLanguageAndEnglishAsBefore() throws Exception {
        String python = python();
        assumeTrue(python != null, "python3 is not installed, so bench/compare.py's texts are not checked (apt-get install python3)");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> s : COMPARE.entrySet()) {
            List<String> cmd = new ArrayList<>(List.of(python, RESOURCES.resolve("compare_driver.py").toString(), ROOT.toString()));
            cmd.addAll(Arrays.asList(s.getValue().split(" ")));
            check("compare", s.getKey(), cmd, Map.of(), problems);
        }
        // The flag and NN_LANG choose as the locale does (the launcher passes its choice down as NN_LANG).
        String es = Files.readString(RESOURCES.resolve("compare-full.es.txt"));
        assertEquals(es, run(List.of(python, RESOURCES.resolve("compare_driver.py").toString(), ROOT.toString(), "all", "--lang", "es"),
                Map.of("LANG", "C")));
        assertEquals(es, run(List.of(python, RESOURCES.resolve("compare_driver.py").toString(), ROOT.toString(), "all"),
                Map.of("NN_LANG", "es", "LC_ALL", "en_US.UTF-8")));
        assertEquals(List.of(), problems);
    }

    @Test
    void startupSaysEveryLineInTheRunsLanguageAndEnglishAsBefore() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed, so bench/startup.sh's texts are not checked");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> s : STARTUP.entrySet()) {
            List<String> cmd = new ArrayList<>(List.of("/bin/bash", RESOURCES.resolve("startup_driver.sh").toString(), ROOT.toString()));
            boolean noTime = s.getValue().equals("-");
            if (!noTime) cmd.addAll(Arrays.asList(s.getValue().split(" ")));
            check("startup", s.getKey(), cmd, noTime ? Map.of("NO_TIME", "1") : Map.of(), problems);
        }
        assertEquals(Files.readString(RESOURCES.resolve("startup-three.es.txt")),
                run(List.of("/bin/bash", RESOURCES.resolve("startup_driver.sh").toString(), ROOT.toString(), "--lang=es", "3"), Map.of("LANG", "C")));
        assertEquals(List.of(), problems);
    }

    @Test
    void theLauncherPassesItsLanguageDownToBothScripts() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed, so ./nn is not run");
        // These stop before any measurement (and before the launcher looks for Java or the jar).
        assertEquals("nn: bench startup recibe un número de rondas, no 'x'\n"
                + "uso: ./nn bench startup [RONDAS] [--lang es|en]   (RONDAS: 21 si no se indica)\n",
                run(List.of("/bin/bash", "nn", "--lang", "es", "bench", "startup", "x"), Map.of("LANG", "C")));
        assertEquals("nn: bench startup takes a number of rounds, not 'x'\n"
                + "usage: ./nn bench startup [ROUNDS] [--lang es|en]   (ROUNDS: default 21)\n",
                run(List.of("/bin/bash", "nn", "bench", "startup", "x"), Map.of("LANG", "C")));
        assertEquals("nn: --lang debe ser en o es, no 'fr'\n",
                run(List.of("/bin/bash", "nn", "--lang", "fr", "bench", "startup"), Map.of("LANG", "es_ES.UTF-8")));
        assumeTrue(python() != null, "python3 is not installed, so ./nn bench compare is not run");
        assertEquals("nn: bench compare: opción desconocida '--bogus'\n" + usage("es"),
                run(List.of("/bin/bash", "nn", "bench", "compare", "--bogus"), Map.of("LANG", "es_ES.UTF-8")));
        assertEquals("nn: bench compare: unknown option '--bogus'\n" + usage("en"),
                run(List.of("/bin/bash", "nn", "bench", "compare", "--bogus"), Map.of("LANG", "es_ES.UTF-8", "NN_LANG", "en")));
    }

    private static String usage(String lang) throws IOException {
        String help = Files.readString(RESOURCES.resolve("compare-help." + lang + ".txt"));
        return help.substring(help.lastIndexOf("\n", help.length() - 2) + 1);
    }

    /** One scenario in both languages (chosen by the locale, as a student sets it) against its expected files. */
    private static void check(String script, String name, List<String> cmd, Map<String, String> env, List<String> problems)
            throws Exception {
        for (String lang : List.of("en", "es")) {
            Map<String, String> e = new HashMap<>(env);
            e.put("LANG", lang.equals("es") ? "es_ES.UTF-8" : "C");
            String got = run(cmd, e);
            String want = Files.readString(RESOURCES.resolve(script + "-" + name + "." + lang + ".txt"));
            if (!got.equals(want)) problems.add(script + " " + name + " in " + lang + ":\n" + got + "\n--- expected:\n" + want);
            if (lang.equals("es")) {
                List<EnglishAudit.Finding> english = EnglishAudit.scan(got);
                if (!english.isEmpty()) problems.add(script + " " + name + " in Spanish has English: " + english);
            }
        }
    }

    @Test
    void theScriptsReadersFormatEveryTextAsNnDoes() throws Exception {
        // Every catalogue's texts through the Python reader; bench's and every plural through the shell's (one awk each).
        List<String[]> all = new ArrayList<>(), forShell = new ArrayList<>();
        for (String area : catalogues()) {
            for (Lang lang : Lang.values()) {
                Properties p = load(area, lang);
                for (String key : p.stringPropertyNames().stream().sorted().toList()) {
                    for (String n : List.of("1", "3")) {
                        String[] line = {lang.code(), key, n, n, n, n, n, n, n, n};
                        all.add(line);
                        boolean plural = p.getProperty(key).contains(",choice,");
                        if (plural || (area.equals("bench") && n.equals("3"))) forShell.add(line);
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        String python = python();
        if (python != null) {
            compareWithNn("bench/messages.py", all, readers(List.of(python, RESOURCES.resolve("readers_driver.py").toString(), ROOT.toString()), all), problems);
        }
        if (Files.isExecutable(Path.of("/bin/bash"))) {
            String loop = ". bench/messages.sh; while IFS=$'\\t' read -r -a f; do messages_lang=\"${f[0]}\"; "
                    + "messages_t \"${f[1]}\" \"${f[@]:2}\"; printf '\\0'; done";
            compareWithNn("bench/messages.sh", forShell, readers(List.of("/bin/bash", "-c", loop), forShell), problems);
        }
        assumeTrue(python != null, "python3 is not installed, so bench/messages.py is not checked (apt-get install python3)");
        assertTrue(all.size() > 1000, "only " + all.size() + " texts");
        assertEquals(List.of(), problems);
    }

    private static void compareWithNn(String reader, List<String[]> lines, List<String> got, List<String> problems) {
        if (got.size() != lines.size()) {
            problems.add(reader + " gave " + got.size() + " texts for " + lines.size());
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String[] l = lines.get(i);
            Object[] args = new Object[l.length - 2];
            for (int a = 0; a < args.length; a++) args[a] = Integer.parseInt(l[a + 2]);
            String want = Messages.in(Lang.parse(l[0]), l[1], args);
            if (!got.get(i).equals(want)) problems.add(reader + " " + l[0] + " " + l[1] + " (" + l[2] + "): " + got.get(i) + " ≠ " + want);
        }
    }

    private static List<String> readers(List<String> cmd, List<String[]> lines) throws Exception {
        StringBuilder input = new StringBuilder();
        for (String[] l : lines) input.append(String.join("\t", l)).append('\n');
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        Thread feed = new Thread(() -> {
            try (var in = p.getOutputStream()) {
                in.write(input.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the reader stopped early: its output says so
            }
        });
        feed.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the reader did not finish");
        feed.join();
        List<String> texts = new ArrayList<>(Arrays.asList(out.split("\0", -1)));
        texts.remove(texts.size() - 1);  // after the last NUL
        return texts;
    }

    /** Runs cmd in the project's folder with only PATH, HOME and env; standard error joined to output; the folder shown as ROOT. */
    static String run(List<String> cmd, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true);
        Map<String, String> e = pb.environment();
        for (String v : List.of("NN_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")) e.remove(v);
        e.putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "did not finish: " + cmd);
        return out.replace(ROOT.toString(), "ROOT");
    }

    private static String python;
    private static boolean pythonLooked;

    /** A python3 (3.8 or newer) on the PATH, or null. */
    static synchronized String python() throws Exception {
        if (!pythonLooked) {
            pythonLooked = true;
            for (String candidate : List.of("/usr/bin/python3", "python3")) {
                try {
                    if (run(List.of(candidate, "-c", "import sys; print(sys.version_info >= (3, 8))"), Map.of()).strip().equals("True")) {
                        python = candidate;
                        break;
                    }
                } catch (IOException notThere) {
                    // try the next
                }
            }
        }
        return python;
    }

    private static List<String> catalogues() throws IOException {
        try (var list = Files.list(Path.of("src/main/resources/nn/i18n"))) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        }
    }

    private static Properties load(String area, Lang lang) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/nn/i18n", area + (lang == Lang.EN ? "" : "_" + lang.code())
                + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }
}
