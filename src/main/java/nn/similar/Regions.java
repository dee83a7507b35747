package nn.similar;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Turns a run of canonical tokens back into the source lines it came from. */
final class Regions {
    private Regions() {}

    /**
     * The lines of tokens {@code from}..{@code from + length - 1}, as sorted ranges per file. Canonical order
     * may have moved statements, so one run can come from several places; adjacent lines join into one range.
     */
    static List<Result.Lines> lines(List<Token> tokens, int from, int length) {
        TreeSet<Long> lines = new TreeSet<>();
        for (int t = from; t < from + length; t++) {
            Token tok = tokens.get(t);
            lines.add(((long) tok.file() << 32) | tok.line());
        }
        List<Result.Lines> out = new ArrayList<>();
        int file = -1, start = -1, end = -1;
        for (long key : lines) {
            int f = (int) (key >>> 32), line = (int) key;
            if (f == file && line <= end + 1) { end = line; continue; }
            if (file >= 0) out.add(new Result.Lines(file, start, end));
            file = f;
            start = end = line;
        }
        if (file >= 0) out.add(new Result.Lines(file, start, end));
        return out;
    }
}
