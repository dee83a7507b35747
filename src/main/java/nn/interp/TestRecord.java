package nn.interp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nn.lang.source.Span;

/**
 * What one grading test observed while its body ran (see {@link Interpreter#startTest}): each expect
 * statement's outcome (an expect in a loop passes only if every run of it passed), the failures in the
 * student's words, the assertion that ended the test, and the score the test set itself.
 */
public final class TestRecord {
    /**
     * A failed check: the message as printed outside tests, where in the assignment file it is, and the
     * check's own message alone (the text after the comma, or null), which is all a hidden test may show.
     */
    public record Failure(Span span, String message, String note) {}

    private final Map<Span, Boolean> expects = new LinkedHashMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private Failure assertion;
    private Double score;

    void expectation(Span at, boolean passed, String message, String note) {
        expects.merge(at, passed, Boolean::logicalAnd);
        if (!passed) failures.add(new Failure(at, message, note));
    }

    void assertionFailed(Span at, String message, String note) {
        assertion = new Failure(at, message, note);
        failures.add(assertion);
    }

    void score(double s) { score = s; }

    /** Expect statements that ran, by place, and whether every run of each passed. */
    public Map<Span, Boolean> expects() { return expects; }
    public List<Failure> failures() { return failures; }
    /** The failed assert that ended the test, or null. */
    public Failure assertion() { return assertion; }
    /** The fraction the test set with {@code score}, or null when it set none. */
    public Double score() { return score; }
}
