package nn.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nn.lang.source.SourceFile;
import nn.lang.syntax.Parsers;
import org.junit.jupiter.api.Test;

/**
 * What nn grade restores before every test: the state the submission's script left, whatever the test
 * before did to it (rebinding names, training and stepping a network, backward, retraining a perceptron,
 * advancing an Adam optimizer, precision, trace).
 */
class SnapshotTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Interpreter in;

    SnapshotTest() {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Budget budget = new Budget(Limits.defaults());
        in = new Interpreter(budget, new Output(ps, ps, budget), new Sandbox(List.of(Path.of("."))));
    }

    private String run(String source) {
        out.reset();
        in.run(Parsers.parse(new SourceFile("t.nn", source)));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final String SCRIPT = """
            seed 1
            x = 1
            W = param([[0.5], [0.75]])
            h = [1, 2] @ W
            E = sse(h, 1)
            backward E
            opt = adam(lr = 0.1)
            step W opt
            network net = 2 -> dense(2, sigmoid) -> dense(1, sigmoid)
            dataset AND = truthtable(2, a & b)
            perceptron p(inputs = 2)
            train p on AND with perceptron_rule(lr = 1) epochs 2
            fn f(v) { return v + x }
            """;

    /** Everything a test could read: values, gradients, a network's output, a perceptron, the format. */
    private static final String READ = """
            print x, f(1), W, W.grad, h.grad, net([1, 1]), p, 1 / 3
            """;

    private static final String CHANGE = """
            x = 2
            y = 3
            E2 = sse([3, 4] @ W, 0)
            backward E2
            step W opt
            step W opt
            backward E
            train net on AND { loss sse; optimizer sgd(lr = 1); epochs 5 }
            train p on AND with perceptron_rule(lr = 1) epochs 20
            net.dense1.weights = [[1, 1], [1, 1]]
            precision 1
            trace on
            """;

    @Test
    void aTestsChangesDoNotReachTheNextTest() {
        run(SCRIPT);
        Snapshot start = Snapshot.of(in);
        String before = run(READ);
        run(CHANGE);
        assertNotEquals(before, run(READ), "the changes took effect within the test");
        start.restore(in);
        assertEquals(before, run(READ));
        assertNull(in.globals().lookup("y"), "a name the test bound is gone");
        assertNull(in.globals().lookup("E2"));
    }

    @Test
    void anOptimizerStartsEachTestFromTheScriptsState() {
        run(SCRIPT);
        Snapshot start = Snapshot.of(in);
        String once = run("step W opt\nprint W\n");
        start.restore(in);
        run(CHANGE);
        start.restore(in);
        assertEquals(once, run("step W opt\nprint W\n"), "Adam's moments and step count, and W, as the script left them");
        start.restore(in);
        assertEquals(once, run("step W opt\nprint W\n"), "restoring twice gives the same state again");
    }

    @Test
    void restoringKeepsAliases() {
        run(SCRIPT + "same = net\nboth = [opt, opt]\n");
        Snapshot start = Snapshot.of(in);
        run("train same on AND { loss sse; optimizer sgd(lr = 1); epochs 3 }\n");
        start.restore(in);
        String viaNet = run("print net([1, 0])\n");
        String viaAlias = run("print same([1, 0])\n");
        assertEquals(viaNet, viaAlias);
        Value.ListV both = (Value.ListV) in.globals().lookup("both");
        Object first = ((Value.OptimizerV) both.items().get(0)).optimizer();
        assertEquals(first, ((Value.OptimizerV) both.items().get(1)).optimizer());
        assertEquals(first, ((Value.OptimizerV) in.globals().lookup("opt")).optimizer());
    }
}
