package nn.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nn.lang.source.SourceFile;
import nn.lang.syntax.Parsers;
import nn.platform.Heap;
import org.junit.jupiter.api.Test;

/**
 * The memory budget where no heap can be measured (the browser's {@link Heap.Unmeasured}): it counts what the
 * session's values hold, so matrices made and dropped in a loop never add up, while those a list keeps do, and
 * end the run with the JVM's message. The same measure runs in Node in BrowserBuildTest.
 */
class BrowserMemoryBudgetTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Budget budget = new Budget(Limits.defaults().withMemory(64L << 20), Heap.Unmeasured.INSTANCE);
    private final Interpreter in;

    BrowserMemoryBudgetTest() {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        in = new Interpreter(budget, new Output(ps, ps, budget), new Sandbox(List.of(Path.of("."))));
    }

    private String run(String source) {
        out.reset();
        in.run(Parsers.parse(new SourceFile("t.nn", source)));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test void matricesMadeAndDroppedInALoopNeverAddUp() {
        // 200 matrices of 7.6 MiB, 1.5 GiB in all, one alive at a time under a 64 MiB budget.
        assertEquals("200\n", run("n = 0\nfor i in 1..200 { m = zeros(1000, 1000)\n n = n + 1 }\nprint n\n"));
    }

    @Test void matricesAListKeepsAreStoppedWithTheJvmsMessage() {
        RuntimeError e = assertThrows(RuntimeError.class,
                () -> run("kept = [\"start\"]\nfor i in 1..200 { append(kept, zeros(1000, 1000)) }\n"));
        assertTrue(e.getMessage().startsWith("memory budget exceeded: the run holds 61.0 MiB and a 1000×1000 matrix needs 7.6 MiB more"), e.getMessage());
    }

    @Test void valuesAreCountedOnceHoweverManyNamesShareThem() {
        run("a = zeros(1000, 1000)\nb = a\nc = [a, b, \"x\"]\nfn f() { return a }\n");
        assertEquals(8_000_000 + 2, LiveValues.of(List.of(in.globals())));
    }

    @Test void aFunctionsLocalsCountWhileItRuns() {
        // Each call keeps its 3.8 MiB local while the next call runs: 20 calls deep hold 76 MiB.
        RuntimeError e = assertThrows(RuntimeError.class,
                () -> run("fn deep(n) {\n big = zeros(500, 1000)\n if n > 0 { deep(n - 1) }\n}\ndeep(20)\n"));
        assertTrue(e.getMessage().startsWith("memory budget exceeded"), e.getMessage());
    }
}
