package nn.lang.source;

import nn.i18n.Messages;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A named piece of source text with its line starts, so spans can be turned into line:col and quoted.
 * Offsets and columns count code points (as the lexer does), so a character outside the BMP — an emoji
 * in a comment — is one column, like any other.
 */
public final class SourceFile {
    private final String name;
    private final String text;
    /** Code point offset of each line's start. */
    private final int[] lineStarts;
    /** The UTF-16 index of each code point offset, when the text has characters outside the BMP; else null. */
    private final int[] charIndex;
    /** Lines before this text in its stream (REPL entries and piped input number lines continuously). */
    private final int firstLine;

    public SourceFile(String name, String text) { this(name, text, 1); }

    public SourceFile(String name, String text, int firstLine) {
        this.name = name;
        this.text = text;
        this.firstLine = firstLine;
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            charIndex = null;
        } else {
            charIndex = new int[codePoints + 1];
            for (int cp = 0, i = 0; cp <= codePoints; cp++) {
                charIndex[cp] = i;
                if (i < text.length()) i += Character.charCount(text.codePointAt(i));
            }
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0, cp = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isLowSurrogate(ch)) cp++;
            if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')))
                starts.add(cp);
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The UTF-16 index of a code point offset (clamped to the text). */
    public int charIndex(int offset) {
        int cp = Math.max(0, offset);
        if (charIndex == null) return Math.min(cp, text.length());
        return charIndex[Math.min(cp, charIndex.length - 1)];
    }

    /** The code point offset of a UTF-16 index. */
    public int offsetOf(int charIndex) {
        int i = Math.max(0, Math.min(charIndex, text.length()));
        return this.charIndex == null ? i : text.codePointCount(0, i);
    }

    /**
     * Decodes UTF-8 strictly: a malformed byte is an error naming its position, never a silent U+FFFD.
     * A leading byte-order mark is dropped.
     */
    public static SourceFile decode(String name, byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return new SourceFile(name, text);
        } catch (CharacterCodingException e) {
            throw notUtf8(name, true, bytes, 0);
        }
    }

    /**
     * The error for bytes that are not UTF-8, naming the first bad byte by its position in the whole input
     * ({@code before} bytes came before these): "the file is not valid UTF-8: byte 8 (0xFF) …". Standard
     * input read line by line says "the input" and passes the line's place as {@code where}.
     */
    public static Diagnostic.Failure notUtf8(String where, boolean wholeFile, byte[] bytes, long before) {
        int bad = firstMalformedByte(bytes);
        String hex = String.format("%02X", bytes[bad] & 0xFF);
        String message = wholeFile ? Messages.t("lang.source.file-not-utf8", before + bad, hex)
                : Messages.t("lang.source.input-not-utf8", before + bad, hex);
        return new Diagnostic.Failure(Diagnostic.plain(where + ": " + Messages.t("diagnostic.error") + ": " + message,
                Messages.t("lang.source.save-as-utf8")), Diagnostic.Kind.SYNTAX);
    }

    /** The text of {@code bytes}, strictly decoded, or null when they are not UTF-8. */
    public static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int firstMalformedByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    public String name() { return name; }
    public String text() { return text; }

    /** Line number of a character offset, counted from {@code firstLine}. */
    public int line(int offset) { return localLine(offset) + firstLine - 1; }

    private int localLine(int offset) {
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo + 1;
    }

    /** 1-based column of a character offset. */
    public int column(int offset) { return offset - lineStarts[localLine(offset) - 1] + 1; }

    /** The number of lines in the text. */
    public int lineCount() { return lineStarts.length; }

    /** The text of a line (numbered as {@link #line} numbers them), without its line break. */
    public String lineText(int numbered) {
        int line = numbered - firstLine + 1;
        int start = charIndex(lineStarts[line - 1]);
        int end = line < lineStarts.length ? charIndex(lineStarts[line]) : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return text.substring(start, end);
    }

    public String slice(Span span) {
        int start = charIndex(span.start());
        return text.substring(start, Math.max(start, charIndex(span.end())));
    }
}
