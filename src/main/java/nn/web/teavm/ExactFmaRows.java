package nn.web.teavm;

/**
 * The browser's twin of the portable matrix product's inner loops ({@code nn.tensor.kernel.PortableRows}; the
 * build plugin {@link MathPlugin} sends their calls here): {@code t[j] = fma(op(a)(i, p), y[p][j], t[j])} for
 * one, two or three output rows, over p in [p0, p1) in ascending order, the same fma chain per element and so
 * the same bits. JavaScript has no fused multiply-add, and calling {@link ExactFma} per element costs a call and
 * a few dozen operations each time; here the work that repeats is done once:
 * <ul>
 *   <li>a zero a(i, p) (most of MNIST's pixels, a ReLU's zeros) makes a whole row of exact ±0 products: one
 *       plain multiply-add per element, as {@link ExactFma#fma} does for a zero factor;</li>
 *   <li>Veltkamp's split of a(i, p) is made once per row of y, and the split of each y[p][j] once per packed
 *       panel (the panel is shared by every output row), so Dekker's exact product is four multiplies;</li>
 *   <li>instead of rounding the low parts to odd, the usual case is decided by one test: the sum rounded to
 *       nearest is only wrong when it fell exactly on a midpoint and the dropped error points past it.</li>
 * </ul>
 * Anything outside the ranges where those steps are exact (huge, tiny or non-finite values, sums that cancel
 * almost to nothing) goes to {@link ExactFma#fma}. The loops have no branch on a value's sign: in a product
 * of random weights those are taken at random, and each misprediction costs more than the arithmetic. The panel cache is plain static state: the browser runs
 * nn on one thread.
 */
public final class ExactFmaRows {
    private ExactFmaRows() {}

    /** Veltkamp's splitter for doubles: 2^27 + 1. */
    private static final double SPLITTER = 134217729.0;
    /** Factors inside [2^-450, 2^450] keep Dekker's product exact and normal. */
    private static final double SMALL = 0x1p-450, LARGE = 0x1p450;
    /** Results inside [2^-900, 2^1000]: every step normal, nothing overflows. */
    private static final double TINY_RESULT = 0x1p-900, HUGE = 0x1p1000;
    /** The low part must be this much smaller than the result (always, but for sums that cancel). */
    private static final double LOW_PART_SCALE = 0x1p30;

    /** The panel whose splits are cached, its rows' state (0 not split yet, 1 split, 2 out of range), the splits. */
    private static double[][] panel;
    private static byte[] state = new byte[0];
    private static double[] high = new double[0], low = new double[0];
    private static int width;

    public static void rows3(double[] a, int a0, int a1, int a2, int acs, double[][] y,
                             double[] t0, double[] t1, double[] t2, int p0, int p1, int len) {
        row(a, a0, acs, y, t0, p0, p1, len);
        row(a, a1, acs, y, t1, p0, p1, len);
        row(a, a2, acs, y, t2, p0, p1, len);
    }

    public static void rows2(double[] a, int a0, int a1, int acs, double[][] y,
                             double[] t0, double[] t1, int p0, int p1, int len) {
        row(a, a0, acs, y, t0, p0, p1, len);
        row(a, a1, acs, y, t1, p0, p1, len);
    }

    public static void rows1(double[] a, int a0, int acs, double[][] y, double[] t0, int p0, int p1, int len) {
        row(a, a0, acs, y, t0, p0, p1, len);
    }

    /**
     * One output row: each step p over the whole row, so every element's chain still runs in ascending p. A zero
     * a(i, p) adds ±0 to every element, which changes nothing where y's row is finite and the row holds no −0
     * (−0 + +0 is +0): such steps are skipped. A step with x and y's row in range never writes a −0 where there
     * was none: x·y + c is then exactly 0 only when it cancels or when y is 0 and c is +0 (+0 either way, rounded
     * to nearest), and otherwise at least 2^-1004 in magnitude; so only the other steps make the row look again.
     */
    private static void row(double[] a, int ai, int acs, double[][] y, double[] t, int p0, int p1, int len) {
        boolean negativeZero = hasNegativeZero(t, len);
        for (int p = p0; p < p1; p++) {
            double x = a[ai + p * acs];
            double[] yp = y[p];
            boolean inRange = split(y, p, len);
            if (x == 0) {
                if (inRange && !negativeZero) continue;
                // ±0 times a finite y is an exact ±0, so one rounding: the fused result (and 0·∞ is NaN, as fma's).
                for (int j = 0; j < len; j++) t[j] = x * yp[j] + t[j];
                negativeZero = hasNegativeZero(t, len);
                continue;
            }
            double ax = Math.abs(x);
            if (ax >= SMALL && ax <= LARGE && inRange) {
                dekker(x, yp, p * width, t, len);
            } else {
                for (int j = 0; j < len; j++) t[j] = ExactFma.fma(x, yp[j], t[j]);
                negativeZero = hasNegativeZero(t, len);
            }
        }
    }

    private static boolean hasNegativeZero(double[] t, int len) {
        for (int j = 0; j < len; j++) if (t[j] == 0 && 1 / t[j] < 0) return true;
        return false;
    }

    /**
     * t[j] = fma(x, yp[j], t[j]) for a nonzero x inside [2^-450, 2^450] and a row of y inside that range or 0.
     * The exact x·y is ph + pl (Dekker, with the cached splits), c + ph is th + tl (Knuth's TwoSum), and
     * s = tl + pl rounded with error e, so the exact result is th + s + e. Where s is far below th (by 2^30 and
     * more), r = th + s rounded to nearest is already the fused result unless th + s lies exactly on a midpoint
     * between two doubles: the midpoints and th + s are multiples of s's ulp, and |e| is at most half of it, so
     * e can only move a sum that sits on a midpoint. Then e's side decides (ties-to-even already chose r when
     * e is 0 or points back).
     */
    private static void dekker(double x, double[] yp, int at, double[] t, int len) {
        double cx = SPLITTER * x, xh = cx - (cx - x), xl = x - xh;
        double[] yh = high, yl = low;
        for (int j = 0; j < len; j++) {
            double b = yp[j], c = t[j], bh = yh[at + j], bl = yl[at + j];
            double ph = x * b;
            double pl = ((xh * bh - ph) + xh * bl + xl * bh) + xl * bl;
            double th = c + ph;
            double tv = th - c;
            double tl = (c - (th - tv)) + (ph - tv);
            double s = tl + pl;
            double r = th + s;
            // Math.abs, not a test of the sign: the signs are random, and a mispredicted branch costs more than all
            // of the arithmetic (Math.abs is one instruction in JavaScript).
            double ar = Math.abs(r), as = Math.abs(s);
            if (ar >= TINY_RESULT && ar <= HUGE && as * LOW_PART_SCALE <= ar) {
                // th + s = r + d exactly (Fast2Sum: |th| > |s|); on a midpoint, d is half the gap to r's neighbour.
                double d = s - (r - th), twice = d + d;
                if ((r + twice) - r == twice && d != 0) {
                    double sv = s - tl;
                    double e = (tl - (s - sv)) + (pl - sv);
                    if (e != 0 && (e > 0) == (d > 0)) r += twice;
                }
                t[j] = r;
            } else {
                t[j] = ExactFma.fma(x, b, c);
            }
        }
    }

    /**
     * Whether row p of the panel y is inside [2^-450, 2^450] or 0, splitting it into the cache the first time:
     * {@code high[p·width + j] + low[p·width + j] == y[p][j]}, each half with at most 26 significant bits.
     */
    private static boolean split(double[][] y, int p, int len) {
        if (y != panel || len != width) {
            panel = y;
            width = len;
            int size = y.length * len;
            if (state.length < y.length) state = new byte[y.length];
            else java.util.Arrays.fill(state, 0, y.length, (byte) 0);
            if (high.length < size) {
                high = new double[size];
                low = new double[size];
            }
        }
        if (state[p] == 0) state[p] = splitRow(y[p], p * width, len) ? (byte) 1 : (byte) 2;
        return state[p] == 1;
    }

    private static boolean splitRow(double[] yp, int at, int len) {
        for (int j = 0; j < len; j++) {
            double b = yp[j], ab = Math.abs(b);
            if (!(b == 0 || ab >= SMALL && ab <= LARGE)) return false;
            double cb = SPLITTER * b, bh = cb - (cb - b);
            high[at + j] = bh;
            low[at + j] = b - bh;
        }
        return true;
    }
}
