package nn.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nn.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jupyter kernel: its spec, its refusal of bad connection files, and the kernel itself driven by
 * Debian's jupyter_client (kernel_info, streams, a PNG, an error then a good cell, completion, is_complete,
 * interrupts, shutdown) and by {@code jupyter nbconvert --execute} on samples/notebooks/lecture.ipynb.
 * The last two are skipped, saying why, where /usr/bin/python3 lacks jupyter_client or nbconvert.
 */
class JupyterKernelTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final String HOW_TO_INSTALL =
            "install them with `apt-get install python3-jupyter-client python3-nbclient jupyter-nbconvert`, as .ci/run does";

    @Test
    void aMissingConnectionFileIsAUsageError(@TempDir Path dir) {
        CliRun r = CliRun.of("kernel", dir.resolve("nope.json").toString());
        assertEquals(64, r.status());
        assertTrue(r.err().startsWith("nn kernel: error: cannot open the connection file ") && r.err().contains("no such file"), r.err());
    }

    @Test
    void aMalformedConnectionFileIsAUsageError(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"shell_port\": 1, ");
        CliRun r = CliRun.of("kernel", bad.toString());
        assertEquals(64, r.status());
        assertTrue(r.err().contains("is not valid JSON"), r.err());

        Files.writeString(bad, "{\"shell_port\": \"x\", \"iopub_port\": 2, \"stdin_port\": 3, \"control_port\": 4, \"hb_port\": 5}");
        r = CliRun.of("kernel", bad.toString());
        assertEquals(64, r.status());
        assertTrue(r.err().contains("has a shell_port that is not a number"), r.err());

        Files.writeString(bad, "{\"shell_port\": 1, \"iopub_port\": 2, \"stdin_port\": 3, \"control_port\": 4, \"hb_port\": 5, "
                + "\"signature_scheme\": \"hmac-md5\", \"key\": \"k\"}");
        r = CliRun.of("kernel", bad.toString());
        assertEquals(64, r.status());
        assertTrue(r.err().contains("nn signs with hmac-sha256"), r.err());

        r = CliRun.of("kernel");
        assertEquals(64, r.status());
        assertTrue(r.err().contains("no connection file") && r.err().contains("nn kernel install --user"), r.err());
        assertTrue(r.err().endsWith("\nusage: nn kernel …    (nn kernel --help lists the options)\n"), r.err());
    }

    @Test
    void connectionFileErrorsSayWhatIsWrongInNnsWords(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"ip\": \"127.0.0.1\", \"transport\": \"tcp\"\n");
        CliRun r = CliRun.of("kernel", bad.toString());
        assertEquals(64, r.status());
        assertTrue(r.err().contains("is not valid JSON: the text ends before the JSON does (at line 2, column 1)"), r.err());
        r = CliRun.of("--lang", "es", "kernel", bad.toString());
        assertTrue(r.err().contains("no es JSON válido: el texto termina antes que el JSON (en la línea 2, columna 1)"), r.err());
        Files.writeString(bad, "{\"ip\": 1,, }");
        r = CliRun.of("kernel", bad.toString());
        assertTrue(r.err().contains("is not valid JSON: a syntax error at line 1, column "), r.err());

        Files.write(bad, new byte[] {(byte) 0xff, (byte) 0xfe});
        r = CliRun.of("kernel", bad.toString());
        assertEquals(64, r.status());
        assertTrue(r.err().contains("is not valid UTF-8 text"), r.err());
        r = CliRun.of("--lang", "es", "kernel", bad.toString());
        assertTrue(r.err().contains("no es texto UTF-8 válido"), r.err());

        // 10.255.255.1 is no address of this machine: ZeroMQ calls that "address in use"; nn says what it is.
        Files.writeString(bad, "{\"ip\": \"10.255.255.1\", \"transport\": \"tcp\", \"shell_port\": 45301, \"iopub_port\": 45302, "
                + "\"stdin_port\": 45303, \"control_port\": 45304, \"hb_port\": 45305}");
        r = CliRun.of("kernel", bad.toString());
        assertEquals(64, r.status());
        assertTrue(r.err().contains("cannot listen on 10.255.255.1: it is not an address of this machine")
                && !r.err().contains("in use") && !r.err().contains("Errno"), r.err());
        r = CliRun.of("--lang", "es", "kernel", bad.toString());
        assertTrue(r.err().contains("no es una dirección de esta máquina") && !r.err().contains("en uso"), r.err());

        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Files.writeString(bad, "{\"ip\": \"127.0.0.1\", \"shell_port\": " + port + ", \"iopub_port\": 45312, "
                    + "\"stdin_port\": 45313, \"control_port\": 45314, \"hb_port\": 45315}");
            r = CliRun.of("kernel", bad.toString());
            assertEquals(64, r.status());
            assertTrue(r.err().contains("port " + port + " is already in use (is another kernel using these ports?)"), r.err());
        }
    }

    @Test
    void installWritesTheKernelSpec(@TempDir Path dir) throws IOException {
        Path spec = install(dir);
        JsonObject o = JsonParser.parseString(Files.readString(spec)).getAsJsonObject();
        assertEquals("nn", o.get("display_name").getAsString());
        assertEquals("nn", o.get("language").getAsString());
        assertEquals("message", o.get("interrupt_mode").getAsString());
        JsonArray argv = o.getAsJsonArray("argv");
        assertEquals("{connection_file}", argv.get(argv.size() - 1).getAsString());
        assertEquals("kernel", argv.get(argv.size() - 2).getAsString());
        assertTrue(Files.isExecutable(Path.of(argv.get(0).getAsString())), "argv[0] is the Java that runs nn: " + argv);
    }

    @Test
    void jupyterClientDrivesTheKernel(@TempDir Path dir) throws Exception {
        assumePython("jupyter_client");
        install(dir);
        Path script = dir.resolve("drive_kernel.py");
        Files.copy(Path.of("src/test/resources/kernel/drive_kernel.py"), script);
        ProcessRun r = run(dir, Map.of("JUPYTER_PATH", dir.resolve("share/jupyter").toString()), 300, PYTHON, script.toString());
        assertEquals(0, r.exit(), r.output());
        for (String step : List.of("ok kernel_info", "ok stream and result", "ok png", "ok error then a good cell", "ok stop_on_error", "ok user_expressions",
                "ok complete and is_complete", "ok inspect and commands", "ok interrupt keeps the weights", "ok interrupt of a loop", "ok shutdown"))
            assertTrue(r.output().contains(step), step + " missing from:\n" + r.output());
    }

    @Test
    void theLectureNotebookExecutesHeadless(@TempDir Path dir) throws Exception {
        assumePython("nbconvert");
        assumePython("nbclient");
        install(dir);
        Path notebook = dir.resolve("lecture.ipynb");
        Files.copy(Path.of("samples/notebooks/lecture.ipynb"), notebook);
        ProcessRun r = run(dir, Map.of("JUPYTER_PATH", dir.resolve("share/jupyter").toString()), 300,
                PYTHON, "-m", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=120",
                "--output", "executed.ipynb", notebook.toString());
        assertEquals(0, r.exit(), r.output());
        JsonObject nb = JsonParser.parseString(Files.readString(dir.resolve("executed.ipynb"))).getAsJsonObject();
        int images = 0;
        StringBuilder text = new StringBuilder();
        List<String> results = new ArrayList<>();
        for (JsonElement cell : nb.getAsJsonArray("cells")) {
            JsonObject c = cell.getAsJsonObject();
            if (!c.get("cell_type").getAsString().equals("code")) continue;
            for (JsonElement output : c.getAsJsonArray("outputs")) {
                JsonObject out = output.getAsJsonObject();
                String type = out.get("output_type").getAsString();
                assertTrue(!type.equals("error"), "a cell of the lecture failed: " + out);
                if (type.equals("stream")) text.append(joined(out.get("text")));
                if (out.has("data") && out.getAsJsonObject("data").has("image/png")) images++;
                if (type.equals("execute_result")) results.add(joined(out.getAsJsonObject("data").get("text/plain")));
            }
        }
        assertEquals(2, images, "the loss curve and the decision regions");
        assertTrue(text.toString().contains("stopped at epoch") && text.toString().contains("[1, 0] -> 1 target 1"), text.toString());
        assertEquals("1", results.get(results.size() - 1), "the trained network's accuracy: " + results);
    }

    private static String joined(JsonElement e) {
        if (e.isJsonPrimitive()) return e.getAsString();
        StringBuilder b = new StringBuilder();
        e.getAsJsonArray().forEach(x -> b.append(x.getAsString()));
        return b.toString();
    }

    private static Path install(Path prefix) {
        CliRun r = CliRun.of("kernel", "install", "--prefix", prefix.toString());
        assertEquals(0, r.status(), r.err());
        Path spec = prefix.resolve("share/jupyter/kernels/nn/kernel.json");
        assertTrue(Files.exists(spec), r.out());
        return spec;
    }

    private static void assumePython(String module) throws Exception {
        boolean python = Files.isExecutable(Path.of(PYTHON));
        assumeTrue(python, () -> skip(PYTHON + " is not installed; " + HOW_TO_INSTALL));
        ProcessRun r = run(Path.of("."), Map.of(), 60, PYTHON, "-c", "import " + module);
        assumeTrue(r.exit() == 0, () -> skip("Python module " + module + " is missing; " + HOW_TO_INSTALL));
    }

    private static String skip(String why) {
        System.err.println("JupyterKernelTest skipped: " + why);
        return why;
    }

    record ProcessRun(int exit, String output) { }

    private static ProcessRun run(Path dir, Map<String, String> env, int seconds, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Path log = Files.createTempFile("nn-kernel-test", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("timed out after " + seconds + " s: " + List.of(command) + "\n" + Files.readString(log));
            }
            return new ProcessRun(p.exitValue(), Files.readString(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
