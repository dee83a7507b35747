package nn.grade;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a grading child JVM: the running JVM's own java binary and class path, the
 * submission's heap limit, and options chosen for a short run that starts cold (measured with
 * {@code nn bench grade}; README, Speed):
 * <ul>
 * <li>the child's own AOT cache or class-data archive ({@link ChildArchive}), which halves its CPU time;</li>
 * <li>the C1 compiler only ({@code TieredStopAtLevel=1}): a grading run is over before C2's code would
 *     pay for its compilation;</li>
 * <li>the portable matrix kernels ({@code nn.portable}): the Vector API module costs start-up and only C2
 *     turns it into SIMD code; results are the same bits either way;</li>
 * <li>the serial collector, and no perf-data file (which would also be a write outside the child's folder).</li>
 * </ul>
 */
final class ChildJvm {
    private ChildJvm() {}

    /** The options every child gets, and that its archive is made with (the archive's key holds them). */
    static List<String> options() {
        return List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Dnn.portable=true",
                "-Djava.awt.headless=true");
    }

    /** A child's command line; {@code archive} from {@link ChildArchive#get}, or null to start without one. */
    static List<String> command(long heapBytes, Path archive) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        // A stale or foreign archive is skipped silently; the JVM's notes about it would reach the report.
        if (archive != null) cmd.addAll(ChildArchive.use(archive));
        cmd.addAll(options());
        cmd.add("-Xmx" + Math.max(64, heapBytes >> 20) + "m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ChildMain.class.getName());
        return cmd;
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
