package nn.web.teavm;

import java.util.Collection;
import org.teavm.extension.spi.resources.ResourcesPolicy;

/** Embeds nn's message catalogues (nn/i18n/*.properties) in nn.js, where nn.i18n.BrowserCatalogues reads them. */
public final class CataloguesPolicy implements ResourcesPolicy {
    @Override public String[] supplyResources(Collection<? extends String> resources) {
        return resources.stream().filter(r -> r.startsWith("nn/i18n/") && r.endsWith(".properties")).toArray(String[]::new);
    }
}
