package nn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's {@code ./nn web} rebuilds the page when nn.js is not whole: a file cut short by a killed build,
 * or the empty one a failed TeaVM run leaves, must not look fresh. The real launcher script runs in a copy of the
 * project's layout with stand-ins for Maven (it records that it ran and writes a whole nn.js) and for Java (it
 * records its arguments), so the test sees what the launcher decides without building anything.
 */
class WebLauncherTest {
    /** The end TeaVM gives nn.js: the exports, then the end of the script's one function. */
    static final String WHOLE_END = "main=C;nnRun=D;})();\n";

    @TempDir Path root;
    private Path log;

    @BeforeEach void layout() throws IOException {
        Files.copy(Path.of("nn"), root.resolve("nn"), StandardCopyOption.COPY_ATTRIBUTES);
        log = root.resolve("calls.log");
        write("web/index.html", "<!DOCTYPE html>");
        write("samples/a.nn", "print 1\n");
        write("editors/nn.tmLanguage.json", "{}");
        write("target/nn.jar", "");
        Path jdk = root.resolve("jdk");
        write("jdk/release", "JAVA_VERSION=\"25\"\n");
        executable(jdk.resolve("bin/java"), "echo \"java $*\" >> '" + log + "'\n");
        executable(root.resolve("bin/mvn"), "echo mvn >> '" + log + "'\nprintf 'var nnRun;(function(){" + WHOLE_END.replace("\n", "\\n")
                + "' > target/web/nn.js\n");
        // The built copies are newer than their sources, as after a build.
        for (String copy : new String[] {"target/web/index.html", "target/web/samples/a.nn", "target/web/nn.tmLanguage.json"}) {
            write(copy, Files.readString(root.resolve(copy.replace("target/web/samples", "samples")
                    .replace("target/web/nn.tmLanguage.json", "editors/nn.tmLanguage.json").replace("target/web/", "web/"))));
            Files.setLastModifiedTime(root.resolve(copy), FileTime.from(Instant.now().plusSeconds(60)));
        }
    }

    @Test void aWholeNnJsIsServedAsItIs() throws Exception {
        write("target/web/nn.js", "var nnRun;(function(){let a=1;\n" + WHOLE_END);
        String calls = launchWeb();
        assertFalse(calls.contains("mvn"), calls);
        assertTrue(calls.contains("-cp " + root.resolve("target/nn.jar") + " nn.cli.Main web"), calls);
    }

    @Test void aTruncatedNnJsIsRebuiltBeforeItIsServed() throws Exception {
        // As a build killed while it wrote: the first part of a whole file, newer than everything else.
        String whole = "var nnRun;(function(){" + "let a=1;".repeat(10_000) + "(()=>{let c;})();\n" + WHOLE_END;
        write("target/web/nn.js", whole.substring(0, whole.length() - WHOLE_END.length()));
        Files.setLastModifiedTime(root.resolve("target/web/nn.js"), FileTime.from(Instant.now().plusSeconds(120)));
        String calls = launchWeb();
        assertTrue(calls.startsWith("mvn\n"), calls);
        assertTrue(calls.contains(" web"), calls);
        assertTrue(Files.readString(root.resolve("target/web/nn.js")).endsWith(WHOLE_END));
    }

    @Test void anEmptyNnJsIsRebuilt() throws Exception {
        write("target/web/nn.js", "");
        assertTrue(launchWeb().startsWith("mvn\n"));
    }

    @Test void aMissingNnJsIsBuilt() throws Exception {
        assertTrue(launchWeb().startsWith("mvn\n"));
    }

    /** Runs {@code ./nn web} in the copy; returns what the stand-ins recorded, one call a line. */
    private String launchWeb() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("nn").toString(), "web").directory(root.toFile())
                .redirectErrorStream(true);
        pb.environment().put("NN_JAVA_HOME", root.resolve("jdk").toString());
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("PATH", root.resolve("bin") + ":/usr/bin:/bin");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
        assertEquals(0, p.exitValue(), out);
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private void write(String name, String text) throws IOException {
        Path f = root.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private static void executable(Path f, String body) throws IOException {
        Files.createDirectories(f.getParent());
        Files.writeString(f, "#!/bin/sh\n" + body);
        assertTrue(f.toFile().setExecutable(true));
    }
}
