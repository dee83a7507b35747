package nn.grade;

import nn.i18n.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running grading child JVM, seen from the parent: requests go to its standard input, its report
 * lines come back through a queue filled by a reader thread (so the parent can wait for them with a
 * deadline), and it can be killed from outside at any moment. A worker may grade several submissions in
 * turn ({@link ChildPool}); each ends with a "done" line, or with the end of the stream when the child
 * stopped.
 */
final class ChildWorker {
    private static final int MAX_LINE = 1 << 20;
    /** Put on the queue when the child's standard output ends. */
    private static final String END = new String("end of the child's output");

    private final Process process;
    private final OutputStream requests;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private int graded;
    private boolean ended;

    private ChildWorker(Process process) {
        this.process = process;
        this.requests = process.getOutputStream();
        Thread reader = new Thread(this::read, "nn-grade-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a child JVM with {@code command} in the folder {@code dir}. */
    static ChildWorker start(List<String> command, Path dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("NN_LANG", Messages.lang().code());  // the child says its errors in the grader's language
        pb.directory(dir.toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return new ChildWorker(pb.start());
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; )
                if (line.length() <= MAX_LINE) lines.add(line);  // longer: not the protocol's; dropped, not trusted
        } catch (IOException ignored) {
            // the child's end closed: judged by what arrived
        } finally {
            lines.add(END);
        }
    }

    /** Sends one request; false when the child is gone (what it reported, nothing, is judged by the caller). */
    boolean send(byte[] request) {
        graded++;
        try {
            requests.write(request);
            requests.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The next report line, waiting until {@code deadline} ({@link System#nanoTime}); null when the child's
     * output has ended or the deadline passed ({@link #ended} tells which).
     */
    String next(long deadline) throws InterruptedException {
        if (ended) return null;
        long wait = deadline - System.nanoTime();
        String line = wait <= 0 ? lines.poll() : lines.poll(wait, TimeUnit.NANOSECONDS);
        if (line == END) {
            ended = true;
            return null;
        }
        return line;
    }

    /** Whether the child's output has ended (it exited, crashed or was killed). */
    boolean ended() { return ended; }

    /** How many submissions were sent to this child. */
    int graded() { return graded; }

    /** Kills the child and whatever it started, and waits briefly for it to go. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The child's exit status once it has stopped (waiting up to 5 s for it), -1 while it still runs. */
    int exitStatus() {
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        return process.exitValue();
    }

    /** Ends a child that is waiting for its next request: the end of its input stops it. */
    void close() {
        try {
            requests.close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) kill();
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }
}
