package nn.cli;

import java.io.IOException;
import nn.i18n.Messages;
import java.net.BindException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nn web}: serves the playground page (target/web, built by Maven) on this machine and prints its address. */
@Command(name = "web", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Serve the playground page (nn in the browser) on http://127.0.0.1 and print its address; "
                + "Ctrl-C stops. Only this machine can reach it.")
final class WebCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", description = "the port to listen on (default: a free one)")
    int port = 0;

    @Option(names = "--dir", paramLabel = HelpTexts.FOLDER, description = "the page's folder (default: web/ next to nn.jar, i.e. target/web)")
    Path dir;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            System.err.println("nn web: " + Messages.t("web.port-range", port));
            return 64;
        }
        Path folder = dir != null ? dir : defaultFolder();
        if (!Files.isRegularFile(folder.resolve("index.html")) || !Files.isRegularFile(folder.resolve("nn.js"))) {
            System.err.println("nn web: " + Messages.t("web.not-built", folder));
            System.err.println("  " + Messages.t("diagnostic.hint") + ": " + Messages.t("web.not-built-hint"));
            return 66;
        }
        StaticFileServer server;
        try {
            server = new StaticFileServer(folder, port);
        } catch (BindException e) {
            System.err.println("nn web: " + Messages.t("web.port-in-use", port));
            return 75;
        }
        try (server) {
            System.out.println("nn: " + Messages.t("web.serving", server.address()));
            System.out.flush();
            new CountDownLatch(1).await();  // serve until the JVM is stopped (Ctrl-C ends it)
        }
        return 0;
    }

    /** target/web beside the running nn.jar; from classes (tests, an IDE), target/web of the working folder. */
    private static Path defaultFolder() {
        var codeSource = WebCommand.class.getProtectionDomain().getCodeSource();
        if (codeSource != null) {
            try {
                Path code = Path.of(codeSource.getLocation().toURI());
                if (Files.isRegularFile(code)) return code.getParent().resolve("web");
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file location: fall back to the working folder's build output
            }
        }
        return Path.of("target", "web");
    }
}
