package nn.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Mutations of real programs (the samples and golden scripts): byte flips, token deletions and duplications, splices. */
final class Mutator {
    private final Random random;
    private final List<String> corpus;

    Mutator(Random random, List<String> corpus) {
        this.random = random;
        this.corpus = corpus;
    }

    String mutate() {
        String s = corpus.get(random.nextInt(corpus.size()));
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            s = switch (random.nextInt(5)) {
                case 0 -> flip(s);
                case 1 -> deleteToken(s);
                case 2 -> duplicateToken(s);
                case 3 -> splice(s, corpus.get(random.nextInt(corpus.size())));
                default -> insert(s);
            };
        }
        return s;
    }

    private String flip(String s) {
        if (s.isEmpty()) return s;
        char[] c = s.toCharArray();
        int at = random.nextInt(c.length);
        c[at] = (char) (random.nextInt(4) == 0 ? random.nextInt(0x80) : c[at] ^ (1 << random.nextInt(7)));
        return new String(c);
    }

    private static List<int[]> tokens(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i;
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) i++;
            } else i++;
            if (!Character.isWhitespace(c)) out.add(new int[] {start, i});
        }
        return out;
    }

    private String deleteToken(String s) {
        List<int[]> t = tokens(s);
        if (t.isEmpty()) return s;
        int[] tok = t.get(random.nextInt(t.size()));
        return s.substring(0, tok[0]) + s.substring(tok[1]);
    }

    private String duplicateToken(String s) {
        List<int[]> t = tokens(s);
        if (t.isEmpty()) return s;
        int[] tok = t.get(random.nextInt(t.size()));
        String token = s.substring(tok[0], tok[1]);
        int times = random.nextInt(8) == 0 ? 200 : 1;
        return s.substring(0, tok[1]) + (" " + token).repeat(times) + s.substring(tok[1]);
    }

    private String splice(String a, String b) {
        String[] x = a.split("\n", -1), y = b.split("\n", -1);
        int cut = random.nextInt(x.length + 1), from = random.nextInt(y.length + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cut; i++) out.append(x[i]).append('\n');
        for (int i = from; i < y.length; i++) out.append(y[i]).append('\n');
        return out.toString();
    }

    private static final String[] INSERTS = {"(", ")", "[", "]", "{", "}", "\"", "\\", ",", "->", "..", "^", "~=", "\u0000",
            "\u001b[2J", "😀", "\uD800", "1e309", "nan", "-", "=", ":", ";", "\n", "else", "elif", "&&", "!"};

    private String insert(String s) {
        int at = random.nextInt(s.length() + 1);
        return s.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + s.substring(at);
    }
}
