package nn.kernel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Text a cell prints, sent to the notebook as it comes: a line at a time (so a training report shows
 * epoch by epoch), and whatever is left on flush. Bytes are decoded as UTF-8 only at line ends and flushes,
 * so a character split across writes stays whole.
 */
final class StreamSink extends OutputStream {
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final Consumer<String> send;
    private final Runnable beforeSend;

    StreamSink(Consumer<String> send, Runnable beforeSend) {
        this.send = send;
        this.beforeSend = beforeSend;
    }

    @Override
    public synchronized void write(int b) {
        pending.write(b);
        if (b == '\n') flush();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
        for (int i = off; i < off + len; i++) if (b[i] == '\n') { flush(); return; }
    }

    @Override
    public synchronized void flush() {
        if (pending.size() == 0) return;
        String text = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        beforeSend.run();
        send.accept(text);
    }
}
