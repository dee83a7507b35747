package nn.i18n;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nn.interp.lib.Builtin;
import nn.interp.lib.Field;
import nn.interp.lib.Param;
import nn.interp.lib.Registry;
import nn.lang.syntax.Parsers;

/**
 * Finds English sentences in what nn said in Spanish. A Spanish run may rightly show English-looking words:
 * the language's keywords and builtin names ({@code train}, {@code epochs}, {@code not}), field and parameter
 * names, code in quotes, and whatever the program itself wrote (its strings, names and source lines, echoed
 * under an error). Everything else is checked word by word against a list of common English function words
 * and message words, none of which is a Spanish word.
 *
 * <p>A listed word that is also one of nn's names ({@code not}, {@code in}, {@code mean}, {@code value}) or
 * that Spanish shares in some form ({@code has}) counts only beside another listed word: {@code usa not}
 * is Spanish about code, {@code is not} is English.
 */
public final class EnglishAudit {
    private EnglishAudit() {}

    /** One line of output with the English words found in it. */
    public record Finding(String line, List<String> words) {
        @Override public String toString() { return words + " in: " + line; }
    }

    /** English words that are not Spanish words; those that are nn names too are told apart at start-up. */
    static final Set<String> ENGLISH = Set.copyOf(List.of(
            "the", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't",
            "cannot", "can't", "can", "could", "couldn't", "must", "should", "would", "will", "won't", "shall",
            "did", "does", "doesn't", "don't", "didn't", "you", "your", "yours", "has", "have", "had", "hasn't",
            "haven't", "not", "of", "and", "or", "but", "an", "this", "that", "these", "those", "it", "it's", "its",
            "which", "what", "who", "whose", "where", "when", "while", "with", "without", "within", "into", "onto",
            "to", "from", "for", "in", "on", "at", "by", "than", "then", "there", "there's", "here", "only", "also",
            "because", "since", "already", "yet", "still", "again", "after", "before", "each", "every", "some",
            "many", "much", "more", "less", "most", "least", "other", "others", "same", "such", "both", "either",
            "neither", "nor", "any", "all", "none", "nothing", "something", "everything", "anything", "about",
            "above", "below", "between", "through", "over", "under", "instead", "however", "unless", "until",
            "expected", "expects", "expect", "found", "got", "gets", "get", "gives", "give", "given", "takes",
            "take", "taken", "needs", "need", "needed", "makes", "make", "made", "means", "mean", "meant",
            "called", "named", "use", "uses", "used", "using", "try", "tried", "write", "writes", "wrote",
            "written", "read", "reads", "run", "runs", "ran", "running", "stops", "stopped", "converged",
            "unknown", "undefined", "missing", "invalid", "wrong", "allowed", "supported", "unsupported",
            "should", "value", "values", "epoch", "epochs", "number", "numbers", "matrix", "string",
            "strings", "list", "lists", "name", "names", "file", "files", "folder", "line", "lines", "column",
            "columns", "row", "rows", "layer", "layers", "network", "networks", "weight", "weights", "inputs",
            "outputs", "output", "input", "loss", "accuracy", "learning", "rate", "training", "trained", "train",
            "dataset", "datasets", "examples", "example", "features", "feature", "shape", "shapes", "size",
            "sizes", "step", "steps", "update", "updates", "linearly", "threshold", "unit",
            "units", "hidden", "test", "warning", "hint", "note", "usage", "help", "commands", "command", "options",
            "option", "default", "lists", "shows", "show", "prints", "print", "saved", "save", "loaded", "load",
            "entries", "entry", "session", "history", "nobody", "yes", "please", "we", "our", "they", "their",
            "he's", "she", "his", "her", "them", "my", "i'm", "let's", "here's", "one", "two", "three", "first",
            "second", "last", "next", "previous", "new", "old", "too", "very", "well", "like", "just", "never",
            "always", "how", "why", "if", "else", "per", "each", "whole", "empty", "larger", "smaller", "bigger",
            "greater", "positive", "negative", "zero", "division", "defined", "declared", "failed", "fails",
            "passed", "passes", "exceeded", "budget", "took", "longer", "could", "outside", "inside", "returned",
            "return", "returns", "function", "functions", "argument", "arguments", "keyword", "statement"));

    /** English words that Spanish uses as well in some form, counted only beside another English word. */
    static final Set<String> SHARED_WITH_SPANISH = Set.of("has", "can", "use", "one", "yes", "new", "test", "help",
            "run", "get", "print", "show", "save", "load", "rate", "size", "step", "shape", "input", "output",
            "all", "any", "mean", "value", "values", "name", "names", "list", "lists", "well", "note", "default");

    /** nn's own names: keywords, builtins, fields and parameters. */
    static final Set<String> NN_NAMES = nnNames();

    private static Set<String> nnNames() {
        Set<String> names = new HashSet<>(Parsers.keywords());
        Registry registry = Registry.standard();
        for (Builtin b : registry.all()) {
            names.add(b.name());
            for (Param p : b.params()) names.add(p.name());
        }
        for (Field f : registry.allFields()) names.add(f.name());
        for (nn.interp.lib.Area area : nn.interp.lib.Area.values()) names.add(area.topic());
        names.add("fields");  // the :help topic that lists every field
        return Set.copyOf(names);
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_'’-]+");
    /** Code and names in quotes: 'x', "x", `x`, “x”, «x» (an apostrophe inside a word, as in don't, opens none). */
    private static final Pattern QUOTED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])'[^'\\n]*'(?![\\p{L}\\p{N}])|\"[^\"\\n]*\"|`[^`\\n]*`|“[^”\\n]*”|«[^»\\n]*»");
    /** A string literal in a program, or an f-string; its text between the quotes is group 1. */
    private static final Pattern LITERAL = Pattern.compile("f?\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern COMMENT = Pattern.compile("#.*");

    /** English in {@code text}, which a program with no source of its own printed (a REPL command, --help). */
    public static List<Finding> scan(String text) {
        return scan(text, "");
    }

    /**
     * English in {@code text}, which nn printed while running {@code source}: the program's own lines, string
     * literals and names are the student's words and are not checked.
     */
    public static List<Finding> scan(String text, String source) {
        Program program = Program.of(source);
        List<Finding> found = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || program.containsLine(trimmed)) continue;
            List<String> words = english(program.withoutLiterals(line), program.names);
            if (!words.isEmpty()) found.add(new Finding(line, words));
        }
        return found;
    }

    /** The English words of one line (quoted code removed), in order. */
    static List<String> english(String line, Set<String> userNames) {
        String text = QUOTED.matcher(line).replaceAll(" ");
        List<String> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>(), ends = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().replaceAll("^['’-]+|['’-]+$", "").replace('’', '\'');
            tokens.add(w);
            starts.add(m.start());
            ends.add(m.end());
        }
        int n = tokens.size();
        boolean[] listed = new boolean[n], alone = new boolean[n];
        for (int i = 0; i < n; i++) {
            String w = tokens.get(i);
            String lower = w.toLowerCase(Locale.ROOT);
            int start = starts.get(i), end = ends.get(i);
            boolean code = w.contains("_") || w.chars().anyMatch(Character::isDigit) || userNames.contains(w)
                    || (start > 0 && (text.charAt(start - 1) == '.' || text.charAt(start - 1) == ':' || text.charAt(start - 1) == '-'))  // x.field, :command, --option
                    || (end + 1 < text.length() && text.charAt(end) == '.' && Character.isLetter(text.charAt(end + 1)));
            // AND, XOR, FILE: a gate's name or a placeholder, not a word.
            code |= w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(lower);
            listed[i] = !code && ENGLISH.contains(lower);
            alone[i] = listed[i] && !SHARED_WITH_SPANISH.contains(lower) && !NN_NAMES.contains(lower);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!listed[i]) continue;
            // "accuracy, epoch, loss, lr": an item of a list of nn's names is a name too.
            boolean listOfNames = (i > 0 && text.substring(ends.get(i - 1), starts.get(i)).equals(", ") && nameLike(tokens.get(i - 1)))
                    || (i + 1 < n && text.substring(ends.get(i), starts.get(i + 1)).equals(", ") && nameLike(tokens.get(i + 1)));
            if (listOfNames) continue;
            // Beside another listed word, not both nn's names: "is not" is English, "else if" and
            // "stop when loss" are code.
            boolean name = NN_NAMES.contains(tokens.get(i).toLowerCase(Locale.ROOT));
            boolean beside = (i > 0 && listed[i - 1] && onlySpaceBetween(text, ends.get(i - 1), starts.get(i))
                            && !(name && NN_NAMES.contains(tokens.get(i - 1).toLowerCase(Locale.ROOT))))
                    || (i + 1 < n && listed[i + 1] && onlySpaceBetween(text, ends.get(i), starts.get(i + 1))
                            && !(name && NN_NAMES.contains(tokens.get(i + 1).toLowerCase(Locale.ROOT))));
            if (alone[i] || beside) out.add(tokens.get(i));
        }
        return out;
    }

    private static boolean nameLike(String token) {
        return NN_NAMES.contains(token) || token.contains("_");
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        return text.substring(from, to).isBlank();
    }

    /** The student's part of a run: its source lines, its string literals (f-string text) and its names. */
    private record Program(Set<String> lines, List<String> literals, Set<String> names) {
        static Program of(String source) {
            Set<String> lines = new HashSet<>();
            List<String> literals = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (String raw : source.split("\n", -1)) {
                String line = raw.strip();
                // A whole-line comment is not the student's output (a golden script's expectations are comments).
                if (line.isEmpty() || line.startsWith("#")) continue;
                lines.add(line);
                String code = line;
                Matcher lit = LITERAL.matcher(line);
                StringBuilder outside = new StringBuilder();
                int last = 0;
                while (lit.find()) {
                    outside.append(line, last, lit.start()).append(' ');
                    last = lit.end();
                    for (String part : lit.group(1).split("\\{[^}]*\\}")) {
                        String p = part.replace("\\n", " ").replace("\\t", " ").strip();
                        if (p.chars().anyMatch(Character::isLetter)) literals.add(p);
                    }
                }
                outside.append(line.substring(last));
                code = COMMENT.matcher(outside.toString()).replaceAll("");
                Matcher w = WORD.matcher(code);
                while (w.find()) names.add(w.group());
            }
            literals.sort((a, b) -> b.length() - a.length());
            return new Program(lines, literals, names);
        }

        boolean containsLine(String trimmed) {
            if (lines.contains(trimmed)) return true;
            for (String l : lines) if (l.contains(trimmed) && trimmed.length() >= 8) return true;
            return false;
        }

        /** The line with the program's own text (its string literals) blanked out. */
        String withoutLiterals(String line) {
            String out = line;
            for (String lit : literals) {
                int at;
                while ((at = out.indexOf(lit)) >= 0) out = out.substring(0, at) + " " + out.substring(at + lit.length());
            }
            return out;
        }
    }

    /**
     * The findings that no allowance covers. An allowance is a fragment of a line that is known English in an
     * area still being translated; each one used is added to {@code used}, so a test can fail on one that no
     * longer matches anything (the text was translated: remove the allowance).
     */
    public static List<Finding> notAllowed(List<Finding> findings, java.util.Collection<String> allowances, Set<String> used) {
        List<Finding> left = new ArrayList<>();
        for (Finding f : findings) {
            String allowance = allowances.stream().filter(f.line()::contains).findFirst().orElse(null);
            if (allowance == null) left.add(f);
            else used.add(allowance);
        }
        return left;
    }

    /** A readable list of findings for an assertion message. */
    public static String report(String what, List<Finding> findings) {
        StringBuilder s = new StringBuilder("English in the Spanish output of " + what + ":");
        for (Finding f : findings) s.append("\n  ").append(f);
        return s.toString();
    }
}
