package nn.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few thousand generated and mutated programs per build, in this JVM, under small budgets: none may
 * let a Throwable escape, print an internal error or a stack trace, or outlive its time budget by more
 * than a second; every fourth runs with Spanish messages and must say the same in Spanish (its errors
 * framed {@code fuzz.nn:3:5: error:}, hints as {@code sugerencia:}). {@code nn fuzz} runs the long version
 * (see the README).
 */
class FuzzTest {
    @TempDir Path folder;

    @Test void generatedAndMutatedProgramsEndCleanly() throws IOException {
        Fuzzer f = new Fuzzer(Long.getLong("nn.fuzz.seed", 20261129L),
                List.of(Path.of("samples"), Path.of("src", "test", "resources", "scripts")), folder);
        Fuzzer.Report r = f.run(Long.getLong("nn.fuzz.inputs", 2000L), 5, null);
        StringBuilder shown = new StringBuilder();
        for (Fuzzer.Failure failure : r.failures())
            shown.append('\n').append(failure.heading()).append('\n')
                    .append(failure.input()).append("\n--- printed:\n")
                    .append(failure.output(), 0, Math.min(1500, failure.output().length()));
        assertEquals(0, r.failureCount(), r.summary() + shown);
    }
}
