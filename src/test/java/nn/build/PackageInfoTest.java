package nn.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package of nn says what it is for, in a package-info.java with a doc comment. */
class PackageInfoTest {
    @Test void everyPackageHasAPackageInfoThatSaysWhatItIsFor() throws IOException {
        Path root = Path.of("src/main/java");
        List<Path> packages;
        try (Stream<Path> walk = Files.walk(root)) {
            packages = walk.filter(Files::isDirectory).filter(PackageInfoTest::holdsClasses).toList();
        }
        assertTrue(packages.size() > 10, "found the packages: " + packages);
        List<String> missing = packages.stream()
                .filter(p -> !Files.exists(p.resolve("package-info.java")))
                .map(p -> root.relativize(p).toString().replace('/', '.'))
                .toList();
        assertEquals(List.of(), missing, "packages without a package-info.java");
        for (Path p : packages) {
            String text = Files.readString(p.resolve("package-info.java"));
            assertTrue(text.strip().startsWith("/**"), p + "/package-info.java starts with its doc comment");
        }
    }

    private static boolean holdsClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
