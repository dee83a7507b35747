package nn.lang.syntax;

import nn.i18n.Messages;
import java.time.Duration;
import java.util.List;
import nn.lang.ast.AssignmentSettings;
import nn.lang.ast.Stmt;
import nn.lang.check.Names;
import nn.lang.source.Diagnostic;
import nn.lang.source.Span;
import nn.tensor.decimal.DecimalParser;

/**
 * Reads the words of an assignment's settings ({@code timeout 60s; seed 1; late penalty 10% per day}) and of a
 * test's header ({@code points 3 partial timeout 5s visible after due}). The grammar only collects words, so
 * each mistake here can say exactly what was expected.
 */
final class GradingHeaders {
    private GradingHeaders() {}

    enum Kind { NUMBER, STRING, NAME, PERCENT }

    record Word(Span span, String text, Kind kind) {}

    /** The least heap a child JVM runs nn in (ChildJvm never starts one with less). */
    static final long MIN_MEMORY = 64L << 20;
    /** The most: 1 TiB, far beyond any machine that grades homework (the grader also checks its own machine's memory). */
    static final long MAX_MEMORY = 1L << 40;
    /** The longest time a script or a test may be given: a day. */
    static final long MAX_TIME_MS = 24L * 60 * 60 * 1000;
    static final long MAX_STEPS = 1_000_000_000_000_000L;
    /** Seeds up to 2^53, the whole numbers a number in nn holds exactly. */
    static final long MAX_SEED = 1L << 53;
    static final double MAX_POINTS = 1_000_000;
    static final String MAX_POINTS_TEXT = "1000000";

    static final List<String> SETTINGS = List.of("submission", "timeout", "seed", "late penalty", "memory", "steps",
            "syntax errors graded", "language");
    static final List<String> TEST_OPTIONS = List.of("points", "partial", "timeout", "visible after due", "visible after published");

    /** One setting line: its first word is the setting's name, the rest its value. */
    static AssignmentSettings setting(AssignmentSettings s, Span lineSpan, Word key, List<Word> rest) {
        Cursor c = new Cursor(lineSpan, rest);
        AssignmentSettings out = switch (key.text()) {
            case "submission" -> new AssignmentSettings(c.fileName(),
                    s.timeout(), s.seed(), s.latePenaltyPerDay(), s.memoryBytes(), s.steps(), s.syntaxErrorsGraded(), s.language(), s.memoryAt());
            case "timeout" -> new AssignmentSettings(s.submission(), c.duration(), s.seed(), s.latePenaltyPerDay(),
                    s.memoryBytes(), s.steps(), s.syntaxErrorsGraded(), s.language(), s.memoryAt());
            case "seed" -> new AssignmentSettings(s.submission(), s.timeout(), c.bounded("seed 1", 0, MAX_SEED),
                    s.latePenaltyPerDay(), s.memoryBytes(), s.steps(), s.syntaxErrorsGraded(), s.language(), s.memoryAt());
            case "late" -> {
                c.word("penalty", "late penalty 10% per day");
                double pct = c.number("late penalty 10% per day");
                c.word("%", "late penalty 10% per day");
                c.word("per", "late penalty 10% per day");
                c.word("day", "late penalty 10% per day");
                if (pct < 0 || pct > 100) throw error(lineSpan, Messages.t("lang.header.late-penalty-range", pct), null);
                yield new AssignmentSettings(s.submission(), s.timeout(), s.seed(), pct, s.memoryBytes(), s.steps(),
                        s.syntaxErrorsGraded(), s.language(), s.memoryAt());
            }
            case "memory" -> {
                long bytes = c.bytes();
                yield new AssignmentSettings(s.submission(), s.timeout(), s.seed(), s.latePenaltyPerDay(),
                        bytes, s.steps(), s.syntaxErrorsGraded(), s.language(), c.numberSpan);
            }
            case "steps" -> new AssignmentSettings(s.submission(), s.timeout(), s.seed(), s.latePenaltyPerDay(),
                    s.memoryBytes(), c.bounded("steps 10000000", 1, MAX_STEPS), s.syntaxErrorsGraded(), s.language(), s.memoryAt());
            case "syntax" -> {
                c.word("errors", "syntax errors graded");
                c.word("graded", "syntax errors graded");
                yield new AssignmentSettings(s.submission(), s.timeout(), s.seed(), s.latePenaltyPerDay(), s.memoryBytes(),
                        s.steps(), true, s.language(), s.memoryAt());
            }
            case "language" -> {
                Word word = c.nextOr(Messages.t("lang.header.expected-language-here"));
                if (nn.i18n.Lang.parse(word.text()) == null || !word.text().equals(nn.i18n.Lang.parse(word.text()).code()))
                    throw error(word.span(), Messages.t("lang.header.unknown-language", word.text()), Messages.t("lang.header.language-hint"));
                yield new AssignmentSettings(s.submission(), s.timeout(), s.seed(), s.latePenaltyPerDay(), s.memoryBytes(),
                        s.steps(), s.syntaxErrorsGraded(), word.text(), s.memoryAt());
            }
            default -> throw error(key.span(), Messages.t("lang.header.unknown-setting", key.text(), String.join(", ", SETTINGS)), Names.suggest(key.text(), List.of("submission", "timeout", "seed", "late",
                    "memory", "steps", "syntax", "language")));
        };
        c.end(Messages.t("lang.header.the-setting", key.text()));
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
                    if (!(p > 0)) throw error(c.last().span(), Messages.t("lang.header.points-positive", w(c.last())),
                            Messages.t("lang.header.points-positive-hint"));
                    // Bounded so that no class's total (tests × points, in thousandths) can overflow or lose digits.
                    if (!(p <= MAX_POINTS)) throw error(c.last().span(), Messages.t("lang.header.points-too-many", w(c.last()), MAX_POINTS_TEXT),
                            Messages.t("lang.header.points-too-many-hint"));
                    points = p;
                }
                case "partial" -> partial = true;
                case "timeout" -> timeout = c.duration();
                case "visible" -> {
                    if (!hidden) throw error(w.span(), Messages.t("lang.header.visibility-not-hidden"),
                            Messages.t("lang.header.visibility-not-hidden-hint", name));
                    c.word("after", "visible after due");
                    Word when = c.nextOr(Messages.t("lang.header.expected-due-or-published"));
                    visibility = switch (when.text()) {
                        case "due" -> Stmt.Visibility.AFTER_DUE_DATE;
                        case "published" -> Stmt.Visibility.AFTER_PUBLISHED;
                        default -> throw error(when.span(), Messages.t("lang.header.due-or-published", when.text()), null);
                    };
                }
                default -> throw error(w.span(), Messages.t("lang.header.unknown-test-option", w.text(), String.join(", ", TEST_OPTIONS)), Names.suggest(w.text(), List.of("points", "partial", "timeout", "visible")));
            }
        }
        if (points == null)
            throw error(nameSpan, Messages.t("lang.header.no-points", name), Messages.t("lang.header.no-points-hint", name));
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
        /** The span of the number a size or a time began with. */
        Span numberSpan;

        Cursor(Span owner, List<Word> words) { this.owner = owner; this.words = words; }

        boolean more() { return i < words.size(); }
        Word last() { return words.get(i - 1); }

        Word next() { return words.get(i++); }

        /** The next word, or the error {@code expectedHere} ("expected a number (as in …) here") when there is none. */
        Word nextOr(String expectedHere) {
            if (!more()) throw error(words.isEmpty() ? owner : last().span(), expectedHere, null);
            return next();
        }

        void word(String text, String example) {
            Word w = nextOr(Messages.t("lang.header.expected-word-here", text, example));
            if (!w.text().equals(text)) throw error(w.span(), Messages.t("lang.header.expected-word", text, w.text()), Messages.t("lang.header.write-it-as", example));
        }

        double number(String example) {
            Word w = nextOr(Messages.t("lang.header.expected-number-here", example));
            if (w.kind() != Kind.NUMBER) throw error(w.span(), Messages.t("lang.header.expected-number", w.text()), Messages.t("lang.header.write-it-as", example));
            return DecimalParser.parseDouble(w.text().replace("_", ""));
        }

        double whole(String example) {
            double d = number(example);
            if (d != Math.rint(d) || d < 0) throw error(last().span(), Messages.t("lang.header.expected-whole-number", last().text()), Messages.t("lang.header.write-it-as", example));
            return d;
        }

        /** A whole number from {@code min} to {@code max}: a step budget, a seed. */
        long bounded(String example, long min, long max) {
            double d = whole(example);
            if (d < min || d > max)
                throw error(last().span(), Messages.t("lang.header.number-range", example.split(" ")[0] + " " + last().text(), min, max), Messages.t("lang.header.write-it-as", example));
            return (long) d;
        }

        /**
         * The file a submission folder holds: a plain name inside that folder, never a path (a/b, ../x, C:\x),
         * never hidden (.hw.nn: dot-entries are not copied for the child), never with control characters.
         */
        String fileName() {
            String name = string(Messages.t("lang.header.submission-file"));
            Span at = last().span();
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")
                    || name.codePoints().anyMatch(Character::isISOControl) || name.contains(":"))
                throw error(at, Messages.t("lang.header.submission-not-a-name", nn.lang.source.Visible.name(name)), Messages.t("lang.header.submission-name-hint"));
            if (name.startsWith("."))
                throw error(at, Messages.t("lang.header.submission-hidden", nn.lang.source.Visible.name(name)), Messages.t("lang.header.submission-name-hint"));
            return name;
        }

        String string(String what) {
            Word w = nextOr(Messages.t("lang.header.expected-string-here", what));
            if (w.kind() != Kind.STRING) throw error(w.span(), Messages.t("lang.header.expected-string", what), null);
            return w.text();
        }

        /** 60s, 500ms, 2m (the lexer splits 60s into 60 and s). */
        Duration duration() {
            double n = number("timeout 60s");
            Span numberSpan = last().span();
            this.numberSpan = numberSpan;
            if (!more() || words.get(i).kind() != Kind.NAME)
                throw error(numberSpan, Messages.t("lang.header.time-unit"), Messages.t("lang.header.time-unit-hint"));
            Word unit = next();
            double ms = switch (unit.text()) {
                case "ms" -> n;
                case "s" -> n * 1000;
                case "m", "min" -> n * 60_000;
                default -> throw error(unit.span(), Messages.t("lang.header.unknown-time-unit", unit.text()), Messages.t("lang.header.unknown-time-unit-hint"));
            };
            if (!(ms >= 0.5)) throw error(numberSpan, Messages.t("lang.header.time-positive"), null);
            if (!(ms <= MAX_TIME_MS)) throw error(numberSpan, Messages.t("lang.header.time-too-long", words.get(i - 2).text() + unit.text()),
                    Messages.t("lang.header.time-too-long-hint"));
            return Duration.ofMillis(Math.round(ms));
        }

        /** 512m, 2g: a number with k, m or g after it. */
        long bytes() {
            double n = number("memory 512m");
            Span numberSpan = last().span();
            this.numberSpan = numberSpan;
            if (!more() || words.get(i).kind() != Kind.NAME)
                throw error(numberSpan, Messages.t("lang.header.size-unit"), Messages.t("lang.header.size-unit-hint"));
            Word unit = next();
            long factor = switch (unit.text().toLowerCase(java.util.Locale.ROOT)) {
                case "k" -> 1L << 10;
                case "m" -> 1L << 20;
                case "g" -> 1L << 30;
                default -> throw error(unit.span(), Messages.t("lang.header.unknown-size-unit", unit.text()), Messages.t("lang.header.unknown-size-unit-hint"));
            };
            if (!(n > 0)) throw error(numberSpan, Messages.t("lang.header.size-positive"), null);
            double bytes = n * factor;
            String said = words.get(i - 2).text() + unit.text();
            if (bytes < MIN_MEMORY) throw error(numberSpan, Messages.t("lang.header.memory-too-small", said), Messages.t("lang.header.memory-range-hint"));
            if (!(bytes <= MAX_MEMORY)) throw error(numberSpan, Messages.t("lang.header.memory-too-large", said), Messages.t("lang.header.memory-range-hint"));
            return (long) bytes;
        }

        void end(String what) {
            if (more()) throw error(words.get(i).span(), Messages.t("lang.header.unexpected-after", words.get(i).text(), what), null);
        }
    }
}
