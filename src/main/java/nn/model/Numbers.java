package nn.model;

/** Short number text for descriptions: 0.05, 1e-08, 2 — no trailing ".0". */
final class Numbers {
    private Numbers() {}

    static String text(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
