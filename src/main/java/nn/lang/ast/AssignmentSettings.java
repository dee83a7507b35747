package nn.lang.ast;

import java.time.Duration;

/**
 * The settings block of {@code assignment "title" { ... }}; null (or false) where the block does not say.
 *
 * @param submission          the file a submission folder is expected to hold ("hw2.nn")
 * @param timeout             wall time of each test unless the test sets its own
 * @param seed                the random seed every test starts from
 * @param latePenaltyPerDay   percent of the score taken per day late (Gradescope's submission metadata)
 * @param memoryBytes         heap of the child JVM that runs one submission
 * @param steps               step budget of the submission's script and of each test
 * @param syntaxErrorsGraded  a submission that does not parse scores 0 (true) or is returned ungraded (false)
 * @param language            the language of the students' feedback, "en" or "es" (null: the grader's own)
 * @param memoryAt            where the memory setting's number is, for the grader's check against the machine (null without one)
 */
public record AssignmentSettings(String submission, Duration timeout, Long seed, Double latePenaltyPerDay,
                                 Long memoryBytes, Long steps, boolean syntaxErrorsGraded, String language, nn.lang.source.Span memoryAt) {
    public static AssignmentSettings none() { return new AssignmentSettings(null, null, null, null, null, null, false, null, null); }
}
