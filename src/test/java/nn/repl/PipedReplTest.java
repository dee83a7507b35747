package nn.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nn.interp.Limits;
import nn.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code echo '…' | nn} and {@code nn < file.nn}: no prompts, no terminal, errors don't stop later lines. */
class PipedReplTest {
    @TempDir Path dir;

    record Run(String out, String err, int exit) {}

    private Run pipe(String input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Session session = new Session(Limits.defaults(), List.of(dir), o, e, true);
        int exit = new Repl(session, o).runPiped(new BufferedReader(new StringReader(input)));
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exit);
    }

    @Test void printsResultWithoutPrompts() throws IOException {
        Run r = pipe("print 1 + 1\n");
        assertEquals(new Run("2\n", "", 0), r);
    }

    @Test void bareExpressionEchoesAsInTheRepl() throws IOException {
        assertEquals("[0.85, 0.48]\n", pipe("x = [2, 3]\nx @ [[0.11, 0.12], [0.21, 0.08]]\n").out());
    }

    @Test void errorDoesNotStopLaterLinesAndSetsExitStatus() throws IOException {
        Run r = pipe("rate = 1\nprint rat\nprint rate + 1\n");
        assertEquals("2\n", r.out());
        assertEquals("stdin:2:7: error: undefined name 'rat'\n  print rat\n        ^^^\n  hint: did you mean 'rate'?\n", r.err());
        assertEquals(65, r.exit(), "an undefined name is a check error");
    }

    @Test void exitStatusIsTheFirstFailures() throws IOException {
        assertEquals(65, pipe("print (\n)\nprint [1, 2] @ [1, 2]\n").exit());
        assertEquals(70, pipe("print [1, 2] @ [1, 2]\nprint (\n)\nprint 1\n").exit());
    }

    @Test void anOpenerIsPlacedByItsLineInTheInput() throws IOException {
        Run r = pipe("print 1\nprint 2\nprint 3\nx = [1,\n2\nprint 4\n");
        assertTrue(r.err().startsWith("stdin:5:2: error: expected ']' to close the matrix opened at 4:5"), r.err());
    }

    @Test void eachEntryHasTheWholeOutputBudget() throws IOException {
        // An entry that floods stops at the budget; the next entries print again (the budget is per entry, as time and steps are).
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Session session = new Session(Limits.defaults().withOutput(100), List.of(dir), o, e, true);
        int exit = new Repl(session, o).runPiped(new BufferedReader(new StringReader(
                "while true { print \"aaaaaaaaa\" }\nprint \"after\"\n1 + 1\n")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("output budget exceeded"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("after\n2\n"), out.toString(StandardCharsets.UTF_8));
        assertEquals(70, exit);
    }

    @Test void linesNumberedAsInTheInputAcrossMultiLineEntries() throws IOException {
        Run r = pipe("fn f(z) {\n  return z * 2\n}\n\n# a comment\nprint f(q)\n");
        assertTrue(r.err().startsWith("stdin:6:9: error: undefined name 'q'"), r.err());
    }

    @Test void openBracketsAndBracesContinueEntries() throws IOException {
        Run r = pipe("W = [[1, 2],\n     [3, 4]]\nfn f(z) {\n  return z @ W\n}\nprint f([1, 1])\n");
        assertEquals(new Run("[4, 6]\n", "", 0), r);
    }

    @Test void elseOnItsOwnLineContinuesTheIf() throws IOException {
        Run r = pipe("x = -1\nif x > 0 {\n  print \"positive\"\n}\nelse {\n  print \"not positive\"\n}\nprint \"done\"\n");
        assertEquals(new Run("not positive\ndone\n", "", 0), r);
    }

    @Test void unfinishedEntryAtEndOfInputIsASyntaxError() throws IOException {
        Run r = pipe("print 1\nW = [1, 2\n");
        assertEquals("1\n", r.out());
        assertTrue(r.err().startsWith("stdin:2:"), r.err());
        assertEquals(65, r.exit());
    }

    @Test void commandsWorkAndQuitStopsReading() throws IOException {
        Run r = pipe("x = 3\n:vars\n:quit\nprint 999\n");
        assertEquals("  x = 3   (a number)\n", r.out());
        assertEquals(0, r.exit());
    }

    @Test void varsNamesMultiLineValuesInOneLine() throws IOException {
        Run r = pipe("xor = { [0, 0] -> 0; [0, 1] -> 1; [1, 0] -> 1; [1, 1] -> 0 }\nnetwork n = 2 -> dense(1)\none = { [1] -> 1 }\n:vars\n");
        assertEquals("  n = the network n\n  one = dataset: 1 row, 1 feature, 1 numeric target   (a dataset of 1 example)\n"
                + "  xor = a dataset of 4 examples\n", r.out());
    }

    @Test void loadOfAScriptElsewhereAllowsItsFolderAndReadsItsFilesFromThere(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("pts.csv"), "x,y,label\n0,0,0\n1,1,1\n");
        Files.writeString(elsewhere.resolve("lesson.nn"), "d = csv(\"pts.csv\", target = \"label\")\nprint d.size\n");
        String script = elsewhere.resolve("lesson.nn").toString();
        Run r = pipe(":load " + script + "\nprint d.size + 1\n:load " + script + "\n");
        assertEquals("2\n3\n2\n", r.out(), "paths inside a loaded script are relative to its folder, as in a run");
        assertEquals(1, r.err().split(":load allowed the folder", -1).length - 1, "the folder is allowed once, and said once: " + r.err());
        assertEquals(0, r.exit());
    }

    @Test void loadRefusesWhatIsNotAScriptFile() throws IOException {
        Files.createDirectories(dir.resolve("lessons"));
        Run r = pipe(":load lessons\n:load /dev/null\nprint 1\n");
        assertTrue(r.err().contains("stdin:1: error: cannot load lessons: it is a folder, not a script"), r.err());
        assertTrue(r.err().contains("stdin:2: error: cannot load /dev/null: it is not a regular file"), r.err());
        assertEquals("1\n", r.out());
        assertEquals(70, r.exit(), "a :load that fails counts in the exit status");
    }

    @Test void emptyInputPrintsNothing() throws IOException {
        assertEquals(new Run("", "", 0), pipe(""));
        assertEquals(new Run("", "", 0), pipe("\n\n# only a comment\n"));
    }

    @Test void inputWithoutFinalNewlineRuns() throws IOException {
        assertEquals("6\n", pipe("print 2 * 3").out());
    }

    @Test void loadWithABadNameIsAClearErrorAndTheSessionGoesOn() throws IOException {
        Run r = pipe(":load \u0000\n:load \"\"\n:load .\nprint 7\n");
        assertTrue(r.err().contains("stdin:1: error: \"\u2400\" is not a valid file name"), r.err());
        assertTrue(r.err().contains("stdin:2: error: the file name is empty"), r.err());
        assertTrue(r.err().contains("stdin:3: error: cannot load .: it is a folder, not a script"), r.err());
        assertEquals("7\n", r.out());
        assertTrue(!r.err().contains("Exception"), r.err());
        assertEquals(70, r.exit());
    }

    @Test void aMissingFileOrAnUnknownCommandIsAnErrorWithItsPlace() throws IOException {
        Run r = pipe("print 1\n:load nothere.nn\n:frobnicate\nprint 2\n");
        assertEquals("1\n2\n", r.out(), "errors go to standard error, results to standard output");
        assertTrue(r.err().startsWith("stdin:2: error: "), r.err());
        assertTrue(r.err().contains("nothere.nn"), r.err());
        assertTrue(r.err().contains("stdin:3: error: unknown command :frobnicate\n  hint: :help lists the commands\n"), r.err());
        assertEquals(70, r.exit(), "a piped session whose :load failed does not exit 0");
    }

    @Test void helpOnATopicShowsTheTopicEvenWhenAFieldHasItsName() throws IOException {
        String units = pipe(":help units\n").out();
        assertTrue(units.startsWith("units: threshold units, perceptrons, regions and learning rules\n"), units);
        assertTrue(units.contains("perceptron_rule(lr)"), units);
        String field = pipe(":help .units\n").out();
        assertTrue(field.startsWith("layer.units  (a layer of a network; number)"), field);
        for (nn.interp.lib.Area area : nn.interp.lib.Area.values()) {
            assertTrue(pipe(":help\n").out().contains(" " + area.topic() + ","), ":help names the topic " + area.topic());
        }
    }

    private Run pipeBytes(byte[] input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Session session = new Session(Limits.defaults(), List.of(dir), o, e, true);
        int exit = new Repl(session, o).runPiped(InputLines.of(new java.io.ByteArrayInputStream(input)));
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exit);
    }

    @Test void invalidUtf8OnStandardInputIsTheErrorFilesGetNotAReplacementCharacter() throws IOException {
        byte[] input = "print 1\nprint \"a\u0000\"\nprint 2\n".getBytes(StandardCharsets.UTF_8);
        input[16] = (byte) 0xFF;
        Run r = pipeBytes(input);
        assertEquals("1\n2\n", r.out(), "the bad line is dropped, the others run");
        assertEquals("stdin:2: error: the input is not valid UTF-8: byte 16 (0xFF) cannot start or continue a character\n"
                + "  hint: save the file as UTF-8\n", r.err());
        assertEquals(65, r.exit());
    }

    @Test void aBadLineInsideAnOpenEntryDropsThatEntry() throws IOException {
        byte[] input = "x = [1,\n?\n2]\nprint 3\n".getBytes(StandardCharsets.UTF_8);
        input[8] = (byte) 0xC3;
        Run r = pipeBytes(input);
        assertTrue(r.err().startsWith("stdin:2: error: the input is not valid UTF-8: byte 8 (0xC3)"), r.err());
        assertEquals("3\n", r.out());
    }

    @Test void aStrayOpenBracketEndsAtALineThatCannotContinueIt() throws IOException {
        Run r = pipe("print (1\nprint 2\nx = [3,\nfn f() { return 1 }\nprint f()\n");
        assertEquals("2\n1\n", r.out(), "the lines after a stray bracket still run");
        assertEquals("stdin:1:9: error: expected ')' to close the '(' opened at 1:7\n  print (1\n          ^\n"
                + "stdin:3:5: error: the '[' opened at 3:5 is never closed\n  x = [3,\n      ^\n"
                + "  hint: inside ( ) and [ ] an expression goes on over the next lines; close it with ']'\n", r.err());
        assertEquals(65, r.exit());
    }

    @Test void aBracketLeftOpenInALaterEntryIsPlacedOnItsLine() throws IOException {
        Run r = pipe("print 1\nprint (1\nprint 2\n");
        assertEquals("1\n2\n", r.out());
        assertEquals("stdin:2:9: error: expected ')' to close the '(' opened at 2:7\n  print (1\n          ^\n", r.err());
    }

    @Test void aColonCommandEndsAnOpenBlock() throws IOException {
        Run r = pipe("fn f() {\n  return 1\n:vars\nprint 5\n");
        assertTrue(r.err().startsWith("stdin:"), r.err());
        assertEquals("no names defined yet\n5\n", r.out());
    }

    @Test void aLongEntryIsReadInLinearTime() throws IOException {
        // 40,000 lines inside one bracket took 68 s when the whole entry was lexed again after every line.
        StringBuilder in = new StringBuilder("x = (\n");
        for (int i = 0; i < 40_000; i++) in.append("1 +\n");
        in.append("1)\nprint x\n");
        assertEquals(new Run("40001\n", "", 0), pipe(in.toString()));
    }

    @Test void aStringContinuedByABackslashKeepsItsBracketsOutOfTheCount() throws IOException {
        Run r = pipe("s = \"a(\\\nb\"\nprint 7\n");
        assertEquals("7\n", r.out(), r.err());
    }

    @Test void historyListsTheEntriesThatRanWithoutErrorNumbered() throws IOException {
        Run r = pipe("x = 2\nprint y\nfn f(z) {\n  return z * x\n}\n:history\n");
        assertEquals("  1  x = 2\n  2  fn f(z) {\n       return z * x\n     }\n", r.out());
    }

    @Test void historyListsARangeAndRefusesABadOne() throws IOException {
        Run r = pipe("x = 2\ny = 3\nz = 4\n:history 2..3\n:history 3\n:history 2..9\n");
        assertEquals("  2  y = 3\n  3  z = 4\n", r.out());
        assertEquals("stdin:5: error: the range is written FROM..TO, like 3..12, got 3\n"
                + "  hint: write :history for every entry, or :history 3..12 for a range\n"
                + "stdin:6: error: there is no range 2..9: the history has entries 1..3\n"
                + "  hint: write :history for every entry, or :history 3..12 for a range\n", r.err());
    }

    @Test void saveWritesTheSessionAsAScriptThatRebuildsItsState() throws IOException {
        Run r = pipe("precision 2\nx = 1 / 3\nprint q\ny = x * 3\n:save session.nn\n:save part.nn 2..3\nprint x\n");
        assertTrue(r.err().startsWith("stdin:3:7: error: undefined name 'q'") && r.err().split("error:").length == 2, r.err());
        assertEquals("saved 3 entries to session.nn; run it with: nn session.nn\n"
                + "saved 2 entries to part.nn; run it with: nn part.nn\n0.33\n", r.out());
        assertEquals("# saved from an nn REPL session (entries 1..3)\nseed 0\nprecision 4\n\nprecision 2\nx = 1 / 3\ny = x * 3\n",
                java.nio.file.Files.readString(dir.resolve("session.nn")));
        assertEquals("# saved from an nn REPL session (entries 2..3)\nseed 0\nprecision 2\n\nx = 1 / 3\ny = x * 3\n",
                java.nio.file.Files.readString(dir.resolve("part.nn")));
        // Run, the script rebuilds the state: y is 1 at precision 2.
        Run again = pipe(":load session.nn\nprint y, x\n");
        assertEquals("1 0.33\n", again.out(), again.err());
    }

    @Test void saveNeverReplacesAScriptItDidNotWriteButReplacesItsOwnSayingSo() throws IOException {
        java.nio.file.Files.writeString(dir.resolve("homework.nn"), "print 1\n");
        Run r = pipe("x = 1\n:save homework.nn\n:save mine.nn\ny = 2\n:save mine.nn\n:save out.txt\n:save mine.nn 3..9\n");
        assertEquals("print 1\n", java.nio.file.Files.readString(dir.resolve("homework.nn")), "the student's script is untouched");
        assertTrue(r.err().contains("stdin:2: error: homework.nn already exists; :save never replaces a script it did not write in this session"), r.err());
        assertTrue(r.err().contains("replacing mine.nn, saved earlier in this session"), r.err());
        assertTrue(r.err().contains("stdin:6: error: a session is saved as a script: name a .nn file, got out.txt"), r.err());
        assertTrue(r.err().contains("stdin:7: error: there is no range 3..9: the history has entries 1..2"), r.err());
        assertTrue(java.nio.file.Files.readString(dir.resolve("mine.nn")).endsWith("x = 1\ny = 2\n"));
        assertEquals(70, r.exit());
    }

    @Test void saveDoesNotWriteThroughALinkOrOutsideTheFolder() throws IOException {
        java.nio.file.Path outside = java.nio.file.Files.createTempFile("nn-outside", ".nn");
        try {
            java.nio.file.Files.createSymbolicLink(dir.resolve("link.nn"), outside);
            Run r = pipe("x = 1\n:save link.nn\n:save /tmp/elsewhere.nn\n");
            assertTrue(r.err().contains("stdin:2: error: access refused: link.nn is a symbolic link"), r.err());
            assertTrue(r.err().contains("stdin:3: error: access refused: /tmp/elsewhere.nn is outside the folders"), r.err());
            assertEquals("", java.nio.file.Files.readString(outside));
        } finally {
            java.nio.file.Files.deleteIfExists(outside);
        }
    }
}
