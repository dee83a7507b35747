package nn.io;

/**
 * Text made safe for XML and HTML files (the SVG plots, the JUnit grading report, the similarity report): the
 * five markup characters become entities, and what XML 1.0 forbids (most control characters, lone surrogates,
 * U+FFFE and U+FFFF) becomes U+FFFD, so a submission's or a script's text can never make the file unreadable.
 * Tabs and line breaks stay. One escaper for element text and attribute values alike.
 */
public final class XmlText {
    private XmlText() {}

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else out.append(allowed ? c : '\uFFFD');
                }
            }
        }
        return out.toString();
    }
}
