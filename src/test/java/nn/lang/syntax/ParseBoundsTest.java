package nn.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import nn.interp.Limits;
import nn.lang.source.Diagnostic;
import nn.lang.source.SourceFile;
import nn.run.ScriptRunner;
import nn.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A syntax error after a long operator chain made ANTLR's full-context retry quadratic (5,000 '^': a minute,
 * 20,000: minutes). The retry is capped, so the error comes well inside a budget the old parse overran.
 */
class ParseBoundsTest {
    @TempDir Path dir;

    private static String chain(String op, int terms) {
        return "x = " + String.join(" " + op + " ", Collections.nCopies(terms, "2")) + " )\n";
    }

    @Test void aSyntaxErrorAfterTwentyThousandPowersIsReportedInsideTheTimeBudget() {
        var r = ScriptRunner.run("hw.nn", chain("^", 20_000), dir, Limits.defaults().withTimeout(Duration.ofSeconds(60)));
        assertEquals(Session.Outcome.SYNTAX_ERROR, r.outcome(), r.err());
        assertTrue(r.err().startsWith("hw.nn:1:80003: error: unmatched ')'"), r.err());
    }

    @Test void aSyntaxErrorAfterFiveThousandApproximateComparisonsIsReportedInsideTheTimeBudget() {
        var r = ScriptRunner.run("hw.nn", chain("~=", 5_000), dir, Limits.defaults().withTimeout(Duration.ofSeconds(60)));
        assertEquals(Session.Outcome.SYNTAX_ERROR, r.outcome(), r.err());
        assertTrue(r.err().startsWith("hw.nn:1:25002: error: unmatched ')'"), r.err());
    }

    @Test void anInterruptedParseStopsWithAnInterruption() throws Exception {
        SourceFile big = new SourceFile("big.nn", "x = [" + "1, ".repeat(1_000_000) + "1]\n");
        Throwable[] caught = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                Parsers.parse(big);
            } catch (Throwable e) {
                caught[0] = e;
            }
        });
        t.start();
        t.interrupt();
        t.join();
        assertTrue(Parsers.isInterruption(caught[0]), "an interrupted parse ends with the interruption: " + caught[0]);
    }

    @Test void ordinaryErrorsKeepTheirMessages() {
        var e = assertThrows(Diagnostic.Failure.class, () -> Parsers.parse(new SourceFile("a.nn", "x = (1 + 2\nprint x\n")));
        assertTrue(e.getMessage().startsWith("expected ')' to close the '(' opened at 1:5"), e.getMessage());
    }
}
