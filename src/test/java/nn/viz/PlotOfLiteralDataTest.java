package nn.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nn.run.ScriptRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plot of data written in place ({@code on { … }}) goes to a file like one of named data: the same bytes. */
class PlotOfLiteralDataTest {
    @TempDir Path dir;

    private static final String NETWORK = "network diag {\n  input 2\n  dense 1 sigmoid weights [[1], [1]] bias [-1]\n}\n";
    private static final String DATA = "{ [0, 0] -> 0; [1, 1] -> 1; [0.2, 0.1] -> 0; [0.9, 0.8] -> 1 }";

    @Test void boundaryOfLiteralDataWritesThePngAndSvgOfNamedData() throws IOException {
        String script = NETWORK + "d = " + DATA + "\n"
                + "plot boundary diag on " + DATA + " to \"literal.png\"\n"
                + "plot boundary diag on d to \"named.png\"\n"
                + "plot boundary diag on " + DATA + " from (-1, -1) to (2, 2) to \"literal.svg\"\n"
                + "plot boundary diag on d from (-1, -1) to (2, 2) to \"named.svg\"\n"
                + "plot data " + DATA + " to \"points.png\"\n";
        ScriptRunner.Result r = ScriptRunner.run("p.nn", script, dir);
        assertEquals("", r.err());
        assertEquals(0, r.outcome().exitCode);
        for (String f : new String[] {"literal.png", "named.png", "literal.svg", "named.svg", "points.png"})
            assertEquals(1, r.out().lines().filter(l -> l.equals("wrote " + f)).count(), r.out());
        assertArrayEquals(Files.readAllBytes(dir.resolve("named.png")), Files.readAllBytes(dir.resolve("literal.png")));
        assertEquals(Files.readString(dir.resolve("named.svg")), Files.readString(dir.resolve("literal.svg")));
        assertEquals("\u0089PNG", new String(Files.readAllBytes(dir.resolve("points.png")), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
