package nn.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile scripts run through the launcher's entry point in a JVM of their own (budgets, flags and
 * files behave as for {@code ./nn script.nn}), each in a fresh folder that its directives prepare.
 * Besides GoldenScriptTest's {@code # expect:}, {@code # expect error:} and {@code # expect exit:}:
 * <ul>
 *   <li>{@code # args: --max-memory 64m} — flags before the script's name;
 *   <li>{@code # mkdir: NAME}, {@code # file: NAME = TEXT}, {@code # link: NAME -> TARGET} — the
 *       folder's contents (the script itself is {@code hw.nn}; a link's target is written as given);
 *   <li>{@code # idx: NAME images|labels COUNT [ROWS COLS]} — a gzipped IDX file of zeros declaring
 *       COUNT items;
 *   <li>{@code # csv: NAME ROWS COLS} — a CSV file with a header and ROWS rows of COLS ones;
 *   <li>{@code # dot: SHELL TEXT} — a stand-in for Graphviz's {@code dot} on the PATH, running TEXT;
 *   <li>{@code # expect seconds under: N} — the whole run, JVM start included, takes less;
 *   <li>{@code # expect dead: FILE} — every process id listed in FILE (one a line) has ended.
 * </ul>
 * In an expected line, {@code {any}} stands for any text (a figure that depends on the heap).
 * <ul>
 * </ul>
 */
class LauncherGoldenTest {
    static final Path ROOT = Path.of("src/test/resources/hostile");

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(ROOT)) {
            files = list.filter(p -> p.toString().endsWith(".nn")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path script) throws Exception {
        String text = Files.readString(script, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("nn-hostile-");
        try {
            List<String> args = new ArrayList<>(), out = new ArrayList<>(), err = new ArrayList<>();
            Integer exit = null;
            double maxSeconds = 60;
            List<String> pidFiles = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                int at = line.indexOf("# ");
                if (at < 0) continue;
                String d = line.substring(at + 2);
                if (d.startsWith("args: ")) args.addAll(List.of(d.substring(6).trim().split("\\s+")));
                else if (d.startsWith("mkdir: ")) Files.createDirectories(dir.resolve(d.substring(7).trim()));
                else if (d.startsWith("file: ")) {
                    String[] kv = d.substring(6).split(" = ", 2);
                    Files.writeString(dir.resolve(kv[0].trim()), kv[1].replace("\\n", "\n"));
                } else if (d.startsWith("link: ")) {
                    String[] kv = d.substring(6).split(" -> ", 2);
                    Files.createSymbolicLink(dir.resolve(kv[0].trim()), Path.of(kv[1].trim()));
                } else if (d.startsWith("idx: ")) idx(dir, d.substring(5).trim().split("\\s+"));
                else if (d.startsWith("csv: ")) csv(dir, d.substring(5).trim().split("\\s+"));
                else if (d.startsWith("dot: ")) {
                    Path bin = Files.createDirectories(dir.resolve("bin"));
                    Path dot = Files.writeString(bin.resolve("dot"), "#!/bin/sh\n" + d.substring(5) + "\n");
                    dot.toFile().setExecutable(true);
                } else if (d.startsWith("expect dead: ")) pidFiles.add(d.substring(13).trim());
                else if (d.startsWith("expect: ")) out.add(d.substring(8));
                else if (d.equals("expect:")) out.add("");
                else if (d.startsWith("expect error: ")) err.add(d.substring(14));
                else if (d.startsWith("expect exit: ")) exit = Integer.parseInt(d.substring(13).trim());
                else if (d.startsWith("expect seconds under: ")) maxSeconds = Double.parseDouble(d.substring(22).trim());
            }
            Files.writeString(dir.resolve("hw.nn"), text);
            List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-XX:+UseSerialGC", "-Xmx1g", "--add-opens", "java.base/jdk.internal.module=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), "nn.cli.Main"));
            cmd.addAll(args);
            cmd.add("hw.nn");
            long t0 = System.nanoTime();
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
            if (Files.isDirectory(dir.resolve("bin")))
                pb.environment().put("PATH", dir.resolve("bin") + java.io.File.pathSeparator + System.getenv("PATH"));
            Process p = pb.start();
            p.getOutputStream().close();
            ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
            Thread errReader = Thread.ofPlatform().start(() -> {
                try { p.getErrorStream().transferTo(errBytes); } catch (IOException ignored) { /* the process ended */ }
            });
            String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), script + " did not end");
            errReader.join();
            double seconds = (System.nanoTime() - t0) / 1e9;
            // started as the launcher starts nn: the Vector API added when first needed, so no incubator warning
            String stderr = errBytes.toString(StandardCharsets.UTF_8).lines().reduce((a, b) -> a + "\n" + b).orElse("");
            assertEquals(String.join("\n", out), strip(stdout), "stdout of " + script);
            assertEquals(String.join("\n", err), matched(err, stderr), "stderr of " + script);
            int expectedExit = exit != null ? exit : err.stream().anyMatch(l -> l.contains(": error: ")) ? 70 : 0;
            assertEquals(expectedExit, p.exitValue(), "exit status of " + script);
            assertTrue(seconds < maxSeconds, script + " took " + seconds + " s, expected under " + maxSeconds);
            for (String pids : pidFiles) {
                List<String> lines = Files.readAllLines(dir.resolve(pids));
                assertTrue(!lines.isEmpty(), pids + " lists no process");
                for (String pid : lines) {
                    long id = Long.parseLong(pid.trim());
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                    while (running(id) && System.nanoTime() < until) Thread.sleep(50);
                    assertTrue(!running(id), "process " + pid + " outlived the run of " + script);
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** NAME images|labels COUNT [ROWS COLS]: a gzipped IDX file of zeros. */
    private static void idx(Path dir, String[] spec) throws IOException {
        boolean images = spec[1].equals("images");
        int count = Integer.parseInt(spec[2]);
        int rows = images ? Integer.parseInt(spec[3]) : 1, cols = images ? Integer.parseInt(spec[4]) : 1;
        try (OutputStream file = Files.newOutputStream(dir.resolve(spec[0]));
             DataOutputStream out = new DataOutputStream(new GZIPOutputStream(file, 1 << 16))) {
            out.writeInt(images ? 0x803 : 0x801);
            out.writeInt(count);
            if (images) {
                out.writeInt(rows);
                out.writeInt(cols);
            }
            byte[] zeros = new byte[1 << 16];
            for (long left = (long) count * rows * cols; left > 0; left -= zeros.length)
                out.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
    }

    /** NAME ROWS COLS: a header c1 … cCOLS, then ROWS rows of ones. */
    private static void csv(Path dir, String[] spec) throws IOException {
        int rows = Integer.parseInt(spec[1]), cols = Integer.parseInt(spec[2]);
        StringBuilder header = new StringBuilder(), row = new StringBuilder();
        for (int c = 1; c <= cols; c++) {
            header.append(c > 1 ? "," : "").append('c').append(c);
            row.append(c > 1 ? "," : "").append('1');
        }
        byte[] line = (row + "\n").getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(dir.resolve(spec[0])), 1 << 16)) {
            out.write((header + "\n").getBytes(StandardCharsets.US_ASCII));
            for (int r = 0; r < rows; r++) out.write(line);
        }
    }

    /** The actual text, with each line that matches its expected line's {@code {any}} pattern replaced by the expected line. */
    private static String matched(List<String> expected, String actual) {
        List<String> lines = new ArrayList<>(actual.lines().toList());
        for (int i = 0; i < Math.min(expected.size(), lines.size()); i++) {
            String e = expected.get(i);
            if (!e.contains("{any}")) continue;
            StringBuilder regex = new StringBuilder();
            String[] parts = e.split("\\{any\\}", -1);
            for (int k = 0; k < parts.length; k++) regex.append(k > 0 ? ".*" : "").append(java.util.regex.Pattern.quote(parts[k]));
            if (lines.get(i).matches(regex.toString())) lines.set(i, e);
        }
        return String.join("\n", lines);
    }

    private static String strip(String s) { return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s; }

    /**
     * Whether a process still runs. A killed process whose parent died first waits as a zombie until the
     * machine's init reaps it, which some container inits do late: it runs nothing, so it counts as ended.
     */
    private static boolean running(long pid) {
        var h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) return false;
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return h.get().isAlive();
        }
    }
}
