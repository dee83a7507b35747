package nn.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nn.interp.Limits;
import nn.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notebook's side of a session, without ZeroMQ: names persist, results, images, cell names, budgets per cell. */
class CellsTest {
    @TempDir Path dir;

    private final List<String> events = new ArrayList<>();

    private Cells cells(Limits limits) {
        return new Cells(limits, List.of(dir), new Cells.Front() {
            @Override public void stream(String name, String text) { events.add(name + ":" + text); }
            @Override public void image(String title, byte[] png) { events.add("image:" + title + ":" + (png[1] == 'P' ? "png" : "?")); }
            @Override public void result(String text) { events.add("result:" + text); }
        });
    }

    @Test void namesPersistAndTheLastBareExpressionIsTheResult() {
        Cells c = cells(Limits.defaults());
        assertEquals(Session.Outcome.OK, c.run(1, "x = 2\nprint x").outcome());
        assertEquals(Session.Outcome.OK, c.run(2, "x + 1\nx * 10").outcome());
        assertEquals(List.of("stdout:2\n", "stdout:3\n", "result:20"), events, "the earlier value is printed, the last is the result");
    }

    @Test void plotsBecomeImagesNotTerminalText() {
        Cells c = cells(Limits.defaults());
        c.run(1, "network n = 2 -> dense(1, sigmoid)\nplot boundary n from (0, 0) to (1, 1)");
        assertEquals(List.of("image:decision boundary of n:png"), events);
        events.clear();
        nn.i18n.Messages.use(nn.i18n.Lang.ES);
        try {
            c.run(2, "plot boundary n from (0, 0) to (1, 1)");
            assertEquals(List.of("image:frontera de decisión de n:png"), events, "the title is in the notebook's language");
        } finally {
            nn.i18n.Messages.use(nn.i18n.Lang.EN);
        }
    }

    @Test void errorsNameTheCell() {
        Cells c = cells(Limits.defaults());
        Cells.Ran ran = c.run(7, "y = 1\nprint y +* 2");
        assertEquals(Session.Outcome.SYNTAX_ERROR, ran.outcome());
        assertEquals("SyntaxError", ran.errorKind());
        assertTrue(ran.errorText().startsWith("cell 7:2:"), ran.errorText());
        assertTrue(ran.errorText().contains("^"), ran.errorText());
        assertEquals(List.of(), events, "the diagnostic is the cell's error, not a stderr stream");
    }

    @Test void errorKindsAreNnsOwnAndWarningsStillStream() {
        Cells c = cells(Limits.defaults());
        Cells.Ran undefined = c.run(1, "print nope");
        assertEquals("CheckError", undefined.errorKind(), "an undefined name parses; the checker refuses it");
        assertTrue(undefined.errorText().contains("undefined name 'nope'"), undefined.errorText());
        Cells.Ran division = c.run(2, "print 1\n1 / 0");
        assertEquals("RuntimeError", division.errorKind());
        assertTrue(division.errorText().startsWith("cell 2:2:1: error: division by zero"), division.errorText());
        assertEquals(List.of("stdout:1\n"), events);
        events.clear();
        assertEquals(Session.Outcome.OK, c.run(3, "log(0)").outcome());
        assertTrue(events.get(0).startsWith("stderr:cell 3:1:5: warning: log of 0"), events.toString());
        assertEquals("result:-inf", events.get(1));
        Kernel.error(division).get("traceback").getAsJsonArray().forEach(l -> assertTrue(!l.getAsString().contains("\n")));
        assertEquals("cell 2:2:1: error: division by zero", Kernel.error(division).get("evalue").getAsString());
    }

    @Test void inSpanishTheCellIsACeldaAndItsErrorIsSpanish() {
        nn.i18n.Messages.use(nn.i18n.Lang.ES);
        try {
            Cells.Ran ran = cells(Limits.defaults()).run(7, "y = 1\nprint nope");
            assertEquals(Session.Outcome.SYNTAX_ERROR, ran.outcome());
            assertTrue(ran.errorText().startsWith("celda 7:2:7: error: nombre no definido 'nope'"), ran.errorText());
            assertEquals("<gráfico: boundary>", nn.i18n.Messages.t("kernel.plot-text", "boundary"));
        } finally {
            nn.i18n.Messages.use(nn.i18n.Lang.EN);
        }
    }

    @Test void budgetsCountPerCell() {
        Cells c = cells(Limits.defaults().withSteps(3_000));
        String loop = "i = 0\nwhile i < 1000 { i = i + 1 }\nprint i";
        assertEquals(Session.Outcome.OK, c.run(1, loop).outcome());
        assertEquals(Session.Outcome.OK, c.run(2, loop).outcome(), "a fresh budget for the next cell");
        Cells.Ran big = c.run(3, "i = 0\nwhile i < 100000 { i = i + 1 }");
        assertEquals(Session.Outcome.RUNTIME_ERROR, big.outcome());
        assertTrue(big.errorText().startsWith("cell 3:"), big.errorText());
        assertEquals(Session.Outcome.OK, c.run(4, "print 1").outcome(), "the kernel goes on");
    }

    @Test void userExpressionsAreValuesWithoutOutput() {
        Cells c = cells(Limits.defaults());
        c.run(1, "x = 3\nfn loud(a) { print \"side\"\n return a }");
        events.clear();
        Cells.Evaluated v = c.evaluate("loud(x) * 2");
        assertEquals("6", v.text());
        assertEquals(List.of(), events, "what an expression prints does not reach the notebook");
        Cells.Evaluated bad = c.evaluate("x +");
        assertEquals("SyntaxError", bad.error().errorKind());
        Cells.Evaluated statement = c.evaluate("x = 4");
        assertTrue(statement.error().errorText().contains("not a statement"), statement.error().errorText());
        assertEquals("3", c.evaluate("x").text(), "a refused statement does not run");
        assertEquals(List.of(), events);
    }

    @Test void theReplsCommandsThatMakeSenseInANotebookRunThere() {
        Cells c = cells(Limits.defaults());
        assertTrue(c.isCommands(":help spiral") && c.isCommands(" :vars\n\n:help") && c.isCommands("help") && c.isCommands("help sigmoid"));
        assertTrue(!c.isCommands("x = 1\n:vars") && !c.isCommands("print 1") && !c.isCommands(""));
        assertEquals(Session.Outcome.OK, c.commands(1, ":help spiral").outcome());
        assertTrue(events.get(0).startsWith("stdout:spiral(points = 200"), events.toString());
        events.clear();
        c.run(2, "x = 3");
        assertEquals(Session.Outcome.OK, c.commands(3, ":vars").outcome());
        assertEquals(List.of("stdout:  x = 3   (a number)\n"), events);
        events.clear();
        c.commands(4, "help");
        assertTrue(events.get(0).contains(":vars") && events.get(0).contains("Shift-Tab") && !events.get(0).contains(":quit"), events.toString());
        events.clear();
        Cells.Ran load = c.commands(5, ":load x.nn");
        assertEquals("UsageError", load.errorKind());
        assertTrue(load.errorText().startsWith("cell 5:1:1: error: :load is a command of the terminal REPL"), load.errorText());
        assertTrue(c.commands(6, ":bogus").errorText().contains("unknown command :bogus"));
        assertEquals(Session.Outcome.OK, c.commands(7, ":reset\n:vars").outcome());
        assertTrue(events.get(events.size() - 1).contains("no names defined yet"), events.toString());
        c.run(8, "help = 2");
        assertTrue(!c.isCommands("help"), "a name help of the notebook's own is a value, not the command");
    }

    @Test void inspectFindsTheNameAtTheCursorOrTheCallItIsIn() {
        assertEquals("sigmoid", Kernel.nameAt("sigmoid", 3));
        assertEquals("sigmoid", Kernel.nameAt("y = sigmoid", 11));
        assertEquals("spiral", Kernel.nameAt("spiral(", 7));
        assertEquals("dense", Kernel.nameAt("n = 2 -> dense(4, [1, 2], ", 26));
        assertEquals("dense", Kernel.nameAt("dense(f(1), ", 12));
        assertEquals(null, Kernel.nameAt("1 + ", 4));
        assertTrue(nn.repl.Help.knows("train") && nn.repl.Help.knows("sigmoid") && !nn.repl.Help.knows("nothing"));
    }
}
