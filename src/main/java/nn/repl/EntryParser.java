package nn.repl;

import nn.lang.syntax.Parsers;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/** Tells JLine an entry is unfinished while a bracket or brace is open, so Enter continues it. */
final class EntryParser extends DefaultParser {
    EntryParser() {
        setEofOnUnclosedQuote(false);
        setEofOnEscapedNewLine(false);
        setEscapeChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !line.strip().startsWith(":") && Parsers.isIncomplete(line))
            throw new EOFError(-1, -1, "an open bracket or brace continues on the next line", "}");
        return super.parse(line, cursor, context);
    }
}
