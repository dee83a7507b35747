package nn.interp.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nn.interp.Limits;
import nn.lang.source.SourceFile;
import nn.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * separable(D) is a pure function: a script prints its verdict only through print or show, the REPL
 * echoes it like any value, and it works as a condition wherever a bool does.
 */
class SeparableVerdictTest {
    @TempDir Path folder;

    private static final String AND_VERDICT = "AND: linearly separable: 2·a + 2·b − 3 is > 0 on every class-1 point"
            + " and < 0 on every class-0 point (checked on all 4)\n";

    private String run(String text, boolean echo) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);
        new Session(Limits.defaults(), List.of(folder), o, e, echo).run(new SourceFile("t.nn", text));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final String DATA = "AND = truthtable(2, a & b)\nXOR = truthtable(2, a ^ b)\n";

    @Test void callingItInAScriptPrintsNothing() {
        assertEquals("", run(DATA + "s = separable(AND)\nseparable(XOR)\nif separable(XOR) { print 1 }\n"
                + "expect separable(AND)\nexpect not separable(XOR)\n", false));
    }

    @Test void printingItShowsTheVerdictWithTheHyperplane() {
        assertEquals(AND_VERDICT, run(DATA + "s = separable(AND)\nprint s\n", false));
    }

    @Test void printingANegativeVerdictShowsTheProof() {
        String out = run(DATA + "print separable(XOR)\n", false);
        assertEquals(true, out.startsWith("XOR: not linearly separable: "), out);
        assertEquals(true, out.contains("convex hull of both classes"), out);
    }

    @Test void theReplEchoesItLikeAnyValue() {
        assertEquals(AND_VERDICT, run(DATA + "separable(AND)\ns = separable(AND)\n", true));
    }

    @Test void itIsABoolInConditionsComparisonsAndLogic() {
        assertEquals("yes\ntrue false true\n", run(DATA + "if separable(AND) { print \"yes\" } else { print \"no\" }\n"
                + "print separable(AND) == true, separable(XOR) == true, separable(AND) and not separable(XOR)\n", false));
    }
}
