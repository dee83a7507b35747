package nn.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nn.lang.source.SourceFile;
import nn.lang.syntax.Parsers;
import nn.model.Network;
import nn.tensor.Matrix;
import org.junit.jupiter.api.Test;

/** Ctrl-C (an interrupt of the interpreter thread) during training stops after the batch in progress and keeps the weights. */
class TrainInterruptTest {
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
}
