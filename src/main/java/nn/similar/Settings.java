package nn.similar;

/**
 * How submissions are compared.
 * @param k           tokens per hashed k-gram: shorter matches never count
 * @param window      winnowing window: matches of {@code window + k - 1} tokens or more always count
 * @param threshold   pairs with a similarity at or above this are listed and refined
 * @param common      a fingerprint found in more than this fraction of the submissions (and in at least
 *                    {@link #COMMON_FLOOR} of them) is code the assignment leads everyone to write, and does not count
 */
public record Settings(int k, int window, double threshold, double common) {
    /** However small the class, code shared by only a few submissions is never treated as common. */
    static final int COMMON_FLOOR = 10;

    public static Settings defaults() { return new Settings(12, 8, 0.6, 0.3); }

    public Settings withThreshold(double t) { return new Settings(k, window, t, common); }

    /** The number of submissions a fingerprint must appear in to be common code. */
    int commonCount(int submissions) {
        return Math.max(COMMON_FLOOR, (int) Math.floor(common * submissions) + 1);
    }
}
