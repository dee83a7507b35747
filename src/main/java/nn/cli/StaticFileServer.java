package nn.cli;

import nn.i18n.Messages;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves one folder's files to this machine only (127.0.0.1): the playground page for {@code nn web}. Read-only
 * (GET and HEAD), nothing outside the folder (no "..", no link that leads out), each file with its content type.
 */
final class StaticFileServer implements AutoCloseable {
    /** Content types by file extension; anything else is served as bytes. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "application/javascript; charset=utf-8"),
            Map.entry("mjs", "application/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("nn", "text/plain; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads;

    /** Starts serving root on 127.0.0.1:port (0 picks a free port). */
    StaticFileServer(Path root, int port) throws IOException {
        this.root = root.toRealPath();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        this.threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "nn-web");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address to open, e.g. http://127.0.0.1:8123/ */
    URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, Messages.t("web.http.method-not-allowed"));
                return;
            }
            Path file = resolve(exchange.getRequestURI().getPath());
            if (file == null) {
                sendText(exchange, 404, Messages.t("web.http.not-found"));
                return;
            }
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Type", contentType(file));
            headers.set("X-Content-Type-Options", "nosniff");
            // The page is rebuilt in place: the browser must ask again rather than run an old nn.js.
            headers.set("Cache-Control", "no-cache");
            long size = Files.size(file);
            if (method.equals("HEAD")) {
                headers.set("Content-Length", Long.toString(size));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
            if (size == 0) return;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS); OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }

    /**
     * The regular file a request path names inside the folder, or null: a path with "..", a hidden name, a
     * folder without index.html, or a link that leads outside is not found. "/" and a folder give its index.html.
     */
    Path resolve(String requestPath) {
        if (requestPath == null || !requestPath.startsWith("/") || requestPath.indexOf('\0') >= 0 || requestPath.indexOf('\\') >= 0)
            return null;
        for (String part : requestPath.split("/"))
            if (part.equals("..") || part.equals(".") || part.startsWith(".")) return null;
        try {
            Path candidate = root.resolve(requestPath.substring(1)).normalize();
            if (!candidate.startsWith(root)) return null;
            if (Files.isDirectory(candidate)) candidate = candidate.resolve("index.html");
            if (!Files.isRegularFile(candidate)) return null;
            Path real = candidate.toRealPath();
            return real.startsWith(root) ? real : null;
        } catch (InvalidPathException | IOException e) {
            return null;
        }
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
