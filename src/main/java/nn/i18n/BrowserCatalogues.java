package nn.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The catalogues as the browser's build reads them: TeaVM has neither ResourceBundle's .properties lookup nor
 * {@code java.util.Properties}, so the same files (embedded in nn.js by {@code nn.web.teavm.CatalogueResources}) are read here, in the subset of the .properties format the catalogues use: {@code key=value} lines, comments,
 * lines continued by a final backslash, and the backslash escapes (t, n, r, f, and u with four hex digits).
 * A key missing from a language's file falls back to English, as ResourceBundle's parent does.
 */
final class BrowserCatalogues {
    private BrowserCatalogues() {}

    private static final Map<String, Map<String, String>> FILES = new HashMap<>();

    static synchronized String pattern(Lang lang, String catalogue, String key) {
        String text = lang == Lang.EN ? null : file(catalogue + "_" + lang.code()).get(key);
        return text != null ? text : file(catalogue).get(key);
    }

    private static Map<String, String> file(String name) {
        return FILES.computeIfAbsent(name, n -> {
            try (InputStream in = ClassLoader.getSystemClassLoader().getResourceAsStream("nn/i18n/" + n + ".properties")) {
                if (in == null) throw new IllegalStateException("the browser build lacks the catalogue nn/i18n/" + n + ".properties");
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the catalogue " + n, e);
            }
        });
    }

    static Map<String, String> parse(String text) {
        Map<String, String> out = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) continue;
            StringBuilder logical = new StringBuilder(line);
            while (endsInOddBackslashes(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(lines[++i].stripLeading());
            }
            String l = logical.toString();
            int sep = -1;
            for (int j = 0; j < l.length(); j++) {
                char c = l.charAt(j);
                if (c == '\\') { j++; continue; }
                if (c == '=' || c == ':' || c == ' ' || c == '\t') { sep = j; break; }
            }
            String key = sep < 0 ? l : l.substring(0, sep);
            String rest = sep < 0 ? "" : l.substring(sep).stripLeading();
            if (!rest.isEmpty() && (rest.charAt(0) == '=' || rest.charAt(0) == ':') && sep >= 0 && l.charAt(sep) != '=' && l.charAt(sep) != ':')
                rest = rest.substring(1).stripLeading();
            else if (sep >= 0 && (l.charAt(sep) == '=' || l.charAt(sep) == ':')) rest = l.substring(sep + 1).stripLeading();
            out.put(unescape(key), unescape(rest));
        }
        return out;
    }

    private static boolean endsInOddBackslashes(CharSequence s) {
        int n = 0;
        for (int j = s.length() - 1; j >= 0 && s.charAt(j) == '\\'; j--) n++;
        return n % 2 == 1;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int j = 0; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c != '\\' || j + 1 == s.length()) { b.append(c); continue; }
            char e = s.charAt(++j);
            switch (e) {
                case 't' -> b.append('\t');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(j + 1, j + 5), 16));
                    j += 4;
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }
}
