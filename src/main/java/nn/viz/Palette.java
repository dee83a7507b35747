package nn.viz;

/**
 * The class colours shared by PNG and terminal plots: Matplotlib's "tab10" (blue, orange, green,
 * red, purple, brown, pink, grey, olive, cyan), repeating after ten classes. Regions use a light
 * tint of the class colour so that data points in the full colour stand out on them.
 */
final class Palette {
    private Palette() {}

    private static final int[] CLASS_RGB = {
        0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};

    static final int WHITE = 0xffffff;
    static final int INK = 0x202020;
    static final int BOUNDARY = 0x505050;
    static final int AXIS = 0x404040;
    static final int GRID = 0xe4e4e4;

    /** The full colour of class {@code c}. */
    static int strong(int c) { return CLASS_RGB[c % CLASS_RGB.length]; }

    /** The light region colour of class {@code c}: 30 % class colour, 70 % white. */
    static int region(int c) { return mix(strong(c), WHITE, 0.30); }

    /** {@code a} weighted by {@code wa}, the rest {@code b}, per channel, rounded. */
    static int mix(int a, int b, double wa) {
        int out = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int ca = (a >> shift) & 0xff, cb = (b >> shift) & 0xff;
            out |= ((int) Math.round(wa * ca + (1 - wa) * cb)) << shift;
        }
        return out;
    }

    /** The nearest colour of the xterm 256-colour cube (indices 16 … 231). */
    static int xterm256(int rgb) {
        return 16 + 36 * cubeLevel((rgb >> 16) & 0xff) + 6 * cubeLevel((rgb >> 8) & 0xff) + cubeLevel(rgb & 0xff);
    }

    /**
     * The nearest colour of the xterm 256-colour palette, its grey ramp (232 … 255) included: the colour
     * cube alone has six greys, too few for the shades of a digit.
     */
    static int xterm256Any(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        int cube = xterm256(rgb);
        int ci = cube - 16, cr = CUBE[ci / 36], cg = CUBE[ci / 6 % 6], cb = CUBE[ci % 6];
        int level = Math.max(0, Math.min(23, (int) Math.round(((r + g + b) / 3.0 - 8) / 10)));
        int grey = 8 + 10 * level;
        long dCube = sq(r - cr) + sq(g - cg) + sq(b - cb), dGrey = sq(r - grey) + sq(g - grey) + sq(b - grey);
        return dGrey < dCube ? 232 + level : cube;
    }

    private static long sq(int v) { return (long) v * v; }

    private static final int[] CUBE = {0, 95, 135, 175, 215, 255};

    private static int cubeLevel(int v) {
        int best = 0;
        for (int i = 1; i < CUBE.length; i++) if (Math.abs(CUBE[i] - v) < Math.abs(CUBE[best] - v)) best = i;
        return best;
    }
}
