package nn.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nn.interp.Limits;
import nn.lang.source.SourceFile;
import nn.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Ctrl-C while a statement runs: the statement stops, the session and its definitions stay. */
@Timeout(30) // waits on the thread it interrupts
class InterruptTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    private final Session session = new Session(Limits.defaults(), List.of(Path.of(".")),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), true);

    /** Runs {@code code} on another thread and interrupts it (as the Ctrl-C handler does) until it stops. */
    private Session.Outcome runAndInterrupt(String code) throws InterruptedException {
        AtomicReference<Session.Outcome> outcome = new AtomicReference<>();
        Thread runner = new Thread(() -> outcome.set(session.run(new SourceFile("repl", code))));
        runner.start();
        while (runner.isAlive()) {
            session.interrupt();
            runner.join(20);
        }
        return outcome.get();
    }

    @Test void interruptStopsEndlessLoopAndKeepsEarlierDefinitions() throws InterruptedException {
        session.run(new SourceFile("repl", "x = 41\n"));
        assertEquals(Session.Outcome.INTERRUPTED, runAndInterrupt("while true { }\n"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("repl:1:1: interrupted"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Session.Outcome.OK, session.run(new SourceFile("repl", "x + 1\n")));
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("42\n"), out.toString(StandardCharsets.UTF_8));
    }

    @Test void assignmentsMadeBeforeTheInterruptStay() throws InterruptedException {
        assertEquals(Session.Outcome.INTERRUPTED, runAndInterrupt("n = 0\nwhile true { n = n + 1 }\n"));
        session.run(new SourceFile("repl", "print n > 0\n"));
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("true\n"), out.toString(StandardCharsets.UTF_8));
    }

    @Test void interruptInsideFunctionLeavesSessionUsable() throws InterruptedException {
        session.run(new SourceFile("repl", "fn spin() { while true { } }\n"));
        assertEquals(Session.Outcome.INTERRUPTED, runAndInterrupt("spin()\n"));
        assertEquals(Session.Outcome.OK, session.run(new SourceFile("repl", "fn one() { return 1 }\nprint one()\n")));
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("1\n"), out.toString(StandardCharsets.UTF_8));
    }

    @Test void interruptWhenNothingRunsIsHarmless() {
        session.interrupt();
        assertEquals(Session.Outcome.OK, session.run(new SourceFile("repl", "print 3\n")));
        assertEquals("3\n", out.toString(StandardCharsets.UTF_8));
    }
}
