package nn.grade;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM: the running JVM's own java binary and class path, the class-data
 * archive or ahead-of-time cache it was started with (start-up stays near 0.15 s), and the submission's heap limit.
 */
final class ChildJvm {
    private ChildJvm() {}

    static List<String> command(long heapBytes) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // Reuse the archive read-only: several children writing it at once would race.
            if (arg.startsWith("-XX:SharedArchiveFile=") && Files.isRegularFile(Path.of(arg.substring(22)))) cmd.add(arg);
            // The launcher's ahead-of-time cache (JDK 24+) is only ever read; its log lines would reach the child's output.
            if (arg.startsWith("-XX:AOTCache=") && Files.isRegularFile(Path.of(arg.substring(13)))) {
                cmd.add(arg);
                cmd.add("-Xlog:aot*=off");
            }
        }
        // The matrix kernels as the parent has them: the Vector API module, or the portable kernels
        // chosen up front (so no "module not available" note lands in the student's output).
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            cmd.add("--add-modules=jdk.incubator.vector");
            cmd.add("--enable-native-access=ALL-UNNAMED");
        } else {
            cmd.add("-Dnn.portable=true");
        }
        cmd.add("-Xshare:auto");
        cmd.add("-Xlog:cds=off");
        cmd.add("-Xlog:cds+dynamic=off");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xmx" + Math.max(64, heapBytes >> 20) + "m");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ChildMain.class.getName());
        return cmd;
    }
}
