package nn.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The browser build's reader of the catalogues reads them as java.util.Properties does. */
class BrowserCataloguesTest {
    @Test void everyCatalogueIsReadAsPropertiesReadsIt() throws IOException {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/nn/i18n"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".properties")).toList())
                files.put(p.getFileName().toString().replace(".properties", ""), Files.readString(p, StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            Properties p = new Properties();
            p.load(new StringReader(e.getValue()));
            Map<String, String> expected = new HashMap<>();
            for (String k : p.stringPropertyNames()) expected.put(k, p.getProperty(k));
            assertEquals(expected, BrowserCatalogues.parse(e.getValue()), e.getKey());
        }
    }
}
