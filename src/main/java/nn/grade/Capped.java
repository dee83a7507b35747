package nn.grade;

import nn.i18n.Messages;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An output sink that keeps the head and the tail of what is written and counts the rest, in characters
 * (Unicode code points, so "é" or an emoji is one and is never cut in half), so a submission that prints
 * forever costs a fixed amount of memory and its report shows both ends. The bytes written are UTF-8
 * (what nn's output stream writes); a character split over two writes is joined, and bytes that are not
 * UTF-8 become U+FFFD.
 */
final class Capped extends OutputStream {
    private final int half;
    private final StringBuilder head = new StringBuilder();
    private int headPoints;
    private final int[] tail;
    private long tailWritten;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(4096);
    private final CharBuffer chars = CharBuffer.allocate(4096);
    private char highSurrogate;

    /** Keeps at most {@code limit} characters: the first half and the last half. */
    Capped(int limit) {
        this.half = Math.max(1, limit / 2);
        this.tail = new int[half];
    }

    @Override
    public synchronized void write(int b) { write(new byte[] {(byte) b}, 0, 1); }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, pending.remaining());
            pending.put(b, off, n);
            off += n;
            len -= n;
            drain(false);
        }
    }

    private void drain(boolean end) {
        pending.flip();
        while (true) {
            var result = decoder.decode(pending, chars, end);
            chars.flip();
            while (chars.hasRemaining()) accept(chars.get());
            chars.clear();
            if (!result.isOverflow()) break;
        }
        if (end) {
            decoder.flush(chars);
            chars.flip();
            while (chars.hasRemaining()) accept(chars.get());
            chars.clear();
            decoder.reset();
        }
        pending.compact();
    }

    private void accept(char c) {
        if (Character.isHighSurrogate(c)) {
            if (highSurrogate != 0) point(0xFFFD);
            highSurrogate = c;
            return;
        }
        if (Character.isLowSurrogate(c) && highSurrogate != 0) {
            int cp = Character.toCodePoint(highSurrogate, c);
            highSurrogate = 0;
            point(cp);
            return;
        }
        if (highSurrogate != 0) { highSurrogate = 0; point(0xFFFD); }
        point(c);
    }

    private void point(int cp) {
        if (headPoints < half) {
            head.appendCodePoint(cp);
            headPoints++;
        } else {
            tail[(int) (tailWritten++ % half)] = cp;
        }
    }

    /** Forgets everything written so far (each test's output is kept on its own). */
    synchronized void reset() {
        drain(true);
        highSurrogate = 0;
        head.setLength(0);
        headPoints = 0;
        tailWritten = 0;
    }

    /** The text kept: all of it, or the head, "[… N characters cut]" and the tail. */
    synchronized String text() {
        drain(true);
        if (highSurrogate != 0) { highSurrogate = 0; point(0xFFFD); }
        StringBuilder out = new StringBuilder(head);
        long kept = Math.min(tailWritten, half);
        if (tailWritten > half) out.append('\n').append(Messages.t("grade.output.cut", tailWritten - half)).append('\n');
        for (long i = tailWritten - kept; i < tailWritten; i++) out.appendCodePoint(tail[(int) (i % half)]);
        return out.toString();
    }

    /** Caps a text at {@code limit} characters (code points), keeping its head and tail. */
    static String text(String s, int limit) {
        if (s == null) return null;
        int points = s.codePointCount(0, s.length());
        if (points <= limit) return s;
        int keep = limit / 2;
        int headEnd = s.offsetByCodePoints(0, keep);
        int tailStart = s.offsetByCodePoints(s.length(), -keep);
        return s.substring(0, headEnd) + "\n" + Messages.t("grade.output.cut", points - 2 * keep) + "\n" + s.substring(tailStart);
    }
}
