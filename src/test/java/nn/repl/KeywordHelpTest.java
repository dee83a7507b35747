package nn.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nn.i18n.EnglishAudit;
import nn.i18n.Lang;
import nn.i18n.Messages;
import nn.lang.source.SourceFile;
import nn.lang.syntax.gen.NNLexer;
import nn.lang.syntax.Parsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code :help KEYWORD} covers every statement of the grammar, in both languages, and says what the
 * reference says: each example is code of the docs page it points to, word for word, under the section
 * it names.
 */
class KeywordHelpTest {
    private static final Path CATALOGUES = Path.of("src/main/resources/nn/i18n");

    @AfterEach
    void english() { Messages.use(Lang.EN); }

    /** The first word of each alternative of the grammar's stmt rule, and of the train expression. */
    static List<String> statementKeywords() throws IOException {
        String grammar = Files.readString(Path.of("grammar/NN.g4"));
        Matcher rule = Pattern.compile("(?ms)^stmt\\s*\\n(.*?)^\\s*;").matcher(grammar);
        assertTrue(rule.find(), "the grammar's stmt rule");
        List<String> words = new ArrayList<>();
        Matcher alt = Pattern.compile("(?m)^\\s*[:|]\\s*(\\S+)").matcher(rule.group(1));
        while (alt.find()) {
            String word = firstWord(grammar, alt.group(1).replace("?", ""));
            if (word != null) words.add(word);
        }
        words.add("train");
        return words;
    }

    /** A literal's word, a token's literal word, a rule's first word; null for an expression or a name. */
    private static String firstWord(String grammar, String element) {
        if (element.startsWith("'")) return element.substring(1, element.length() - 1);
        if (Character.isUpperCase(element.charAt(0))) {
            int type = -1;
            for (int t = 1; t <= NNLexer.VOCABULARY.getMaxTokenType(); t++)
                if (element.equals(NNLexer.VOCABULARY.getSymbolicName(t))) type = t;
            String literal = NNLexer.VOCABULARY.getLiteralName(type);
            // A token with no single literal (dtype's float32 | float64) is named by its rule's first word.
            if (literal == null) {
                Matcher lexer = Pattern.compile("(?m)^" + element + "\\s*:\\s*'([a-z0-9]+)'").matcher(grammar);
                return lexer.find() ? lexer.group(1) : element.toLowerCase();
            }
            return literal.substring(1, literal.length() - 1);
        }
        if (element.equals("expr") || element.equals("name")) return null;
        Matcher sub = Pattern.compile("(?m)^" + element + "\\s*:\\s*(\\S+)").matcher(grammar);
        assertTrue(sub.find(), "the grammar's rule " + element);
        return firstWord(grammar, sub.group(1));
    }

    @Test
    void everyStatementOfTheGrammarHasHelp() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String word : statementKeywords()) if (KeywordHelp.of(word) == null) missing.add(word);
        assertEquals(List.of(), missing, "statements :help does not explain");
        assertTrue(statementKeywords().size() > 25, statementKeywords().toString());
    }

    private static Properties catalogue(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(CATALOGUES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyTopicHasItsTextsInBothLanguagesAndNoTextIsStray() throws IOException {
        TreeSet<String> expected = new TreeSet<>();
        for (KeywordHelp k : KeywordHelp.values()) {
            expected.add(k.key("usage"));
            expected.add(k.key("what"));
        }
        for (String file : List.of("repl.properties", "repl_es.properties")) {
            Properties p = catalogue(file);
            TreeSet<String> found = new TreeSet<>();
            for (String key : p.stringPropertyNames()) if (key.startsWith("repl.keyword.")) found.add(key);
            assertEquals(expected, found, file);
        }
        Properties en = catalogue("repl.properties"), es = catalogue("repl_es.properties");
        for (KeywordHelp k : KeywordHelp.values())
            assertNotEquals(en.getProperty(k.key("what")), es.getProperty(k.key("what")), k.topic);
    }

    @Test
    void everyExampleParsesAndIsCodeOfTheSectionItPointsTo() throws IOException {
        List<String> problems = new ArrayList<>();
        for (KeywordHelp k : KeywordHelp.values()) {
            try {
                Parsers.parse(new SourceFile("help-" + k.topic + ".nn", k.example + "\n"));
            } catch (RuntimeException e) {
                problems.add(k.topic + ": the example does not parse: " + e.getMessage());
            }
            String page = Files.readString(Path.of("docs").resolve(k.page));
            Matcher heading = Pattern.compile("(?m)^#+ " + Pattern.quote(k.section) + "$").matcher(page);
            if (!heading.find()) {
                problems.add(k.topic + ": docs/" + k.page + " has no section " + k.section);
                continue;
            }
            int next = page.indexOf("\n## ", heading.end());
            String section = page.substring(heading.start(), next < 0 ? page.length() : next);
            if (!codeOf(section).contains(k.example)) problems.add(k.topic + ": the example is not code of docs/" + k.page + " § " + k.section);
        }
        assertEquals(List.of(), problems);
    }

    /** The code of a Markdown text: its fenced blocks' lines (without a trailing comment) and its `code spans`, a line each. */
    private static String codeOf(String markdown) {
        StringBuilder code = new StringBuilder();
        boolean in = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) in = !in;
            else if (in) code.append(line.replaceAll("\\s+#[^\"]*$", "")).append('\n');
            else for (Matcher span = Pattern.compile("`([^`]+)`").matcher(line); span.find(); ) code.append(span.group(1)).append('\n');
        }
        return code.toString();
    }

    @Test
    void helpWithoutAWordListsTheStatementsAndAWordNamesItsStatement() {
        String help = Commands.help();
        for (String topic : KeywordHelp.topics()) assertTrue(help.contains(" " + topic + ",") || help.contains(" " + topic + "\n"), topic);
        String train = Help.about("train");
        assertTrue(train.startsWith("train NET on DATA { OPTIONS }"), train);
        assertTrue(train.contains("\n  example:\n    h = train xornet on xor {\n      loss sse\n"), train);
        assertTrue(train.endsWith("more: docs/language.md § The train block"), train);
        assertEquals(Help.about("if"), Help.about("else"));
        assertTrue(Help.about("graph").startsWith("graph: "), "the topic first");
        assertTrue(Help.about("graph").contains("\n\ngraph E to \"FILE\"\n"), "then the statement");
        assertTrue(Help.about("step").startsWith("step(x?"), "the builtin first");
        assertTrue(Help.about("step").contains("\nstep NET OPTIMIZER"), "then the statement");
        assertTrue(Help.about("netwrk").contains("did you mean 'network'?"), Help.about("netwrk"));
        assertTrue(Help.about("zzzz").contains("\nstatements: print, show, if,"), Help.about("zzzz"));
    }

    @Test
    void spanishHelpIsSpanishAroundTheCode() {
        Messages.use(Lang.ES);
        StringBuilder text = new StringBuilder(Commands.help()).append('\n');
        StringBuilder code = new StringBuilder();
        for (KeywordHelp k : KeywordHelp.values()) {
            text.append(Help.about(k.topic)).append('\n');
            code.append(k.example).append('\n');
        }
        String train = Help.about("train");
        assertTrue(train.startsWith("train RED on DATOS { OPCIONES }"), train);
        assertTrue(train.contains("\n  ejemplo:\n    h = train"), train);
        assertTrue(train.endsWith("más: docs/language.md § «The train block» (en inglés)"), train);
        List<EnglishAudit.Finding> english = EnglishAudit.scan(text.toString(), code.toString());
        assertEquals(List.of(), english, () -> EnglishAudit.report(":help KEYWORD", english));
    }
}
