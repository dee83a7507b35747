package nn.similar;

import java.util.List;

/** What a comparison found: the pairs at or above the threshold, most similar first, and the groups. */
public record Result(List<Submission> submissions, List<Pair> pairs, List<Group> groups, Settings settings,
                     int commonCount, int starterFingerprints) {

    /**
     * Two submissions that share code. {@code similarity} is the Dice coefficient of their fingerprint
     * sets, 2·|A∩B| / (|A| + |B|): 1 when the normalised programs are the same. {@code coveredA} and
     * {@code coveredB} are the fractions of each one's tokens inside a matching region.
     */
    public record Pair(Submission a, Submission b, double similarity, int shared, double coveredA, double coveredB,
                       List<Region> regions) {}

    /** One matching run of tokens, as the lines it covers in each submission (several ranges if reordered). */
    public record Region(int tokens, List<Lines> a, List<Lines> b) {}

    /** Lines {@code from}..{@code to} of file {@code file} (an index into the submission's files). */
    public record Lines(int file, int from, int to) {}

    /** Three or more submissions connected by pairs above the threshold. */
    public record Group(List<Submission> members, double lowest, double mean, int pairs) {}
}
