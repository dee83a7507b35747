package nn.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nn.run.ScriptRunner;
import nn.run.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code save h to "history.csv"}: one row an epoch, through the sandbox's write rules. */
class SaveHistoryTest {
    @TempDir Path folder;

    private static final String TRAIN = """
            seed 1
            data = moons(points = 40, seed = 3)
            network n = 2 -> dense(4, tanh) -> dense(1, sigmoid)
            h = train n on data { loss bce; optimizer sgd(lr = 0.5, schedule = step(every = 2, factor = 0.5)); epochs 4; validate split 0.25 seed 1; report every 0 }
            """;

    @Test void writesAHeaderAndARowAnEpochWithTheRecordedNumbers() throws Exception {
        ScriptRunner.Result r = ScriptRunner.run("h.nn", TRAIN + "save h to \"history.csv\"\nprint h.val_loss[0, 3]\n", folder);
        assertEquals(Session.Outcome.OK, r.outcome(), r.err());
        assertTrue(r.out().startsWith("saved the history of n (4 epochs) to history.csv\n"), r.out());
        List<String> lines = Files.readAllLines(folder.resolve("history.csv"));
        assertEquals(5, lines.size());
        assertEquals("epoch,loss,accuracy,val_loss,val_accuracy,lr", lines.get(0));
        String[] last = lines.get(4).split(",");
        assertEquals("4", last[0]);
        assertEquals("0.25", last[5]);
        double printed = Double.parseDouble(r.out().split("\n")[1]);
        assertEquals(printed, Double.parseDouble(last[3]), 5e-5, "the CSV holds the full number the field rounds");
    }

    @Test void aPathOutsideTheSandboxIsRefusedAtTheFileName() {
        ScriptRunner.Result r = ScriptRunner.run("h.nn", TRAIN + "save h to \"../escape.csv\"\n", folder);
        assertEquals(Session.Outcome.RUNTIME_ERROR, r.outcome());
        assertTrue(r.err().startsWith("h.nn:5:11: error:"), r.err());
        assertTrue(Files.notExists(folder.resolveSibling("escape.csv")));
    }
}
