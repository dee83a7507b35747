package nn.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import nn.interp.Limits;
import nn.lang.source.SourceFile;
import nn.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code :vars} formats every value the session holds, which can take long (thousands of names, each a
 * list that shares itself 2^60 times): it runs as an entry does, under --timeout and stopped by Ctrl-C,
 * and the session goes on.
 */
@Timeout(120)
class VarsUnderBudgetTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    private final PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);

    /** Entries that define 20,000 names, each a list whose printed form is cut at its 100,000 characters. */
    private static String manyHugeNames() {
        StringBuilder s = new StringBuilder("L = [\"a\"]\nfor i in 1..60 { L = [L, L] }\n");
        for (int entry = 0; entry < 20; entry++) {
            for (int i = 0; i < 1000; i++) s.append(i == 0 ? "" : "; ").append("v").append(entry).append('_').append(i).append(" = L");
            s.append('\n');
        }
        return s.toString();
    }

    @Test void varsStopsAtTheTimeBudgetAndTheSessionGoesOn() throws IOException {
        Session session = new Session(Limits.defaults().withTimeout(Duration.ofSeconds(1)), List.of(dir), o, e, true);
        int exit = new Repl(session, o).runPiped(new BufferedReader(new StringReader(manyHugeNames() + ":vars\nprint \"alive\"\n")));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals("error: time budget exceeded: the run took longer than 1 s\n  hint: raise the budget with --timeout 60s\n", errors);
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("alive\n"), "the session went on");
        assertEquals(70, exit, "a piped session reports the failed command in its exit status");
    }

    @Test void ctrlCStopsVarsAndTheSessionGoesOn() throws InterruptedException {
        Session session = new Session(Limits.defaults(), List.of(dir), o, e, true);
        Repl repl = new Repl(session, o);
        assertEquals(Session.Outcome.OK, session.run(new SourceFile("repl", manyHugeNames())));
        AtomicBoolean going = new AtomicBoolean(true);
        Thread vars = new Thread(() -> going.set(repl.handle(":vars")));
        vars.start();
        while (vars.isAlive()) {
            Thread.sleep(50);
            session.interrupt();  // what the REPL's Ctrl-C handler does
        }
        assertTrue(going.get());
        assertEquals("interrupted\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(Session.Outcome.OK, session.run(new SourceFile("repl", "print len(v3_7)\n")));
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("2\n"), "the session and its names stay");
    }
}
