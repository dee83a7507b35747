package nn.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogues and the code agree: every key is in both languages with the same arguments, every key
 * the code names exists, and every key in a catalogue is named somewhere in the code (a text nobody says
 * is a translation nobody reads). A catalogue may declare a family of keys built at run time with a line
 * {@code # dynamic: PREFIX}; a test of that area must then check the family.
 */
class MessageCataloguesTest {
    static final Path CATALOGUES = Path.of("src/main/resources/nn/i18n");
    static final Path SOURCES = Path.of("src/main/java");
    static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    static final Pattern NAMED_IN_CODE = Pattern.compile("Messages\\.(?:t|in)\\(\\s*(?:[\\w.]+\\s*,\\s*)?\"([^\"]+)\"");
    /** The bench scripts' spelling (bench/messages.py and bench/messages.sh): messages.t("key", …), messages_t key …. */
    static final Path SCRIPTS = Path.of("bench");
    static final Pattern NAMED_IN_PYTHON = Pattern.compile("messages\\.t\\(\\s*\"([^\"]+)\"");
    static final Pattern NAMED_IN_SHELL = Pattern.compile("messages_t\\s+([a-z]+\\.[\\w.-]+)");

    @Test
    void everyKeyIsInBothLanguagesWithTheSameArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String area : areas()) {
            Properties en = load(CATALOGUES.resolve(area + ".properties"));
            Properties es = load(CATALOGUES.resolve(area + "_es.properties"));
            for (String key : en.stringPropertyNames()) {
                if (!key.startsWith(area + ".")) problems.add(area + ".properties: key " + key + " must start with '" + area + ".'");
                if (!es.containsKey(key)) problems.add(area + "_es.properties lacks " + key);
                else if (!arguments(en.getProperty(key)).equals(arguments(es.getProperty(key)))) {
                    problems.add(key + ": English uses arguments " + arguments(en.getProperty(key)) + ", Spanish "
                            + arguments(es.getProperty(key)));
                }
            }
            for (String key : es.stringPropertyNames()) {
                if (!en.containsKey(key)) problems.add(area + ".properties lacks " + key + " (only in Spanish)");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTextFormats() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String area : areas()) {
            for (String file : List.of(area + ".properties", area + "_es.properties")) {
                Properties p = load(CATALOGUES.resolve(file));
                for (String key : p.stringPropertyNames()) {
                    Object[] args = new Object[10];
                    for (int i = 0; i < args.length; i++) args[i] = 2;
                    try {
                        Messages.format(p.getProperty(key), args);
                    } catch (RuntimeException e) {
                        problems.add(file + ": " + key + ": " + e.getMessage());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCodeAndTheCataloguesNameTheSameKeys() throws IOException {
        String code = allSources();
        Set<String> catalogued = new TreeSet<>();
        List<String> dynamic = new ArrayList<>();
        for (String area : areas()) {
            Path file = CATALOGUES.resolve(area + ".properties");
            catalogued.addAll(load(file).stringPropertyNames());
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("# dynamic: ")) dynamic.add(line.substring(11).trim());
            }
        }
        List<String> problems = new ArrayList<>();
        Matcher m = NAMED_IN_CODE.matcher(code);
        while (m.find()) if (!catalogued.contains(m.group(1))) problems.add("the code names " + m.group(1) + ", which no catalogue has");
        Set<String> scriptKeys = new TreeSet<>();
        for (Path script : scripts()) {
            String text = Files.readString(script);
            Matcher k = (script.toString().endsWith(".py") ? NAMED_IN_PYTHON : NAMED_IN_SHELL).matcher(text);
            while (k.find()) {
                scriptKeys.add(k.group(1));
                if (!catalogued.contains(k.group(1))) problems.add(script + " names " + k.group(1) + ", which no catalogue has");
            }
        }
        assertTrue(scriptKeys.stream().anyMatch(k -> k.startsWith("bench.compare."))
                && scriptKeys.stream().anyMatch(k -> k.startsWith("bench.startup.")), "no keys found in " + scripts());
        for (String key : catalogued) {
            if (dynamic.stream().anyMatch(key::startsWith)) continue;
            if (!code.contains("\"" + key + "\"") && !scriptKeys.contains(key))
                problems.add(key + " is in a catalogue but the code never names it");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void pluralsAndNumbersReadRightInBothLanguages() {
        String en = "{0,choice,0#no epochs|1#1 epoch|1<{0} epochs} after {1} steps, loss {2}";
        String es = "{0,choice,0#ninguna época|1#1 época|1<{0} épocas} tras {1} pasos, pérdida {2}";
        assertEquals("1 epoch after 12000 steps, loss 0.85", Messages.format(en, 1, 12000, 0.85));
        assertEquals("12000 épocas tras 1 pasos, pérdida 0.85", Messages.format(es, 12000, 1, 0.85));
        assertEquals("ninguna época tras 0 pasos, pérdida 0.5", Messages.format(es, 0, 0, 0.5));
        assertEquals("did you mean 'tanh'? write train net on data { epochs 10 }",
                Messages.format("did you mean '{0}'? write train net on data { epochs 10 }", "tanh"));
        assertEquals("give one value for each {}; '{lr}' names none; {{}}",
                Messages.format("give one value for each {}; '{{0}}' names none; {{}}", "lr"));
    }

    @Test
    void theLanguageComesFromTheFlagThenNnLangThenTheLocale() {
        assertEquals(Lang.ES, Lang.fromEnvironment(java.util.Map.of("LANG", "es_ES.UTF-8")));
        assertEquals(Lang.EN, Lang.fromEnvironment(java.util.Map.of("LC_ALL", "C", "LANG", "es_ES.UTF-8")));
        assertEquals(Lang.ES, Lang.fromEnvironment(java.util.Map.of("NN_LANG", "es", "LC_ALL", "en_US.UTF-8")));
        assertEquals(Lang.EN, Lang.fromEnvironment(java.util.Map.of("NN_LANG", "en", "LANG", "es_MX.UTF-8")));
        assertEquals(Lang.EN, Lang.fromEnvironment(java.util.Map.of()));
        assertEquals(Lang.ES, Lang.parse("es-MX"));
        assertEquals(null, Lang.parse("fr"));
    }

    static List<String> areas() throws IOException {
        try (Stream<Path> list = Files.list(CATALOGUES)) {
            List<String> areas = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
            assertTrue(!areas.isEmpty(), "no catalogues under " + CATALOGUES);
            return areas;
        }
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        assertTrue(Files.exists(file), "missing catalogue " + file);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** The bench scripts that read the catalogues: bench/*.py and bench/*.sh. */
    static List<Path> scripts() throws IOException {
        try (Stream<Path> list = Files.list(SCRIPTS)) {
            return list.filter(p -> p.toString().endsWith(".py") || p.toString().endsWith(".sh")).sorted().toList();
        }
    }

    private static String allSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) all.append(Files.readString(p)).append('\n');
        }
        return all.toString();
    }
}
