package nn.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nn.interp.Limits;
import nn.lang.source.SourceFile;
import nn.lang.syntax.Parsers;
import nn.run.Session;
import org.jline.reader.Candidate;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** The REPL's pieces on their own: the completer, the highlighter and the entry parser. */
class CompletionAndHighlightTest {
    private final Session session = new Session(Limits.defaults(), List.of(Path.of(".")),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true);
    private final NameCompleter completer = new NameCompleter(session);

    private List<String> candidates(String line) {
        List<Candidate> out = new ArrayList<>();
        completer.complete(null, new EntryParser().parse(line, line.length(), Parser.ParseContext.COMPLETE), out);
        return out.stream().map(Candidate::value).toList();
    }

    @Test void completionOffersKeywords() {
        assertTrue(completer.words(false).containsAll(Set.of("print", "network", "backward", "gradcheck", "explain", "trace")));
    }

    @Test void completionOffersBuiltins() {
        assertTrue(completer.words(false).containsAll(Set.of("sigmoid", "transpose", "sse", "sgd", "randn")));
    }

    @Test void completionOffersNamesDefinedSoFar() {
        assertFalse(completer.words(false).contains("learning_rate"));
        session.run(new SourceFile("repl", "learning_rate = 0.1\nfn loss_of(y) { return y }\n"));
        assertTrue(completer.words(false).containsAll(Set.of("learning_rate", "loss_of")));
    }

    @Test void completionForgetsNamesAfterReset() {
        session.run(new SourceFile("repl", "forgotten = 1\n"));
        session.reset();
        assertFalse(completer.words(false).contains("forgotten"));
        assertTrue(completer.words(false).contains("sigmoid"));
    }

    @Test void completionOffersOnlyCommandsAfterColon() {
        List<String> words = candidates(":");
        assertEquals(List.of(":help", ":history", ":load", ":quit", ":reset", ":save", ":vars"), words);
    }

    @Test void completionInsideExpressionOffersNames() {
        session.run(new SourceFile("repl", "weights_in = [1, 2]\n"));
        List<String> words = candidates("print weig");
        assertTrue(words.contains("weights_in"), words.toString());
        assertFalse(words.contains(":help"), words.toString());
    }

    @Test void completionAfterADotOffersTheFieldsOfTheValue() {
        session.run(new SourceFile("repl", "network net = 2 -> dense(3, tanh) -> dense(1, sigmoid)\nd = { [0, 1] -> 1; [1, 1] -> 0 }\n"));
        List<String> net = candidates("print net.");
        assertTrue(net.containsAll(List.of("net.weights", "net.biases", "net.layers", "net.dense1", "net.dense2")), net.toString());
        assertTrue(candidates("x = d.").containsAll(List.of("d.inputs", "d.targets", "d.classes")));
        assertEquals(List.of(), candidates("print nothing_here."));
    }

    @Test void helpNamesABuiltinsParametersDocAndExample() {
        String help = Help.about("momentum");
        assertTrue(help.startsWith("momentum(lr, beta = 0.9, weight_decay = 0, schedule?)\n"), help);
        assertTrue(help.contains("example: momentum(lr = 0.1, beta = 0.9)"), help);
        assertTrue(Help.about("graph").contains("cross_entropy(prediction, target)"));
        assertTrue(Help.about("spirl").contains("did you mean 'spiral'?"));
    }

    private static AttributedStyle styleOf(AttributedString s, String text, String word) {
        return s.styleAt(text.indexOf(word));
    }

    @Test void highlighterStylesKeywordNumberStringAndComment() {
        String line = "print 42, \"hi\"  # a note";
        AttributedString s = new SyntaxHighlighter().highlight(null, line);
        assertEquals(line, s.toString(), "highlighting keeps the text");
        assertEquals(SyntaxHighlighter.style(Parsers.TokenKind.KEYWORD), styleOf(s, line, "print"));
        assertEquals(SyntaxHighlighter.style(Parsers.TokenKind.NUMBER), styleOf(s, line, "42"));
        assertEquals(SyntaxHighlighter.style(Parsers.TokenKind.STRING), styleOf(s, line, "\"hi\""));
        assertEquals(SyntaxHighlighter.style(Parsers.TokenKind.COMMENT), styleOf(s, line, "# a note"));
        assertEquals(AttributedStyle.DEFAULT, styleOf(s, line, ","), "punctuation stays plain");
    }

    @Test void highlighterKindsLookDifferent() {
        Set<AttributedStyle> styles = Set.of(
                SyntaxHighlighter.style(Parsers.TokenKind.KEYWORD), SyntaxHighlighter.style(Parsers.TokenKind.NUMBER),
                SyntaxHighlighter.style(Parsers.TokenKind.STRING), SyntaxHighlighter.style(Parsers.TokenKind.COMMENT),
                SyntaxHighlighter.style(Parsers.TokenKind.ERROR), AttributedStyle.DEFAULT);
        assertEquals(6, styles.size());
    }

    @Test void highlighterStylesNamesAsPlainAndKeepsUnfinishedInput() {
        String line = "W1 = [[0.11, \"open";
        AttributedString s = new SyntaxHighlighter().highlight(null, line);
        assertEquals(line, s.toString());
        assertEquals(AttributedStyle.DEFAULT, styleOf(s, line, "W1"));
        assertEquals(SyntaxHighlighter.style(Parsers.TokenKind.NUMBER), styleOf(s, line, "0.11"));
    }

    @Test void highlighterStaysAlignedAfterCharactersOutsideTheBasicPlane() {
        String line = "print \"\uD83D\uDE00\" + 7";
        AttributedString s = new SyntaxHighlighter().highlight(null, line);
        assertEquals(line, s.toString());
        assertEquals(SyntaxHighlighter.style(Parsers.TokenKind.NUMBER), styleOf(s, line, "7"));
    }

    @Test void entryParserAsksForMoreWhileBracketOrBraceIsOpen() {
        EntryParser parser = new EntryParser();
        assertThrows(EOFError.class, () -> parser.parse("W = [[1, 2],", 12, Parser.ParseContext.ACCEPT_LINE));
        assertThrows(EOFError.class, () -> parser.parse("fn f(x) {", 9, Parser.ParseContext.ACCEPT_LINE));
        assertEquals("W = [[1, 2], [3, 4]]", parser.parse("W = [[1, 2], [3, 4]]", 20, Parser.ParseContext.ACCEPT_LINE).line());
    }

    @Test void entryParserIgnoresBracketsInStringsAndComments() {
        EntryParser parser = new EntryParser();
        String line = "print \"[\"  # {";
        assertEquals(line, parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).line());
    }

    private static String typeClose(String before, String close) {
        var buf = new org.jline.reader.impl.BufferImpl();
        buf.write(before);
        ClosingBracket.insert(buf, close, 2);
        return buf.toString();
    }

    @Test void closingBracketAtStartOfContinuationLineTakesBackOneIndent() {
        assertEquals("fn f(z) {\n  if z {\n  }", typeClose("fn f(z) {\n  if z {\n    ", "}"));
        assertEquals("W = [[1],\n [2]\n]", typeClose("W = [[1],\n [2]\n ", "]"));
    }

    @Test void closingBracketAfterTextKeepsEverySpace() {
        assertEquals("print \"{  }", typeClose("print \"{  ", "}"));
        assertEquals("if true { n = n + 1 }", typeClose("if true { n = n + 1 ", "}"));
    }

    @Test void entryParserCountsOpenBracketsForIndentation() {
        assertEquals(List.of("]", "}"), List.copyOf(EntryParser.openBrackets("fn f(z) {\n  return [z,")));
        assertTrue(EntryParser.openBrackets("print \"{\" # [").isEmpty());
    }

    @Test void entryParserNeverHoldsBackCommands() {
        assertEquals(":load [odd.nn", new EntryParser().parse(":load [odd.nn", 13, Parser.ParseContext.ACCEPT_LINE).line());
    }
}
