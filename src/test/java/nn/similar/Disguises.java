package nn.similar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nn.lang.syntax.Parsers;

/** What a student does to a copied submission to hide it, one disguise per method. */
final class Disguises {
    private Disguises() {}

    /** Names of builtins and fields a copier cannot rename. */
    private static final Set<String> FIXED = Set.of("sigmoid", "tanh", "relu", "mse", "round", "mean", "sum", "rows", "param",
            "randn", "zeros", "sgd", "adam", "momentum", "lr", "beta", "weights", "history", "abs", "truthtable");

    /** Every variable and function the student chose gets another name, consistently. */
    static String rename(String text) {
        Map<String, String> fresh = new HashMap<>();
        return rewrite(text, l -> l.kind() == Parsers.TokenKind.NAME && !FIXED.contains(l.text())
                ? fresh.computeIfAbsent(l.text(), n -> "my_" + n + "_" + fresh.size()) : null);
    }

    /** Different numbers (other than the 0/1 data) and different messages. */
    static String numbersAndStrings(String text) {
        int[] count = {0};
        return rewrite(text, l -> switch (l.kind()) {
            case NUMBER -> l.text().equals("0") || l.text().equals("1") ? null : String.valueOf(Double.parseDouble(l.text()) * 1.5 + 1);
            case STRING -> "\"message " + (count[0]++) + "\"";
            default -> null;
        });
    }

    /** Comments removed and others written, blank lines added, indentation changed. */
    static String commentsAndBlankLines(String text) {
        StringBuilder out = new StringBuilder("# my own solution, written from scratch\n\n");
        int n = 0;
        for (String line : text.split("\n", -1)) {
            String code = stripComment(line);
            if (code.isBlank()) continue;
            if (n++ % 3 == 0) out.append("\n# step ").append(n).append('\n');
            String indent = code.substring(0, code.length() - code.stripLeading().length());
            out.append(indent.repeat(2)).append(code.strip()).append(n % 4 == 0 ? "   # see lecture\n" : "\n");
        }
        return out.toString();
    }

    /** Statements nobody reads put in at the top level, inside functions and inside loops. */
    static String deadStatements(String text) {
        StringBuilder out = new StringBuilder();
        String[] dead = {"unused = 0", "tmp = 3 * 4", "debug = \"here\"", "counter = 0", "counter = counter + 1", "scratch = X"};
        int i = 0;
        for (String line : text.split("\n", -1)) {
            out.append(line).append('\n');
            String t = line.strip();
            if (t.startsWith("fn ") || t.startsWith("for ") || t.startsWith("while ") || (t.isEmpty() && i % 2 == 0)) {
                out.append("  ").append(dead[i % dead.length]).append('\n');
                i++;
            } else if (t.isEmpty()) i++;
        }
        return out.toString();
    }

    /** The same parts, the movable ones (functions, the optimizer) in another order and place. */
    static String reorder(SyntheticClass.Student s) {
        List<SyntheticClass.Part> movable = new ArrayList<>(), fixed = new ArrayList<>();
        for (SyntheticClass.Part p : s.parts()) (p.movable() ? movable : fixed).add(p);
        java.util.Collections.reverse(movable);
        StringBuilder out = new StringBuilder(fixed.get(0).code()).append('\n');
        // the network first, then the movable parts, then the rest: a different order from the original's
        out.append(fixed.get(1).code()).append('\n');
        for (SyntheticClass.Part p : movable) out.append(p.code()).append('\n');
        for (SyntheticClass.Part p : fixed.subList(2, fixed.size())) out.append(p.code()).append('\n');
        // and within the starter, the two independent data lines swapped
        return out.toString().replace("X = [[0, 0], [0, 1], [1, 0], [1, 1]]\nT = [[0], [1], [1], [0]]",
                "T = [[0], [1], [1], [0]]\nX = [[0, 0], [0, 1], [1, 0], [1, 1]]");
    }

    private static String stripComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') inString = !inString;
            if (c == '#' && !inString) return line.substring(0, i);
        }
        return line;
    }

    private static String rewrite(String text, java.util.function.Function<Parsers.Lexeme, String> replace) {
        StringBuilder out = new StringBuilder();
        for (Parsers.Lexeme l : Parsers.lex(text)) {
            String r = replace.apply(l);
            out.append(r == null ? l.text() : r);
        }
        return out.toString();
    }

    static Random random(long seed) { return new Random(seed); }
}
