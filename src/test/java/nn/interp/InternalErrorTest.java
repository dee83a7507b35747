package nn.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nn.interp.lib.Area;
import nn.interp.lib.Builtin;
import nn.interp.lib.Impl;
import nn.interp.lib.Param;
import nn.interp.lib.Type;
import nn.lang.source.SourceFile;
import nn.model.ModelException;
import nn.run.Session;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

/**
 * A library's IllegalArgumentException is a broken promise inside nn, not the user's mistake: it is reported
 * as an internal error at the statement that was running, never as "error: …" and never as a stack trace.
 * A library's UserError, by contrast, is an ordinary error at the failing expression.
 */
class InternalErrorTest {
    private record Run(Session.Outcome outcome, String out, String err) {}

    /** Runs {@code text} in a session that also has the builtin {@code broken(x)}, whose body is {@code body}. */
    private static Run run(String text, Impl body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Session session = new Session(Limits.defaults(), List.of(Path.of("").toAbsolutePath()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        Builtin broken = new Builtin("broken", Area.MATRICES, List.of(Param.of("x", Type.ANY)), "fails", "broken(1)", body);
        session.interpreter().globals().define("broken", new Value.Builtin(broken));
        Session.Outcome o = session.run(new SourceFile("t.nn", text));
        return new Run(o, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test void aLibraryIllegalArgumentExceptionIsReportedAsInternal() {
        // A real library precondition: a matrix of 2×2 built from 3 numbers.
        Run r = run("print 1\ny = 2 + broken(3)\nprint 2\n", (in, a) -> new Value.Mat(new Matrix(2, 2, new double[3])));
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome());
        assertEquals("1\n", r.out(), "the statement before ran, the one after did not");
        String[] lines = r.err().split("\n");
        assertEquals("t.nn:2:1: internal error: IllegalArgumentException: data length 3 is not 2×2"
                + " — this is a bug in nn, not in your script; please report it with the script that caused it", lines[0]);
        assertEquals("  y = 2 + broken(3)", lines[1]);
        assertEquals("  ^^^^^^^^^^^^^^^^^", lines[2]);
        assertEquals(3, lines.length, r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(r.err().contains(": error: "), "not shown as the user's mistake: " + r.err());
    }

    @Test void anInternalErrorReadsInSpanishFrameAndInvariantAlike() {
        nn.i18n.Messages.use(nn.i18n.Lang.ES);
        try {
            Run r = run("y = 2 + broken(3)\n", (in, a) -> new Value.Mat(new Matrix(2, 2, new double[3])));
            assertEquals("t.nn:1:1: error interno: IllegalArgumentException: la longitud de los datos, 3, no es 2×2"
                    + " — es un error de nn, no de tu script; por favor, infórmalo junto con el script que lo causó", r.err().split("\n")[0]);
            Run ragged = run("y = broken(3)\n", (in, a) -> new Value.Mat(Matrix.of(new double[] {1, 2}, new double[] {3})));
            assertTrue(ragged.err().startsWith("t.nn:1:1: error interno: IllegalArgumentException: filas de distinta longitud — es un error de nn"),
                    ragged.err());
        } finally {
            nn.i18n.Messages.use(nn.i18n.Lang.EN);
        }
    }

    @Test void anyOtherEscapingExceptionIsInternalToo() {
        Run r = run("x = broken(1)\n", (in, a) -> { throw new IllegalStateException("internal error: the cache is inconsistent"); });
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome());
        assertTrue(r.err().startsWith("t.nn:1:1: internal error: IllegalStateException: the cache is inconsistent — this is a bug in nn"),
                r.err());
    }

    @Test void aLibraryUserErrorIsTheUsersMistakeAtTheFailingExpression() {
        Run r = run("y = 2 + broken(3)\n", (in, a) -> { throw new ModelException("the network takes 2 inputs, got 3", "pass rows of 2 numbers"); });
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome());
        assertEquals("t.nn:1:9: error: the network takes 2 inputs, got 3\n"
                + "  y = 2 + broken(3)\n"
                + "          ^^^^^^^^^\n"
                + "  hint: pass rows of 2 numbers\n", r.err());
    }
}
