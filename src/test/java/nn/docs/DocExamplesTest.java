package nn.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example in docs/language.md runs and prints what the page shows (see {@link DocExamples} for the convention). */
class DocExamplesTest {
    @TempDir Path folder;

    /** The files the reference's examples read, where they read them. */
    static void prepare(Path folder) throws IOException {
        Files.copy(Path.of("src/test/resources/scripts/data/points.csv"), folder.resolve("points.csv"));
        Path mnist = Files.createDirectories(folder.resolve("data/mnist"));
        try (Stream<Path> files = Files.list(Path.of("samples/data/mnist"))) {
            for (Path f : files.toList()) Files.copy(f, mnist.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test void everyExampleInTheReferencePrintsWhatItShows() throws IOException {
        prepare(folder);
        List<String> failures = DocExamples.check(Path.of("docs/language.md"), folder);
        assertEquals("", String.join("\n\n", failures), failures.size() + " examples differ from the page");
    }

    @Test void theReferenceHasExamplesToRun() throws IOException {
        List<DocExamples.Example> all = DocExamples.examples(Files.readString(Path.of("docs/language.md")));
        assertTrue(all.stream().filter(e -> e.output() != null).count() >= 30, "found " + all.size());
    }
}
