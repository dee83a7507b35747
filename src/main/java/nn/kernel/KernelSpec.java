package nn.kernel;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The kernel spec Jupyter finds in {@code DATA_DIR/kernels/nn/kernel.json}: how to start this very nn (the Java
 * that runs now, the class path it was started with) with the connection file, and that interrupts arrive as
 * messages (a JVM has no portable SIGINT handler).
 */
public final class KernelSpec {
    private KernelSpec() {}

    public static final String NAME = "nn";

    /** Where the spec goes: {@code --prefix P} → P/share/jupyter; {@code --user} → the user's data dir; else the system's. */
    public static Path dataDir(boolean user, Path prefix) {
        if (prefix != null) return prefix.resolve("share").resolve("jupyter");
        if (user) {
            String env = System.getenv("JUPYTER_DATA_DIR");
            if (env != null && !env.isBlank()) return Path.of(env);
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            Path home = Path.of(System.getProperty("user.home"));
            if (os.contains("mac")) return home.resolve("Library").resolve("Jupyter");
            if (os.contains("win")) return Path.of(System.getenv().getOrDefault("APPDATA", home.toString())).resolve("jupyter");
            String xdg = System.getenv("XDG_DATA_HOME");
            return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("jupyter");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) return Path.of(System.getenv().getOrDefault("PROGRAMDATA", "C:\\ProgramData")).resolve("jupyter");
        return Path.of("/usr/local/share/jupyter");
    }

    /** Writes the spec and returns the kernel.json written. */
    public static Path install(Path dataDir) throws IOException {
        Path dir = dataDir.resolve("kernels").resolve(NAME);
        Files.createDirectories(dir);
        Path file = dir.resolve("kernel.json");
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec()) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    static JsonObject spec() {
        JsonArray argv = new JsonArray();
        for (String a : command()) argv.add(a);
        argv.add("kernel");
        argv.add("{connection_file}");
        JsonObject o = new JsonObject();
        o.add("argv", argv);
        o.addProperty("display_name", "nn");
        o.addProperty("language", "nn");
        o.addProperty("interrupt_mode", "message");
        JsonObject env = new JsonObject();
        o.add("env", env);
        JsonObject metadata = new JsonObject();
        metadata.addProperty("debugger", false);
        o.add("metadata", metadata);
        return o;
    }

    /** The Java running now and the class path of this nn: the kernel starts as exactly this build. */
    private static List<String> command() {
        String javaBin = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> out = new ArrayList<>();
        out.add(javaBin);
        // The options the launcher gives nn that matter to a long-lived kernel: the Vector API's fast matrix
        // kernels, added when first needed (see nn.tensor.kernel.VectorModule), native access, the
        // interpreter's stack and the heap size.
        out.add("--add-opens");
        out.add("java.base/jdk.internal.module=ALL-UNNAMED");
        out.add("--enable-native-access=ALL-UNNAMED");
        for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())
            if (a.startsWith("-Xmx") || a.startsWith("-Xss")) out.add(a);
        out.add("-Djava.awt.headless=true");
        out.add("-cp");
        out.add(absolute(System.getProperty("java.class.path")));
        out.add("nn.cli.Main");
        return out;
    }

    private static String absolute(String classPath) {
        StringBuilder b = new StringBuilder();
        for (String part : classPath.split(java.io.File.pathSeparator)) {
            if (!b.isEmpty()) b.append(java.io.File.pathSeparator);
            b.append(Path.of(part).toAbsolutePath());
        }
        return b.toString();
    }
}
