package nn.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.jline.reader.LineReader;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/**
 * Keys that arrive faster than the line is drawn (text pasted without bracketed paste) are handled before
 * the line is drawn again: the work per key does not grow with the entry, so pasting is linear.
 */
class TypeAheadReaderTest {
    private static String readOneEntry(String keys, long[] drawnAndSkipped) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "ansi",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(80, 24));
            TypeAheadReader reader = new TypeAheadReader(terminal, "nn", new HashMap<>());
            reader.setParser(new EntryParser());
            reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, "... ");
            reader.setVariable(LineReader.INDENTATION, 2);
            String line = reader.readLine("nn> ");
            drawnAndSkipped[0] = reader.drawn();
            drawnAndSkipped[1] = reader.skipped();
            return line;
        }
    }

    @Test void aLongLineTypedInAtOnceIsDrawnAHandfulOfTimesNotOncePerKey() throws Exception {
        StringBuilder list = new StringBuilder("x = [");
        for (int i = 0; i < 4000; i++) list.append(i).append(", ");
        list.append("0]");
        long[] counts = new long[2];
        assertEquals(list.toString(), readOneEntry(list + "\n", counts));
        assertTrue(counts[1] > list.length() / 2, "keys waiting were handled before drawing: " + counts[1] + " skipped");
        assertTrue(counts[0] < list.length() / 20, "drawn " + counts[0] + " times for " + list.length() + " keys");
    }

    @Test void aLongMultiLineEntryIsReadWholeWithItsLinesKept() throws Exception {
        StringBuilder entry = new StringBuilder("x = [\n");
        for (int i = 0; i < 3000; i++) entry.append(i).append(",\n");
        entry.append("0]");
        long[] counts = new long[2];
        String read = readOneEntry(entry + "\n", counts);
        assertEquals(3002, read.split("\n", -1).length, "one entry of all the lines");
        assertTrue(read.startsWith("x = [\n  0,\n  1,\n"), "continuation lines indented: " + read.substring(0, 20));
        assertTrue(read.endsWith("\n  0]"), read.substring(read.length() - 10));
        assertTrue(counts[0] < entry.length() / 20, "drawn " + counts[0] + " times for " + entry.length() + " keys");
    }
}
