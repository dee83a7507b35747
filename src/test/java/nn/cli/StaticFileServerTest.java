package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nn web}'s server: the folder's files with their types, to this machine only, and nothing outside it. */
class StaticFileServerTest {
    @TempDir Path dir;

    private Path page() throws IOException {
        Path web = Files.createDirectories(dir.resolve("web"));
        Files.writeString(web.resolve("index.html"), "<!DOCTYPE html><title>nn</title>");
        Files.writeString(web.resolve("nn.js"), "globalThis.nnRun = () => 0;");
        Files.writeString(web.resolve("style.css"), "body {}");
        Files.write(web.resolve("nn.wasm"), new byte[] {0, 'a', 's', 'm'});
        Files.createDirectories(web.resolve("samples"));
        Files.writeString(web.resolve("samples/xor.nn"), "print \"é\"\n");
        Files.writeString(dir.resolve("secret.txt"), "outside");
        return web;
    }

    record Reply(int status, String type, String body) { }

    private static Reply get(URI base, String path, String method) throws IOException {
        // A raw request line: URI classes would normalise away the ".." that an attacker sends as it is.
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(all.substring(9, 12));
            String type = all.lines().takeWhile(l -> !l.isEmpty()).filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).trim()).findFirst().orElse("");
            int bodyAt = all.indexOf("\r\n\r\n");
            return new Reply(status, type, bodyAt < 0 ? "" : all.substring(bodyAt + 4));
        }
    }

    @Test void servesTheFolderWithContentTypes() throws IOException {
        try (StaticFileServer server = new StaticFileServer(page(), 0)) {
            URI base = server.address();
            assertEquals("127.0.0.1", base.getHost());
            Reply index = get(base, "/", "GET");
            assertEquals(200, index.status());
            assertEquals("text/html; charset=utf-8", index.type());
            assertTrue(index.body().contains("<title>nn</title>"), index.body());
            assertEquals("application/javascript; charset=utf-8", get(base, "/nn.js", "GET").type());
            assertEquals("text/css; charset=utf-8", get(base, "/style.css", "GET").type());
            assertEquals("application/wasm", get(base, "/nn.wasm", "GET").type());
            Reply sample = get(base, "/samples/xor.nn", "GET");
            assertEquals("text/plain; charset=utf-8", sample.type());
            assertEquals("print \"é\"\n", sample.body());
            Reply head = get(base, "/nn.js", "HEAD");
            assertEquals(200, head.status());
            assertEquals("", head.body());
        }
    }

    @Test void refusesPathsOutsideTheFolderAndOtherMethods() throws IOException {
        Path web = page();
        Files.createSymbolicLink(web.resolve("link.txt"), dir.resolve("secret.txt"));
        try (StaticFileServer server = new StaticFileServer(web, 0)) {
            URI base = server.address();
            for (String path : new String[] {"/../secret.txt", "/samples/../../secret.txt", "/%2e%2e/secret.txt",
                    "/samples/%2e%2e/%2e%2e/secret.txt", "/link.txt", "/missing.js", "/..\\secret.txt", "/.hidden"}) {
                Reply r = get(base, path, "GET");
                // 404, or 400 where the JDK's server refuses the request line itself (a backslash)
                assertTrue(r.status() == 404 || r.status() == 400, path + ": " + r.status());
                assertTrue(!r.body().contains("outside"), path);
            }
            assertEquals(405, get(base, "/", "POST").status());
        }
    }

    @Test void onlyThisMachineCanConnect() throws IOException {
        try (StaticFileServer server = new StaticFileServer(page(), 0)) {
            HttpURLConnection c = (HttpURLConnection) server.address().resolve("nn.js").toURL().openConnection();
            assertEquals(200, c.getResponseCode());
            c.disconnect();
            // Bound to the loopback address: the machine's other addresses do not answer.
            assertTrue(server.address().getHost().equals("127.0.0.1"));
        }
    }

    @Test void webCommandSaysWhenThePageIsNotBuilt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(66, Main.execute("web", "--dir", dir.resolve("nowhere").toString()));
            assertEquals(64, Main.execute("web", "--port", "70000"));
        } finally {
            System.setErr(saved);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("the page is not built") && text.contains("./nn web builds it"), text);
        assertTrue(text.contains("--port must be between 0 and 65535"), text);
    }

    @Test void webCommandSpeaksSpanish() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(66, Main.execute("--lang", "es", "web", "--dir", dir.resolve("nowhere").toString()));
            assertEquals(64, Main.execute("--lang", "es", "web", "--port", "70000"));
            try (StaticFileServer taken = new StaticFileServer(page(), 0)) {
                assertEquals(75, Main.execute("--lang", "es", "web", "--dir", dir.resolve("web").toString(),
                        "--port", String.valueOf(taken.address().getPort())));
                assertEquals("no encontrado\n", get(taken.address(), "/nope", "GET").body());
                assertEquals("solo se sirven GET y HEAD\n", get(taken.address(), "/", "POST").body());
            }
        } finally {
            System.setErr(saved);
            nn.i18n.Messages.use(nn.i18n.Lang.EN);
        }
        assertEquals("nn web: la página no está construida en " + dir.resolve("nowhere") + " (faltan index.html y nn.js)\n"
                + "  sugerencia: ./nn web la construye; o ejecuta mvn -B -ntp -DskipTests package\n"
                + "nn web: --port debe estar entre 0 y 65535 (0 elige uno libre), no 70000\n"
                + "nn web: el puerto " + "PORT" + " está en uso; elige otro con --port, o no lo indiques para usar uno libre\n",
                err.toString(StandardCharsets.UTF_8).replaceAll("puerto \\d+ está", "puerto PORT está"));
    }
}
