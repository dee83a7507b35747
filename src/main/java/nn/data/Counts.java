package nn.data;

/** "1 value", "2 values", "1 class", "3 classes": a count and its noun, for messages. */
public final class Counts {
    private Counts() {}

    /** {@code n} and {@code noun}, plural (s, or es after s) unless n is 1. */
    public static String of(long n, String noun) {
        String many = noun.endsWith("s") ? noun + "es" : noun + "s";
        return n + " " + (n == 1 ? noun : many);
    }
}
