package nn.repl;

import java.util.Deque;
import nn.run.Completeness;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Tells JLine an entry is unfinished while a bracket or brace is open, so Enter continues it on a new
 * line, indented one step per open bracket. Brackets inside strings and comments do not count.
 */
final class EntryParser extends DefaultParser {
    EntryParser() {
        setEofOnUnclosedQuote(false);
        setEofOnEscapedNewLine(false);
        setEscapeChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.strip().startsWith(":")) {
            Deque<String> open = openBrackets(line);
            if (!open.isEmpty())
                throw new EOFError(-1, -1, "an open bracket or brace continues on the next line", open.peek(), open.size(), null);
        }
        return super.parse(line, cursor, context);
    }

    /** The closers still owed, innermost first (shared with the notebook kernel's is_complete). */
    static Deque<String> openBrackets(String text) { return Completeness.openBrackets(text); }
}
