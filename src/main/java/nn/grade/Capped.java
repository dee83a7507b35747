package nn.grade;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An output sink that keeps the head and the tail of what is written and counts the rest, so a
 * submission that prints forever costs a fixed amount of memory and its report shows both ends.
 */
final class Capped extends OutputStream {
    private final int half;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private final byte[] tail;
    private long tailWritten;

    Capped(int limit) {
        this.half = limit / 2;
        this.tail = new byte[half];
    }

    @Override
    public synchronized void write(int b) {
        if (head.size() < half) head.write(b);
        else tail[(int) (tailWritten++ % half)] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) write(b[off + i]);
    }

    synchronized void reset() {
        head.reset();
        tailWritten = 0;
    }

    /** The text kept: all of it, or the head, "[… N bytes cut]" and the tail. */
    synchronized String text() {
        String start = head.toString(StandardCharsets.UTF_8);
        if (tailWritten <= half) {
            byte[] t = new byte[(int) tailWritten];
            System.arraycopy(tail, 0, t, 0, t.length);
            return start + new String(t, StandardCharsets.UTF_8);
        }
        byte[] t = new byte[half];
        int from = (int) (tailWritten % half);
        System.arraycopy(tail, from, t, 0, half - from);
        System.arraycopy(tail, 0, t, half - from, from);
        return start + "\n[… " + (tailWritten - half) + " bytes cut]\n" + new String(t, StandardCharsets.UTF_8);
    }

    /** Caps a text at {@code limit} characters, keeping its head and tail. */
    static String text(String s, int limit) {
        if (s == null || s.length() <= limit) return s;
        int keep = limit / 2;
        return s.substring(0, keep) + "\n[… " + (s.length() - 2 * keep) + " characters cut]\n" + s.substring(s.length() - keep);
    }
}
