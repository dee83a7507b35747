package nn.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One of the run's two text streams (stdout or stderr), passed to {@link Emit} a line at a time (and at every
 * flush), so that a long training shows its progress as it goes. Before it writes, the other stream's pending
 * text is passed on first: the page sees the two interleaved in the order they were written, as a terminal does.
 */
final class EmitStream extends OutputStream {
    private final String kind;
    private final Emit emit;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private EmitStream other;

    EmitStream(String kind, Emit emit) {
        this.kind = kind;
        this.emit = emit;
    }

    /** stdout and stderr, each flushing the other before it writes. */
    static EmitStream[] pair(Emit emit) {
        EmitStream out = new EmitStream("out", emit), err = new EmitStream("err", emit);
        out.other = err;
        err.other = out;
        return new EmitStream[] {out, err};
    }

    @Override public void write(int b) {
        other.flush();
        pending.write(b);
        if (b == '\n') flush();
    }

    @Override public void write(byte[] b, int off, int len) {
        other.flush();
        pending.write(b, off, len);
        // Whole lines only, so that a character's UTF-8 bytes are never split between two calls.
        if (len > 0 && b[off + len - 1] == '\n') flush();
    }

    @Override public void flush() {
        if (pending.size() == 0) return;
        String text = new String(pending.toByteArray(), StandardCharsets.UTF_8);
        pending.reset();
        emit.emit(kind, text, null);
    }
}
