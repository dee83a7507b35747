package nn.io;

import nn.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs a helper program (Graphviz's {@code dot}) as part of a statement, so that it ends with the
 * statement: the calling thread waits only in interruptible waits (Ctrl-C and the run's deadline
 * interrupt it), the child and its own children are killed the moment the wait ends for any reason,
 * and a child still running when the JVM exits (a run abandoned by its watchdog) is killed then.
 * Its input is written and its output read on threads of their own, so a child that does not read
 * or write cannot block the caller.
 */
public final class ChildProcess {
    private ChildProcess() {}

    /** What the child wrote and how it ended. */
    public record Result(int exitCode, byte[] output) {}

    /** The child wrote more than the caller can take. */
    public static final class TooMuchOutput extends IOException {
        @java.io.Serial private static final long serialVersionUID = 1L;
        public TooMuchOutput(long max) { super(Messages.t("io.child-too-much-output", max >> 20)); }
    }

    /** The child did not finish in time. */
    public static final class TooSlow extends IOException {
        @java.io.Serial private static final long serialVersionUID = 1L;
        public TooSlow(Duration limit) { super(Messages.t("io.child-too-slow", limit.toSeconds())); }
    }

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ChildProcess::kill), "nn-child-reaper"));
    }

    /**
     * Runs {@code command} with {@code input} on its standard input; returns its standard output (at
     * most {@code maxOutput} bytes). Its standard error is discarded.
     *
     * @throws InterruptedException when the calling thread is interrupted; the child is dead by then
     */
    public static Result run(List<String> command, byte[] input, long maxOutput, Duration limit)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        RUNNING.add(p);
        try {
            Thread writer = Thread.ofPlatform().daemon().name("nn-child-input").start(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(input);
                } catch (IOException closedEarly) {
                    // the child stopped reading: its exit code says what happened
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            IOException[] readFailure = new IOException[1];
            Thread reader = Thread.ofPlatform().daemon().name("nn-child-output").start(() -> {
                try (InputStream from = p.getInputStream()) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = from.read(buffer)) > 0; ) {
                        if (out.size() + (long) n > maxOutput) {
                            readFailure[0] = new TooMuchOutput(maxOutput);
                            kill(p);
                            return;
                        }
                        out.write(buffer, 0, n);
                    }
                } catch (IOException e) {
                    readFailure[0] = e;
                }
            });
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) throw new TooSlow(limit);
            reader.join();
            writer.join();
            if (readFailure[0] != null) throw readFailure[0];
            return new Result(p.exitValue(), out.toByteArray());
        } finally {
            kill(p);
            RUNNING.remove(p);
        }
    }

    /** Ends the child and whatever it started; a no-op once it has exited. */
    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }
}
