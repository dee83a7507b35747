package nn.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REPL as a user meets it, typed into a JLine dumb terminal. */
class InteractiveReplTest {
    @TempDir Path dir;

    private String session(String keys) {
        Terminals.Transcript t = Terminals.interactive(keys, dir);
        assertEquals(0, t.exit(), "the REPL always leaves with status 0");
        return t.text();
    }

    @Test void greetsAndPromptsForEachEntry() {
        String text = session("x = 1\n");
        assertTrue(text.startsWith("nn " + nn.run.Version.get()), text);
        assertTrue(text.contains(":help for help"), text);
        assertTrue(text.contains("nn> "), text);
    }

    @Test void bareExpressionEchoesItsValue() {
        String text = session("x = [2, 3]\nx @ [[0.11, 0.12], [0.21, 0.08]]\n");
        assertTrue(text.contains("x @ [[0.11, 0.12], [0.21, 0.08]]\n[0.85, 0.48]\nnn> "), text);
    }

    @Test void assignmentEchoesNothing() {
        String text = session("x = 12345\n");
        assertEquals(1, text.split("12345", -1).length - 1, "only the typed line shows 12345: " + text);
    }

    @Test void openBracketContinuesEntryOnNextLine() {
        String text = session("W = [[1, 2],\n[3, 4]]\nshape(W)\n");
        assertTrue(text.contains("[2, 2]"), text);
        assertFalse(text.contains("error"), text);
    }

    @Test void openBraceContinuesFunctionDefinition() {
        String text = session("fn double(z) {\nreturn z * 2\n}\ndouble(21)\n");
        assertTrue(text.contains("42"), text);
        assertFalse(text.contains("error"), text);
    }

    @Test void elseOnItsOwnLineAfterTheIfBlocksBraceContinuesTheIf() {
        String text = session("x = 1\nif x > 2 {\nprint \"big\"\n}\nelse {\nprint \"small\"\n}\n\nprint \"next\"\n");
        assertTrue(text.contains("small\n"), text);
        assertTrue(text.contains("next\n"), text);
        assertFalse(text.contains("error"), text);
    }

    @Test void anIfBlockIsHeldForOneLineAndAnEmptyLineOrAnotherStatementEndsIt() {
        String text = session("if true {\nprint \"yes\"\n}\n\nif true { print \"again\" }\nprint \"after\"\n");
        assertTrue(text.contains("yes\n"), text);
        assertTrue(text.contains("again\nafter\n"), text);
        assertFalse(text.contains("error"), text);
    }

    @Test void entryEndingAnIfChainWaitsButPlainElseOrOtherStatementsDoNot() {
        assertTrue(EntryParser.mayTakeElse("if x {\n}"));
        assertTrue(EntryParser.mayTakeElse("if x { } else if y { }"));
        assertTrue(EntryParser.mayTakeElse("if x {\n}\nelse if y {\n  print 1\n}  # done"));
        assertFalse(EntryParser.mayTakeElse("if x { } else { }"));
        assertFalse(EntryParser.mayTakeElse("if x {\n}\nelse {\n}"));
        assertFalse(EntryParser.mayTakeElse("if x {\n}\n"), "an empty last line ends the entry");
        assertFalse(EntryParser.mayTakeElse("fn f() {\n}"));
        assertFalse(EntryParser.mayTakeElse("while x {\n}"));
        assertFalse(EntryParser.mayTakeElse("if x { }\nprint 1"));
    }

    @Test void continuationLinesAreIndentedPerOpenBracket() throws IOException {
        session("fn f(z) {\nif z > 0 {\nreturn [z,\nz]\n}\nreturn 0\n}\n");
        String history = Files.readString(dir.resolve("history"), StandardCharsets.UTF_8);
        assertTrue(history.contains("fn f(z) {\\n  if z > 0 {\\n    return [z,\\n      z]\\n  }\\n  return 0\\n}"), history);
    }

    @Test void closingBracketKeepsSpacesInsideStringsAndLines() {
        // The if's entry is held for a possible else: the empty line ends it.
        String text = session("print \"{  }\", \"[  ]\"\nn = 0\nif true { n = n + 1 }\n\nn\n");
        assertTrue(text.contains("\n{  } [  ]\n"), text);
        assertTrue(text.contains("if true { n = n + 1 }\n"), text);
        assertTrue(text.contains("nn> n\n1\n"), text);
    }

    @Test void errorDoesNotEndSessionAndDefinitionsSurvive() {
        String text = session("rate = 41\nprint rat\n[1, 2] @ [1, 2]\nrate + 1\n");
        assertTrue(text.contains("repl:1:7: error: undefined name 'rat'"), text);
        assertTrue(text.contains("hint: did you mean 'rate'?"), text);
        assertTrue(text.contains("cannot multiply 1×2 by 1×2"), text);
        assertTrue(text.contains("nn> rate + 1\n42\n"), text);
    }

    @Test void syntaxErrorDoesNotEndSession() {
        String text = session("x = (1 +\n)\nx = 3\nx\n");
        assertTrue(text.contains("error"), text);
        assertTrue(text.contains("nn> x\n3\n"), text);
    }

    @Test void helpListsCommands() {
        String text = session(":help\n");
        for (String command : new String[] {":help", ":vars", ":load FILE", ":reset", ":quit"})
            assertTrue(text.contains(command), command + " missing from " + text);
    }

    @Test void varsListsUserDefinitionsNotBuiltins() {
        String text = session(":vars\nx = [2, 3]\nn = 4\n:vars\n");
        assertTrue(text.contains("no names defined yet"), text);
        assertTrue(text.contains("  n = 4   (a number)"), text);
        assertTrue(text.contains("  x = [2, 3]   (a 1×2 matrix)"), text);
        assertFalse(text.contains("sigmoid ="), text);
    }

    @Test void loadRunsFileAndKeepsItsDefinitions() throws IOException {
        Path file = dir.resolve("defs.nn");
        Files.writeString(file, "fn square(z) { return z * z }\nprint \"loaded\"\n", StandardCharsets.UTF_8);
        String text = session(":load " + file + "\nsquare(7)\n");
        assertTrue(text.contains("loaded\n"), text);
        assertTrue(text.contains("49"), text);
    }

    @Test void loadAcceptsQuotedName() throws IOException {
        Path file = dir.resolve("q.nn");
        Files.writeString(file, "q = 5\n", StandardCharsets.UTF_8);
        String text = session(":load \"" + file + "\"\nq\n");
        assertTrue(text.contains("nn> q\n5\n"), text);
    }

    @Test void loadOfMissingFileSaysSoAndGoesOn() {
        String text = session(":load " + dir.resolve("absent.nn") + "\n1 + 1\n");
        assertTrue(text.contains("error: file not found: ") && text.contains("absent.nn"), text);
        assertTrue(text.contains("nn> 1 + 1\n2\n"), text);
    }

    @Test void loadWithoutFileShowsUsage() {
        assertTrue(session(":load\n").contains("usage: :load FILE"));
    }

    @Test void resetForgetsDefinitionsButKeepsBuiltins() {
        String text = session("x = 1\nprecision 1\n:reset\nx\nsqrt(2)\n");
        assertTrue(text.contains("session reset"), text);
        assertTrue(text.contains("undefined name 'x'"), text);
        assertTrue(text.contains("1.4142"), "precision is back to 4: " + text);
    }

    @Test void quitEndsSessionAndLaterLinesDoNotRun() {
        String text = session("print 1\n:quit\nprint 999\n");
        assertTrue(text.endsWith("nn> :quit\n"), text);
    }

    @Test void endOfInputEndsSession() {
        assertTrue(session("print 5\n").contains("5\n"));
    }

    @Test void unknownCommandIsExplained() {
        assertTrue(session(":frobnicate\n").contains("error: unknown command :frobnicate"));
    }

    @Test void ctrlCOnTypedLineAbandonsItAndSessionGoesOn() {
        String text = session("x = 7\nprint 1000\u0003x\n");
        assertFalse(text.contains("error"), text);
        assertTrue(text.contains("nn> x\n7\n"), text);
    }

    @Test void tabDoesNotReplaceWordThatNothingStartsWith() {
        String text = Terminals.interactive("zeta = 1\nzetb\t\n", dir, "ansi").text()
                .replaceAll("\u001b\\[[0-9;?]*[a-zA-Z]", "");
        assertTrue(text.contains("undefined name 'zetb'"), "zetb is not turned into zeta: " + text);
    }

    @Test void historyIsSavedToTheGivenFile() throws IOException {
        session("x = 7\nprint x\n");
        String history = Files.readString(dir.resolve("history"), StandardCharsets.UTF_8);
        assertTrue(history.contains("x = 7") && history.contains("print x"), history);
    }

    @Test void tabCompletesKeywordsBuiltinsAndDefinedNames() {
        String text = Terminals.interactive("learning_rate = 3.125\npri\t learn\t * 4\nsigm\t(0)\n", dir, "ansi").text()
                .replaceAll("\u001b\\[[0-9;?]*[a-zA-Z]", "");
        assertTrue(text.contains("\n12.5\n"), "'pri' completed to print, 'learn' to learning_rate: " + text);
        assertTrue(text.contains("\n0.5\n"), "'sigm' completed to sigmoid: " + text);
        assertFalse(text.contains("error"), text);
    }

    @Test void withOutputRedirectedResultsGoThereAndPromptsAndErrorsStayOnTheTerminal() {
        Terminals.Redirected r = Terminals.withOutputRedirected("x = [2, 3]\nx @ [[1], [2]]\nprint y\n:vars\n", dir);
        assertEquals(0, r.exit());
        assertEquals("8\n  x = [2, 3]   (a 1×2 matrix)\n", r.results());
        assertTrue(r.screen().startsWith("nn " + nn.run.Version.get()), r.screen());
        assertTrue(r.screen().contains("nn> x @ [[1], [2]]\nnn> "), "the result is not on the terminal: " + r.screen());
        assertTrue(r.screen().contains("repl:1:7: error: undefined name 'y'"), r.screen());
    }
}
