package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nn.run.Version;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's exit statuses: 0 ok, 64 usage, 65 syntax or check, 70 runtime. What the command
 * prints is captured (and checked where it matters), so the build's output stays clean.
 */
class MainTest {
    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    private PrintStream savedOut, savedErr;

    @BeforeEach void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }
    private String err() { return err.toString(StandardCharsets.UTF_8); }

    private Path script(String text) throws IOException {
        Path f = dir.resolve("s.nn");
        Files.writeString(f, text);
        return f;
    }

    @Test void successExitsZero() throws IOException {
        assertEquals(0, Main.execute(script("x = 1\n").toString()));
    }

    @Test void runSubcommandRunsAScript() throws IOException {
        assertEquals(0, Main.execute("run", script("x = 1\n").toString()));
    }

    @Test void syntaxErrorExits65() throws IOException {
        assertEquals(65, Main.execute(script("x = [1,\n").toString()));
    }

    @Test void undefinedNameIsACheckErrorExits65() throws IOException {
        assertEquals(65, Main.execute(script("print nope\n").toString()));
    }

    @Test void runtimeErrorExits70() throws IOException {
        assertEquals(70, Main.execute(script("print [1, 2] @ [3, 4]\n").toString()));
        assertTrue(err().contains("s.nn:1:7: error: cannot multiply 1×2 by 1×2"), err());
    }

    @Test void unknownFlagExits64() throws IOException {
        assertEquals(64, Main.execute("--no-such-flag", script("x = 1\n").toString()));
        assertTrue(err().startsWith("nn: Unknown option: '--no-such-flag'"), err());
    }

    @Test void badDurationExits64() throws IOException {
        assertEquals(64, Main.execute("--timeout", "soon", script("x = 1\n").toString()));
    }

    @Test void missingFileExits64() {
        assertEquals(64, Main.execute(dir.resolve("absent.nn").toString()));
        assertTrue(err().contains("absent.nn: no such file"), err());
    }

    @Test void notUtf8Exits65() throws IOException {
        Path f = dir.resolve("latin1.nn");
        Files.write(f, new byte[] {'p', 'r', 'i', 'n', 't', ' ', '"', (byte) 0xE9, '"', '\n'});
        assertEquals(65, Main.execute(f.toString()));
    }

    @Test void threadsFlagBeforeASubcommandSetsTheEnginesThreads() throws IOException {
        int before = nn.tensor.parallel.Parallel.threads();
        try {
            assertEquals(0, Main.execute("--threads", "1", "run", script("x = 1\n").toString()));
            assertEquals(1, nn.tensor.parallel.Parallel.threads());
            assertEquals(0, Main.execute("--threads", "3", script("x = 1\n").toString()));
            assertEquals(3, nn.tensor.parallel.Parallel.threads());
        } finally {
            nn.tensor.parallel.Parallel.setThreads(before);
        }
    }

    @Test void depthBeyondWhatTheStackHoldsIsAUsageError() throws IOException {
        assertEquals(64, Main.execute("--max-depth", "100000000", script("x = 1\n").toString()));
    }

    @Test void stepBudgetFlagEndsALoop() throws IOException {
        assertEquals(70, Main.execute("--max-steps", "1000", script("while true { x = 1 }\n").toString()));
    }

    @Test void versionIsThePomsVersion() throws IOException {
        assertEquals(0, Main.execute("--version"));
        assertEquals("nn " + Version.get() + "\n", out());
        String pom = Files.readString(Path.of("pom.xml"));
        // The project's own <version>, the first one after its <artifactId>.
        int at = pom.indexOf("<version>", pom.indexOf("<artifactId>nn</artifactId>"));
        assertEquals(pom.substring(at + 9, pom.indexOf("</version>", at)), Version.get());
    }
}
