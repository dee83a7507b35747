package nn.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's messages on good and bad input: clear words, never a stack trace; the rest still compared. */
class SimilarCommandTest {
    @TempDir Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    double threshold = Settings.defaults().threshold();

    int run(Path folder, Path report, String csv) {
        Similar.Options o = new Similar.Options(folder, List.of(), Settings.defaults().withThreshold(threshold), report, csv, 1 << 20);
        return Similar.run(o, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() { return out.toString(StandardCharsets.UTF_8); }
    String err() { return err.toString(StandardCharsets.UTF_8); }

    void write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test void aMissingFolderIsAUsageError() {
        assertEquals(64, run(dir.resolve("absent"), null, null));
        assertTrue(err().contains("no such folder"), err());
    }

    @Test void aThresholdOutOfRangeIsAUsageErrorWithTheNumberAsNnPrintsIt() {
        threshold = 2;
        assertEquals(64, run(dir, null, null));
        assertEquals("nn similar: --threshold must be between 0 and 1, got 2\n"
                + "usage: nn similar …    (nn similar --help lists the options)\n", err());
    }

    @Test void aFolderWithNoSubmissionsSaysSo() throws IOException {
        write("notes.txt", "hello");
        assertEquals(0, run(dir, null, null));
        assertTrue(err().contains("no submissions in"), err());
    }

    @Test void oneSubmissionHasNothingToCompare() throws IOException {
        write("alone.nn", "print 1\n");
        assertEquals(0, run(dir, null, null));
        assertTrue(out().contains("only one submission (alone)"), out());
    }

    @Test void badFilesAreReportedAndTheOthersStillCompared() throws IOException {
        String program = SyntheticClass.student(3).text();
        write("a.nn", program);
        write("b/main.nn", Disguises.rename(program));
        Files.write(dir.resolve("latin1.nn"), new byte[] {'p', 'r', 'i', 'n', 't', ' ', '"', (byte) 0xE9, '"', '\n'});
        write("empty.nn", "# nothing yet\n\n");
        write("huge.nn", "x = 1\n".repeat(200_000));
        write("broken.nn", program.replace("T = [[0], [1], [1], [0]]", "T = [[0], [1], [1], [0]"));
        write("nocode/readme.txt", "no nn files");
        Files.createSymbolicLink(dir.resolve("zero.nn"), Path.of("/dev/zero"));  // read whole, it never ended (out of memory)
        threshold = 0.3;
        assertEquals(0, run(dir, null, null));
        String e = err();
        assertTrue(e.contains("latin1.nn: the file is not valid UTF-8: byte 7 (0xE9)"), e);
        assertTrue(e.contains("empty.nn: empty (no code); left out"), e);
        assertTrue(e.contains("huge.nn: 1.1 MiB is larger than the 1.0 MiB limit"), e);
        assertTrue(e.contains("broken.nn:5:1: does not parse (expected") && e.contains("does not parse") && e.contains("compared by its lexer tokens"), e);
        assertTrue(e.contains("nocode/: no .nn files inside; skipped"), e);
        assertTrue(e.contains("zero.nn: not a regular file (a device or a pipe, or a link to one); skipped"), e);
        assertFalse(e.contains("Exception"), e);
        String o = out();
        assertTrue(o.contains("3 submissions, 3 pairs compared"), o);
        assertTrue(o.matches("(?s).*\\n +1 +a +b +1\\.00 .*"), o);
        assertTrue(o.contains("broken "), "the file that does not parse is still compared: " + o);
    }

    @Test void csvGoesToStandardOutputWithOneRowPerPair() throws IOException {
        String program = SyntheticClass.student(5).text();
        write("a.nn", program);
        write("b.nn", Disguises.deadStatements(program));
        assertEquals(0, run(dir, null, "-"));
        List<String> lines = out().lines().toList();
        assertEquals("rank,a,b,similarity,shared_fingerprints,matched_a,matched_b,group,lines_a,lines_b", lines.get(0));
        assertTrue(lines.get(1).startsWith("1,a,b,1.0000,"), lines.get(1));
        assertEquals(2, lines.size());
    }

    @Test void twoSubmissionsMakeOnePair() throws IOException {
        String program = SyntheticClass.student(5).text();
        write("a.nn", program);
        write("b.nn", program);
        assertEquals(0, run(dir, null, null));
        assertTrue(out().contains("2 submissions, 1 pair compared;"), out());
    }

    /** A report never replaces source code: not a .nn file, nothing inside the folder being compared. */
    @Test void aReportOverASubmissionIsRefusedAndNothingIsWritten() throws IOException {
        String program = SyntheticClass.student(5).text();
        write("class/a.nn", program);
        write("class/b.nn", Disguises.rename(program));
        Path a = dir.resolve("class/a.nn");
        assertEquals(64, run(dir.resolve("class"), a, null));
        assertEquals("nn similar: --report " + a + " is a .nn file: nn similar does not write its report over source code\n"
                + "hint: write the report outside the submissions folder: --report similar.html\n", err());
        assertEquals(program, Files.readString(a));
        err.reset();
        Path inside = dir.resolve("class/report.html");
        assertEquals(64, run(dir.resolve("class"), inside, null));
        assertTrue(err().startsWith("nn similar: --report " + inside + " is inside " + dir.resolve("class") + ", the folder being compared"), err());
        assertFalse(Files.exists(inside));
        err.reset();
        // The same folder reached through "..": still inside.
        Path roundabout = dir.resolve("class/../class/r.html");
        assertEquals(64, run(dir.resolve("class"), roundabout, null));
        err.reset();
        assertEquals(64, run(dir.resolve("class"), null, dir.resolve("class/b.nn").toString()));
        assertTrue(err().startsWith("nn similar: --csv "), err());
        assertEquals(Disguises.rename(program), Files.readString(dir.resolve("class/b.nn")));
    }

    @Test void aReportInAMissingFolderSaysTheFolderIsMissing() throws IOException {
        String program = SyntheticClass.student(5).text();
        write("class/a.nn", program);
        write("class/b.nn", Disguises.rename(program));
        Path report = dir.resolve("nonexist/r.html");
        assertEquals(74, run(dir.resolve("class"), report, null));
        assertEquals("nn similar: cannot write " + report + ": the folder " + report.getParent() + " does not exist\n", err());
    }

    /** A Spanish-speaking instructor reads the warnings, the table and the report's line in Spanish. */
    @Test void spanishHasNoEnglishLine() throws IOException {
        String program = SyntheticClass.student(5).text();
        write("class/a.nn", program);
        write("class/b.nn", Disguises.rename(program));
        write("class/empty.nn", "# nothing yet\n");
        nn.i18n.Messages.use(nn.i18n.Lang.ES);
        try {
            assertEquals(0, run(dir.resolve("class"), dir.resolve("report.html"), null));
        } finally {
            nn.i18n.Messages.use(nn.i18n.Lang.EN);
        }
        assertTrue(err().startsWith("aviso: empty.nn: vacío (sin código); se deja fuera"), err());
        assertTrue(out().contains("2 entregas, 1 par comparado;"), out());
        assertTrue(out().contains("informe: " + dir.resolve("report.html")), out());
        List<nn.i18n.EnglishAudit.Finding> english = nn.i18n.EnglishAudit.scan(out() + err());
        assertEquals(List.of(), english, () -> nn.i18n.EnglishAudit.report("nn similar", english));
    }

    @Test void theCommandLineRunsIt() throws IOException {
        write("a.nn", "print 1\n");
        assertEquals(0, nn.cli.Main.execute("similar", dir.toString(), "--threshold", "0.7"));
        assertEquals(64, nn.cli.Main.execute("similar", dir.toString(), "--threshold", "2"));
        assertEquals(64, nn.cli.Main.execute("similar"));
    }
}
