package nn.data;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses to deliver more than {@code max} characters between two calls of
 * {@link #recordDone}: the CSV parser holds a record whole, so a file without line breaks (or one
 * endless quoted cell) would otherwise grow one string until the memory ends.
 */
final class RecordLimitReader extends FilterReader {
    /** More than the limit was read for one record. */
    static final class TooLong extends IOException {
        @java.io.Serial private static final long serialVersionUID = 1L;
        TooLong() { super("record too long"); }
    }

    private final long max;
    private long sinceRecord;

    RecordLimitReader(Reader in, long max) {
        super(in);
        this.max = max;
    }

    /** A record ended: the count starts again (the parser reads ahead up to 64 KB, so the limit holds to within that). */
    void recordDone() { sinceRecord = 0; }

    @Override public int read() throws IOException {
        int c = super.read();
        if (c >= 0) count(1);
        return c;
    }

    @Override public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) count(n);
        return n;
    }

    private void count(int n) throws IOException {
        sinceRecord += n;
        if (sinceRecord > max) throw new TooLong();
    }
}
