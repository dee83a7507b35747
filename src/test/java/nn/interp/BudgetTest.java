package nn.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nn.run.ScriptRunner;
import nn.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runaway scripts end with a clear error naming the budget; output stops at the output budget. */
class BudgetTest {
    @TempDir Path dir;

    @Test void outputFloodStopsAtTheBudget() {
        var r = ScriptRunner.run("flood.nn", "while true { print \"spam spam spam\" }\n", dir, Limits.defaults().withOutput(1000));
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome());
        assertTrue(r.out().length() <= 1000, "printed " + r.out().length() + " characters");
        assertTrue(r.err().startsWith("flood.nn:1:14: error: output budget exceeded: more than 1000 characters printed"), r.err());
    }

    @Test void deepRecursionWithinTheDepthBudgetWorks() {
        var r = ScriptRunner.run("deep.nn", "fn d(n) { if n == 0 { return 0 } return 1 + d(n - 1) }\nprint d(900)\n", dir);
        assertEquals("900\n", r.out(), r.err());
    }

    @Test void deeplyNestedExpressionIsNotACrash() {
        String nested = "(".repeat(5000) + "1" + ")".repeat(5000);
        var r = ScriptRunner.run("nest.nn", "print " + nested + "\n", dir);
        assertTrue(r.outcome() == Session.Outcome.OK || r.err().contains("error:"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    @Test void hugeMatrixProductIsRefusedBeforeAllocating() {
        var r = ScriptRunner.run("big.nn", "a = ones(60000, 1)\nb = ones(1, 60000)\nc = a @ b\n", dir, Limits.defaults().withMemory(1L << 30));
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome());
        assertTrue(r.err().contains("memory budget exceeded: the product 60000×60000 needs 26.8 GiB, the budget is 1.0 GiB"), r.err());
    }
}
