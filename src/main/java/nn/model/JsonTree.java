package nn.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nn.tensor.decimal.DecimalParser;

/**
 * JSON text as plain Java values, for reading network files: an object is a {@code Map<String, Object>} (in the
 * file's order), an array a {@code List<Object>}, a number a {@code Double}, a string a {@code String}, true and
 * false {@code Boolean}s, and null is {@code null}. The browser's build reads network files with this (it has no
 * Gson); the JVM's parses with Gson, for its messages, and turns Gson's tree into the same values
 * ({@link NetworkJson}), so the network is read by one piece of code in both.
 */
final class JsonTree {
    /** Text that is not JSON: where the parser stopped (line and column from 1, as an editor counts them). */
    static final class Malformed extends RuntimeException {
        @java.io.Serial private static final long serialVersionUID = 1L;
        final int line, column;

        Malformed(int line, int column) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    /** Gson's default nesting limit: deeper text is refused, not read into a stack overflow. */
    private static final int MAX_DEPTH = 255;

    private final String text;
    private int at;

    private JsonTree(String text) { this.text = text; }

    /** The one value {@code text} holds (whitespace around it allowed); {@link Malformed} when it holds anything else. */
    static Object parse(String text) {
        JsonTree p = new JsonTree(text);
        Object v = p.value(0);
        p.space();
        if (p.at < text.length()) throw p.malformed();
        return v;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) throw malformed();
        space();
        if (at >= text.length()) throw malformed();
        char c = text.charAt(at);
        switch (c) {
            case '{': {
                at++;
                Map<String, Object> object = new LinkedHashMap<>();
                if (next('}')) return object;
                do {
                    space();
                    if (at >= text.length() || text.charAt(at) != '"') throw malformed();
                    String key = string();
                    if (!next(':')) throw malformed();
                    object.put(key, value(depth + 1));
                } while (next(','));
                if (!next('}')) throw malformed();
                return object;
            }
            case '[': {
                at++;
                List<Object> array = new ArrayList<>();
                if (next(']')) return array;
                do array.add(value(depth + 1)); while (next(','));
                if (!next(']')) throw malformed();
                return array;
            }
            case '"':
                return string();
            default:
                if (word("true")) return Boolean.TRUE;
                if (word("false")) return Boolean.FALSE;
                if (word("null")) return null;
                return number();
        }
    }

    /** Skips whitespace, then takes {@code c} if it is next. */
    private boolean next(char c) {
        space();
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private boolean word(String w) {
        if (!text.startsWith(w, at)) return false;
        at += w.length();
        return true;
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) at++;
    }

    private Double number() {
        int start = at;
        if (at < text.length() && text.charAt(at) == '-') at++;
        int digits = digits();
        if (digits == 0 || digits > 1 && text.charAt(at - digits) == '0') throw malformed(start);
        if (at < text.length() && text.charAt(at) == '.') {
            at++;
            if (digits() == 0) throw malformed(start);
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) at++;
            if (digits() == 0) throw malformed(start);
        }
        return DecimalParser.parseDouble(text.substring(start, at));
    }

    private int digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') at++;
        return at - start;
    }

    private String string() {
        at++; // the opening quote
        StringBuilder s = new StringBuilder();
        while (true) {
            if (at >= text.length()) throw malformed();
            char c = text.charAt(at++);
            if (c == '"') return s.toString();
            if (c < 0x20) throw malformed(at - 1);
            if (c != '\\') {
                s.append(c);
                continue;
            }
            if (at >= text.length()) throw malformed();
            char e = text.charAt(at++);
            switch (e) {
                case '"', '\\', '/' -> s.append(e);
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) throw malformed();
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = Character.digit(text.charAt(at++), 16);
                        if (d < 0) throw malformed(at - 1);
                        code = code * 16 + d;
                    }
                    s.append((char) code);
                }
                default -> throw malformed(at - 1);
            }
        }
    }

    private Malformed malformed() { return malformed(at); }

    /** Stopped at {@code offset}: line and column from 1, as a text editor counts them. */
    private Malformed malformed(int offset) {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++)
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        return new Malformed(line, offset - lineStart + 1);
    }
}
