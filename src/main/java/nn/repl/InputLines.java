package nn.repl;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import nn.lang.source.Diagnostic;
import nn.lang.source.SourceFile;

/**
 * Piped input, one line at a time (without its line break). Bytes from standard input are decoded
 * strictly, as script files are: a line that is not UTF-8 is a {@link Diagnostic.Failure} naming the
 * first bad byte's position in the whole input ("stdin:3: error: the input is not valid UTF-8: byte 41
 * …"), never a silent U+FFFD; reading goes on with the next line.
 */
interface InputLines {
    /** The next line, or null at the end of input; a failure for a line that cannot be decoded. */
    String next() throws IOException;

    static InputLines of(BufferedReader reader) { return reader::readLine; }

    static InputLines of(InputStream in) { return new Bytes(in); }

    /** Reads bytes up to each '\n' and decodes them as one line. */
    final class Bytes implements InputLines {
        private final InputStream in;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final byte[] buffer = new byte[8192];
        private int at, end;
        private long offset;
        private int lineNo;
        private boolean first = true;

        Bytes(InputStream in) { this.in = in; }

        @Override public String next() throws IOException {
            line.reset();
            long start = offset;
            boolean any = false;
            while (true) {
                if (at == end) {
                    end = in.read(buffer);
                    at = 0;
                    if (end <= 0) { end = 0; break; }
                }
                any = true;
                byte b = buffer[at++];
                offset++;
                if (b == '\n') break;
                line.write(b);
            }
            if (!any) return null;
            lineNo++;
            byte[] bytes = line.toByteArray();
            String text = SourceFile.strictUtf8(bytes);
            if (text == null) throw SourceFile.notUtf8("stdin:" + lineNo, false, bytes, start);
            if (first && text.startsWith("\uFEFF")) text = text.substring(1);
            first = false;
            return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        }
    }
}
