package nn.web.teavm;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.teavm.classlib.ResourceSupplier;
import org.teavm.classlib.ResourceSupplierContext;

/**
 * Tells TeaVM to embed the message catalogues ({@code nn/i18n/*.properties}) in nn.js, so the browser reads
 * the very files the JVM reads, through {@code ClassLoader.getResourceAsStream}. Runs inside the TeaVM
 * compiler at build time, where the catalogues are files under target/classes; it is not part of the jar.
 * (TeaVM marks this interface deprecated in favour of ResourcesPolicy, which 0.16's JavaScript backend did
 * not pick up from a project's services; this one it does.)
 */
@SuppressWarnings("deprecation") // see above: the supported way that works in 0.16
public final class CatalogueResources implements ResourceSupplier {
    @Override
    public String[] supplyResources(ResourceSupplierContext context) {
        URL any = context.getClassLoader().getResource("nn/i18n/cli.properties");
        if (any == null || !"file".equals(any.getProtocol())) {
            throw new IllegalStateException("the message catalogues are not files on TeaVM's class path: " + any);
        }
        try (Stream<Path> files = Files.list(Path.of(any.toURI()).getParent())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties")).sorted()
                    .map(n -> "nn/i18n/" + n).toArray(String[]::new);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the message catalogues", e);
        }
    }
}
