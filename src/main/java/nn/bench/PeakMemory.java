package nn.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's peak resident memory (Linux: VmHWM in /proc/self/status) and its reset (writing 5 to
 * /proc/self/clear_refs), so that a warm benchmark process can report the peak of each measurement.
 * Elsewhere both do nothing and the peak reads 0.
 */
final class PeakMemory {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private PeakMemory() {}

    /** Starts a new peak at the current resident size. */
    static void reset() {
        try {
            Files.writeString(CLEAR_REFS, "5", StandardCharsets.US_ASCII);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // no /proc: the peak stays 0
        }
    }

    /** The peak resident size since the last reset (or since start) in KiB; 0 where unknown. */
    static long kib() {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | NumberFormatException | SecurityException e) {
            // fall through
        }
        return 0;
    }
}
