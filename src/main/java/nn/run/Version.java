package nn.run;

import nn.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * nn's version, read from {@code nn/version.properties}, which Maven fills in from the pom: the version
 * is written in one place (pom.xml) and shown by {@code nn --version} and the REPL banner.
 */
public final class Version {
    private static final String RESOURCE = "/nn/version.properties";
    private static final String VERSION = load();

    private Version() {}

    /** The version string, e.g. {@code 0.1.0}. */
    public static String get() { return VERSION; }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(Messages.t("internal.version-missing", RESOURCE));
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.contains("${"))
                throw new IllegalStateException(Messages.t("internal.version-not-filtered", RESOURCE, v));
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
