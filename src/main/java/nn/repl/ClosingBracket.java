package nn.repl;

import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;

/**
 * Typing a closing bracket at the start of a continuation line takes back one step of indentation.
 * Replaces JLine's own close-bracket widgets, which delete spaces before the bracket anywhere on the
 * line, even inside a string ({@code "{  }"} would lose its spaces).
 */
final class ClosingBracket {
    private ClosingBracket() {}

    static void install(LineReader reader, int indentation) {
        for (String close : new String[] {"}", ")", "]"}) {
            String name = "nn-close-" + (int) close.charAt(0);
            reader.getWidgets().put(name, () -> insert(reader.getBuffer(), close, indentation));
            for (String map : new String[] {LineReader.MAIN, LineReader.EMACS, LineReader.VIINS}) {
                KeyMap<Binding> keys = reader.getKeyMaps().get(map);
                if (keys != null) keys.bind(new Reference(name), close);
            }
        }
    }

    static boolean insert(Buffer buf, String close, int indentation) {
        String before = buf.substring(0, buf.cursor());
        String lineSoFar = before.substring(before.lastIndexOf('\n') + 1);
        if (!lineSoFar.isEmpty() && lineSoFar.isBlank()) {
            int remove = 0;
            while (remove < indentation && remove < lineSoFar.length()
                    && lineSoFar.charAt(lineSoFar.length() - 1 - remove) == ' ') remove++;
            buf.backspace(remove);
        }
        buf.write(close);
        return true;
    }
}
