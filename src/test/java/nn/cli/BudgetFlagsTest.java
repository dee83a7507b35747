package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Budget flags out of range are usage errors (64) that name the flag and the range, never accepted or a crash. */
class BudgetFlagsTest {
    @TempDir Path dir;


    @ParameterizedTest
    @CsvSource({
            "--timeout, 9223372036854775807ms, between 1ms and 24h",
            "--timeout, -5s, between 1ms and 24h",
            "--timeout, 0s, between 1ms and 24h",
            "--timeout, 1e400s, between 1ms and 24h",
            "--max-steps, -1, --max-steps must be between 1",
            "--max-steps, 0, --max-steps must be between 1",
            "--max-memory, -1, between 1k and 1024g",
            "--max-memory, 1e30, between 1k and 1024g",
            "--max-output, -1, --max-output must be between 1",
            "--allow-dir, /nonexistent/folder, --allow-dir must name an existing folder"})
    void outOfRangeIsAUsageError(String flag, String value, String says) throws IOException {
        Path script = Files.writeString(dir.resolve("s.nn"), "x = 1\n");
        CliRun r = CliRun.of(flag, value, script.toString());
        assertEquals(64, r.status(), r.err());
        assertTrue(r.err().contains(flag) || r.err().contains(says), r.err());
        assertTrue(r.err().contains(says), r.err());
        assertTrue(!r.err().contains("internal error"), r.err());
    }

    @Test void aScriptReadFromADeviceHasNoFolder() {
        assertNull(Main.scriptFolder(Path.of("/dev/stdin")));
        assertNull(Main.scriptFolder(Path.of("/proc/self/fd/0")));
    }

    @Test void aScriptFileHasItsFolder() throws IOException {
        Path script = Files.writeString(dir.resolve("s.nn"), "x = 1\n");
        assertEquals(dir.toAbsolutePath(), Main.scriptFolder(script));
    }
}
