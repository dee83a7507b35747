package nn.lang.syntax;

import java.time.Duration;
import java.util.List;
import nn.lang.ast.AssignmentSettings;
import nn.lang.ast.Stmt;
import nn.lang.check.Names;
import nn.lang.source.Diagnostic;
import nn.lang.source.Span;

/**
 * Reads the words of an assignment's settings ({@code timeout 60s; seed 1; late penalty 10% per day}) and of a
 * test's header ({@code points 3 partial timeout 5s visible after due}). The grammar only collects words, so
 * each mistake here can say exactly what was expected.
 */
final class GradingHeaders {
    private GradingHeaders() {}

    enum Kind { NUMBER, STRING, NAME, PERCENT }

    record Word(Span span, String text, Kind kind) {}

    static final List<String> SETTINGS = List.of("submission", "timeout", "seed", "late penalty", "memory", "steps",
            "syntax errors graded");
    static final List<String> TEST_OPTIONS = List.of("points", "partial", "timeout", "visible after due", "visible after published");

    /** One setting line: its first word is the setting's name, the rest its value. */
    static AssignmentSettings setting(AssignmentSettings s, Span lineSpan, Word key, List<Word> rest) {
        Cursor c = new Cursor(lineSpan, rest);
        AssignmentSettings out = switch (key.text()) {
            case "submission" -> new AssignmentSettings(c.string("the file a submission holds, like submission \"hw2.nn\""),
                    s.timeout(), s.seed(), s.latePenaltyPerDay(), s.memoryBytes(), s.steps(), s.syntaxErrorsGraded());
            case "timeout" -> new AssignmentSettings(s.submission(), c.duration(), s.seed(), s.latePenaltyPerDay(),
                    s.memoryBytes(), s.steps(), s.syntaxErrorsGraded());
            case "seed" -> new AssignmentSettings(s.submission(), s.timeout(), (long) c.whole("seed 1"),
                    s.latePenaltyPerDay(), s.memoryBytes(), s.steps(), s.syntaxErrorsGraded());
            case "late" -> {
                c.word("penalty", "late penalty 10% per day");
                double pct = c.number("late penalty 10% per day");
                c.word("%", "late penalty 10% per day");
                c.word("per", "late penalty 10% per day");
                c.word("day", "late penalty 10% per day");
                if (pct < 0 || pct > 100) throw error(lineSpan, "a late penalty is a percent from 0 to 100, got " + pct, null);
                yield new AssignmentSettings(s.submission(), s.timeout(), s.seed(), pct, s.memoryBytes(), s.steps(),
                        s.syntaxErrorsGraded());
            }
            case "memory" -> new AssignmentSettings(s.submission(), s.timeout(), s.seed(), s.latePenaltyPerDay(),
                    c.bytes(), s.steps(), s.syntaxErrorsGraded());
            case "steps" -> new AssignmentSettings(s.submission(), s.timeout(), s.seed(), s.latePenaltyPerDay(),
                    s.memoryBytes(), (long) c.whole("steps 10000000"), s.syntaxErrorsGraded());
            case "syntax" -> {
                c.word("errors", "syntax errors graded");
                c.word("graded", "syntax errors graded");
                yield new AssignmentSettings(s.submission(), s.timeout(), s.seed(), s.latePenaltyPerDay(), s.memoryBytes(),
                        s.steps(), true);
            }
            default -> throw error(key.span(), "unknown setting '" + key.text() + "'; an assignment's settings are "
                    + String.join(", ", SETTINGS), Names.suggest(key.text(), List.of("submission", "timeout", "seed", "late",
                    "memory", "steps", "syntax")));
        };
        c.end("the setting " + key.text());
        return out;
    }

    /** A test's header words after its name. */
    static Stmt.Test test(Span span, String name, Span nameSpan, boolean hidden, List<Word> words, List<Stmt> body) {
        Cursor c = new Cursor(nameSpan, words);
        Double points = null;
        boolean partial = false;
        Duration timeout = null;
        Stmt.Visibility visibility = hidden ? Stmt.Visibility.HIDDEN : Stmt.Visibility.VISIBLE;
        while (c.more()) {
            Word w = c.next();
            switch (w.text()) {
                case "points" -> {
                    double p = c.number("points 2");
                    if (!(p > 0)) throw error(c.last().span(), "a test's points must be more than 0, got " + w(c.last()),
                            "a test that should not count can be left out");
                    points = p;
                }
                case "partial" -> partial = true;
                case "timeout" -> timeout = c.duration();
                case "visible" -> {
                    if (!hidden) throw error(w.span(), "only a hidden test has a visibility; this test is always visible",
                            "write hidden test \"" + name + "\" ... visible after due");
                    c.word("after", "visible after due");
                    Word when = c.next("due or published");
                    visibility = switch (when.text()) {
                        case "due" -> Stmt.Visibility.AFTER_DUE_DATE;
                        case "published" -> Stmt.Visibility.AFTER_PUBLISHED;
                        default -> throw error(when.span(), "expected 'due' or 'published' after 'visible after', got '"
                                + when.text() + "'", null);
                    };
                }
                default -> throw error(w.span(), "unknown test option '" + w.text() + "'; a test takes "
                        + String.join(", ", TEST_OPTIONS), Names.suggest(w.text(), List.of("points", "partial", "timeout", "visible")));
            }
        }
        if (points == null)
            throw error(nameSpan, "the test \"" + name + "\" has no points", "say what it is worth: test \"" + name + "\" points 2 { ... }");
        return new Stmt.Test(span, name, nameSpan, hidden, points, partial, timeout, visibility, body);
    }

    private static String w(Word w) { return w.text(); }

    static Diagnostic.Failure error(Span at, String message, String hint) {
        return new Diagnostic.Failure(Diagnostic.at(at, message, hint), Diagnostic.Kind.SYNTAX);
    }

    /** Walks a list of words, each step saying what it expected when the words run out or differ. */
    private static final class Cursor {
        private final Span owner;
        private final List<Word> words;
        private int i;

        Cursor(Span owner, List<Word> words) { this.owner = owner; this.words = words; }

        boolean more() { return i < words.size(); }
        Word last() { return words.get(i - 1); }

        Word next() { return words.get(i++); }

        Word next(String expected) {
            if (!more()) throw error(words.isEmpty() ? owner : last().span(), "expected " + expected + " here", null);
            return next();
        }

        void word(String text, String example) {
            Word w = next("'" + text + "' (as in " + example + ")");
            if (!w.text().equals(text)) throw error(w.span(), "expected '" + text + "', got '" + w.text() + "'", "write it as: " + example);
        }

        double number(String example) {
            Word w = next("a number (as in " + example + ")");
            if (w.kind() != Kind.NUMBER) throw error(w.span(), "expected a number, got '" + w.text() + "'", "write it as: " + example);
            return Double.parseDouble(w.text().replace("_", ""));
        }

        double whole(String example) {
            double d = number(example);
            if (d != Math.rint(d) || d < 0) throw error(last().span(), "expected a whole number, got " + last().text(), "write it as: " + example);
            return d;
        }

        String string(String what) {
            Word w = next("a string: " + what);
            if (w.kind() != Kind.STRING) throw error(w.span(), "expected a string: " + what, null);
            return w.text();
        }

        /** 60s, 500ms, 2m (the lexer splits 60s into 60 and s). */
        Duration duration() {
            double n = number("timeout 60s");
            Span numberSpan = last().span();
            if (!more() || words.get(i).kind() != Kind.NAME)
                throw error(numberSpan, "a time needs its unit", "write it as 60s, 500ms or 2m");
            Word unit = next();
            double ms = switch (unit.text()) {
                case "ms" -> n;
                case "s" -> n * 1000;
                case "m", "min" -> n * 60_000;
                default -> throw error(unit.span(), "unknown unit of time '" + unit.text() + "'", "use ms, s or m: 500ms, 60s, 2m");
            };
            if (!(ms > 0)) throw error(numberSpan, "a time must be more than 0", null);
            return Duration.ofMillis(Math.round(ms));
        }

        /** 512m, 2g: a number with k, m or g after it. */
        long bytes() {
            double n = number("memory 512m");
            Span numberSpan = last().span();
            if (!more() || words.get(i).kind() != Kind.NAME)
                throw error(numberSpan, "a size needs its unit", "write it as 512m or 2g");
            Word unit = next();
            long factor = switch (unit.text().toLowerCase(java.util.Locale.ROOT)) {
                case "k" -> 1L << 10;
                case "m" -> 1L << 20;
                case "g" -> 1L << 30;
                default -> throw error(unit.span(), "unknown unit of size '" + unit.text() + "'", "use k, m or g: 512m, 2g");
            };
            if (!(n > 0)) throw error(numberSpan, "a size must be more than 0", null);
            return (long) (n * factor);
        }

        void end(String what) {
            if (more()) throw error(words.get(i).span(), "unexpected '" + words.get(i).text() + "' after " + what, null);
        }
    }
}
