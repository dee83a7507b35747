package nn.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nn.i18n.EnglishAudit;
import nn.i18n.Lang;
import nn.i18n.Messages;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code samples/NAME.nn} runs and prints exactly {@code samples/NAME.out}, with nothing on stderr
 * (or exactly {@code samples/NAME.err} where a sample shows an error or a warning on purpose); and, in
 * Spanish, exactly {@code samples/NAME.es.out} (and {@code NAME.es.err} where the English has a .err), with no
 * English sentence in it ({@link EnglishAudit}).
 */
class SamplesTest {
    static final Path SAMPLES = Path.of("samples");

    @TestFactory
    Stream<DynamicTest> samples() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SAMPLES)) {
            files = list.filter(p -> p.toString().endsWith(".nn")).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "no samples found");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.nn$", "");
        Path expectedOut = SAMPLES.resolve(name + ".out"), expectedErr = SAMPLES.resolve(name + ".err");
        assertTrue(Files.exists(expectedOut), "every sample needs its expected output: " + expectedOut);
        ScriptRunner.Result r = ScriptRunner.run(file.toString(), Files.readString(file, StandardCharsets.UTF_8), SAMPLES);
        assertEquals(Files.readString(expectedOut, StandardCharsets.UTF_8), r.out(), "stdout of " + file);
        String err = Files.exists(expectedErr) ? Files.readString(expectedErr, StandardCharsets.UTF_8) : "";
        assertEquals(err, r.err(), "stderr of " + file);
        Path spanishOut = SAMPLES.resolve(name + ".es.out"), spanishErr = SAMPLES.resolve(name + ".es.err");
        assertTrue(Files.exists(spanishOut), "every sample needs its expected Spanish output too: " + spanishOut
                + " (./nn --lang es " + file + ")");
        assertTrue(!Files.exists(expectedErr) || Files.exists(spanishErr), "a sample with " + expectedErr + " needs " + spanishErr);
        Lang before = Messages.lang();
        Messages.use(Lang.ES);
        try {
            ScriptRunner.Result es = ScriptRunner.run(file.toString(), Files.readString(file, StandardCharsets.UTF_8), SAMPLES);
            assertEquals(Files.readString(spanishOut, StandardCharsets.UTF_8), es.out(), "Spanish stdout of " + file);
            assertEquals(Files.exists(spanishErr) ? Files.readString(spanishErr, StandardCharsets.UTF_8) : "", es.err(),
                    "Spanish stderr of " + file);
            List<EnglishAudit.Finding> english = EnglishAudit.scan(es.out() + es.err(), Files.readString(file, StandardCharsets.UTF_8));
            assertEquals(List.of(), english, () -> EnglishAudit.report(file.toString(), english));
        } finally {
            Messages.use(before);
        }
    }
}
