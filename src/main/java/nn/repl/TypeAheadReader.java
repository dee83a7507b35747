package nn.repl;

import java.util.Map;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * JLine's line reader, drawing the line only when no typed key is waiting. JLine redraws the whole entry
 * after every key (laying out, wrapping and diffing all of it), so text pasted into a terminal without
 * bracketed paste, or typed faster than it is drawn, took time that grew with the square of its length
 * (27 KB: 17 s). Keys that are already waiting are handled first and the line is drawn once they are done,
 * so the work per key no longer depends on the entry's length; the final drawing of an entry is JLine's own.
 */
final class TypeAheadReader extends LineReaderImpl {
    /** How long to look for a waiting key: a person typing never waits this long for a redraw. */
    private static final long PEEK_MILLIS = 1;
    /** Drawings of the line done and skipped because more keys were waiting (a test reads them). */
    private long drawn, skipped;

    TypeAheadReader(Terminal terminal, String appName, Map<String, Object> variables) {
        super(terminal, appName, variables);
    }

    @Override
    public boolean redisplay() {
        if (keyWaiting()) {
            skipped++;
            return true;
        }
        drawn++;
        return super.redisplay();
    }

    private boolean keyWaiting() {
        try {
            return bindingReader.peekCharacter(PEEK_MILLIS) >= 0;
        } catch (java.io.IOError e) {
            return false;  // the terminal went away: the next read says so
        }
    }

    long drawn() { return drawn; }

    long skipped() { return skipped; }
}
