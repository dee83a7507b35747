package nn.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import nn.lang.source.SourceFile;
import nn.lang.syntax.Parsers;
import nn.model.Network;
import nn.run.Session;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Ctrl-C (an interrupt of the interpreter thread) during training stops after the batch in progress and keeps the weights. */
@Timeout(60) // waits on the thread it interrupts
class TrainInterruptTest {
    /** A network whose epochs take a while, its data, and a stop condition that prints "training" at epoch 1. */
    private static final String BIG_NETWORK = """
                seed 1
                d = spiral(points = 2000)
                network big = 2 -> dense(256, tanh) -> dense(256, tanh) -> dense(3)
                fn started(e) {
                  if e == 1 { print "training" }
                  return false
                }
                """;

    @Test void interruptedTrainingKeepsTheWeightsAndTheRunGoesOn() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Budget budget = new Budget(Limits.defaults());
        Interpreter in = new Interpreter(budget, new Output(ps, ps, budget), new Sandbox(List.of(Path.of("."))));
        in.run(Parsers.parse(new SourceFile("a.nn", """
                seed 1
                d = { [0, 0] -> 0; [0, 1] -> 1; [1, 0] -> 1; [1, 1] -> 0 }
                network n = 2 -> dense(2, sigmoid) -> dense(1, sigmoid)
                """)));
        Network net = ((Value.NetworkV) in.globals().lookup("n")).network();
        Matrix before = net.layer(0).weights().value().copy();
        Thread.currentThread().interrupt();
        in.run(Parsers.parse(new SourceFile("b.nn", """
                h = train n on d { loss sse; optimizer sgd(lr = 0.5); epochs 1000; batch 1 }
                print h.epochs
                """)));
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is consumed");
        assertEquals("training interrupted at epoch 1; the weights learned so far are kept\n0\n", out.toString(StandardCharsets.UTF_8));
        assertNotEquals(before, net.layer(0).weights().value(), "the batch in progress finished and updated the weights");
    }

    /**
     * Ctrl-C from another thread (as the REPL's handler sends it) while a big network trains: the
     * interrupt lands mid-batch (the kernels stop) or between batches; either way the run says so
     * once, on a line of its own, and the rest of the entry and the next entry run normally.
     */
    @Test void interruptFromAnotherThreadWhileTrainingSaysSoAndClearsTheInterrupt() throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Session session = new Session(Limits.defaults(), List.of(Path.of(".")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        session.run(new SourceFile("repl", BIG_NETWORK));
        AtomicReference<Session.Outcome> outcome = new AtomicReference<>();
        Thread runner = new Thread(() -> outcome.set(session.run(new SourceFile("repl", """
                h = train big on d { loss cross_entropy; optimizer adam(lr = 0.001); epochs 2000000000; batch full; stop when started(epoch) }
                print "after", h.epochs >= 1
                """))));
        runner.start();
        // The train block never ends by itself; interrupt it once its first epoch is done.
        while (!out.toString(StandardCharsets.UTF_8).contains("training\n") && runner.isAlive()) Thread.sleep(5);
        session.interrupt();
        runner.join();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(Session.Outcome.OK, outcome.get(), err.toString(StandardCharsets.UTF_8));
        assertTrue(Pattern.matches("training\ntraining interrupted at epoch \\d+; the weights learned so far are kept\nafter true\n", printed),
                printed);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(Session.Outcome.OK, session.run(new SourceFile("repl", "print 1 + 1\n")));
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("after true\n2\n"), out.toString(StandardCharsets.UTF_8));
    }

    /**
     * The watchdog interrupts the thread too, when the time budget runs out (nn --timeout, a graded
     * submission's limit): that is no Ctrl-C. The run ends with the time budget's error at the train
     * block; it used to say "training interrupted", keep going and exit 0.
     */
    @Test void theTimeBudgetRunningOutMidTrainingEndsTheRunWithItsError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Session session = new Session(Limits.defaults().withTimeout(java.time.Duration.ofSeconds(2)), List.of(Path.of(".")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        Session.Outcome outcome = session.run(new SourceFile("t.nn", BIG_NETWORK + """
                train big on d { loss cross_entropy; optimizer adam(lr = 0.001); epochs 2000000000; batch full; stop when started(epoch) }
                print "after"
                """));
        String said = err.toString(StandardCharsets.UTF_8), printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(Session.Outcome.RUNTIME_ERROR, outcome, said);
        assertTrue(said.contains("error: time budget exceeded: the run took longer than 2 s\n"), said);
        assertFalse(printed.contains("interrupted") || printed.contains("after"), printed);
        // On a machine so loaded that the budget ran out before the first epoch, the place is another line.
        if (printed.equals("training\n")) assertTrue(said.startsWith("t.nn:8:1: error: time budget exceeded"), said);
    }
}
