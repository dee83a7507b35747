package nn.data;

import nn.i18n.Messages;
import java.util.List;
import nn.tensor.Fdlibm;
import nn.tensor.Matrix;
import nn.tensor.Rng;

/**
 * Two-dimensional toy datasets for classification, drawn from an explicit seed: the same arguments
 * give the same bits on every machine. Points are shared among the classes as evenly as possible
 * (the first classes get one more when it does not divide), and rows are shuffled with the same seed,
 * so the classes are interleaved as a sequential learning rule expects. Features are named x1, x2.
 */
public final class Generators {
    private Generators() {}

    /**
     * The CS231n spiral: class j has radius r = 0 … 1 and angle t = 4j … 4(j+1) (evenly spaced) plus
     * Gaussian noise of standard deviation {@code noise} on t; the point is (r sin t, r cos t).
     */
    public static Dataset spiral(int points, int classes, double noise, long seed) {
        check("spiral", points, classes, noise, "noise");
        Rng rng = new Rng(seed);
        Builder b = new Builder(points);
        for (int j = 0; j < classes; j++) {
            int n = share(points, classes, j);
            for (int i = 0; i < n; i++) {
                double r = fraction(i, n);
                double t = 4.0 * j + 4.0 * fraction(i, n) + noise * rng.nextGaussian();
                b.add(r * Fdlibm.sin(t), r * Fdlibm.cos(t), j);
            }
        }
        return b.build("spiral", classes, rng);
    }

    /** Two concentric circles (as scikit-learn's make_circles): class 0 the outer of radius 1, class 1 the inner of radius 0.5. */
    public static Dataset circles(int points, double noise, long seed) { return circles(points, noise, 0.5, seed); }

    /** Two concentric circles; {@code factor} (0 … 1) is the inner radius. Noise is added to each coordinate. */
    public static Dataset circles(int points, double noise, double factor, long seed) {
        check("circles", points, 2, noise, "noise");
        if (!(factor > 0 && factor < 1)) throw new DataException(Messages.t("data.circles-factor", Format.number(factor)));
        Rng rng = new Rng(seed);
        Builder b = new Builder(points);
        for (int j = 0; j < 2; j++) {
            int n = share(points, 2, j);
            double radius = j == 0 ? 1.0 : factor;
            for (int i = 0; i < n; i++) {
                double t = 2 * StrictMath.PI * i / n;
                b.add(radius * Fdlibm.cos(t) + noise * rng.nextGaussian(),
                        radius * Fdlibm.sin(t) + noise * rng.nextGaussian(), j);
            }
        }
        return b.build("circles", 2, rng);
    }

    /** Two interleaving half-moons (as scikit-learn's make_moons); noise is added to each coordinate. */
    public static Dataset moons(int points, double noise, long seed) {
        check("moons", points, 2, noise, "noise");
        Rng rng = new Rng(seed);
        Builder b = new Builder(points);
        for (int j = 0; j < 2; j++) {
            int n = share(points, 2, j);
            for (int i = 0; i < n; i++) {
                double t = StrictMath.PI * fraction(i, n);
                double x = j == 0 ? Fdlibm.cos(t) : 1 - Fdlibm.cos(t);
                double y = j == 0 ? Fdlibm.sin(t) : 0.5 - Fdlibm.sin(t);
                b.add(x + noise * rng.nextGaussian(), y + noise * rng.nextGaussian(), j);
            }
        }
        return b.build("moons", 2, rng);
    }

    /**
     * Gaussian blobs of standard deviation {@code std}, one class each, their centres evenly spaced on
     * a circle of radius 4 around the origin (a single blob sits at the origin).
     */
    public static Dataset blobs(int points, int centers, double std, long seed) {
        check("blobs", points, centers, std, "std");
        Rng rng = new Rng(seed);
        Builder b = new Builder(points);
        for (int j = 0; j < centers; j++) {
            double angle = 2 * StrictMath.PI * j / centers;
            double cx = centers == 1 ? 0 : 4 * Fdlibm.cos(angle), cy = centers == 1 ? 0 : 4 * Fdlibm.sin(angle);
            for (int i = 0, n = share(points, centers, j); i < n; i++)
                b.add(cx + std * rng.nextGaussian(), cy + std * rng.nextGaussian(), j);
        }
        return b.build("blobs", centers, rng);
    }

    /**
     * XOR with noise: points around the four corners (0,0), (0,1), (1,0), (1,1) of the unit square,
     * Gaussian noise of standard deviation {@code noise} on each coordinate, class a XOR b of the corner.
     */
    public static Dataset xorGrid(int points, double noise, long seed) {
        check("xor_grid", points, 4, noise, "noise");
        Rng rng = new Rng(seed);
        Builder b = new Builder(points);
        for (int corner = 0; corner < 4; corner++) {
            int a = corner >> 1, c = corner & 1;
            for (int i = 0, n = share(points, 4, corner); i < n; i++)
                b.add(a + noise * rng.nextGaussian(), c + noise * rng.nextGaussian(), a ^ c);
        }
        return b.build("xor_grid", 2, rng);
    }

    private static void check(String what, int points, int groups, double noise, String noiseName) {
        if (groups < 1) throw new DataException(Messages.t("data.generator-no-class", what, groups));
        if (points < groups)
            throw new DataException(what.equals("xor_grid") ? Messages.t("data.generator-points-per-corner", what, groups, points)
                    : Messages.t("data.generator-points-per-class", what, groups, points));
        if (!(noise >= 0) || Double.isInfinite(noise))
            throw new DataException(Messages.t("data.generator-noise", what, noiseName, Format.number(noise)));
    }

    /** How many of {@code points} group {@code j} of {@code groups} gets. */
    private static int share(int points, int groups, int j) { return points / groups + (j < points % groups ? 1 : 0); }

    /** i/(n−1): evenly spaced from 0 to 1 inclusive, as NumPy's linspace. */
    private static double fraction(int i, int n) { return n == 1 ? 0 : (double) i / (n - 1); }

    /** Collects points in class order, then shuffles the rows with the generator's own Rng. */
    private static final class Builder {
        private final double[] xy;
        private final int[] cls;
        private int n;

        Builder(int points) { xy = new double[2 * points]; cls = new int[points]; }

        void add(double x, double y, int c) { xy[2 * n] = x; xy[2 * n + 1] = y; cls[n++] = c; }

        Dataset build(String name, int classes, Rng rng) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            rng.shuffle(order);
            Dataset ordered = Dataset.classification(name, new Matrix(n, 2, xy), cls, classes);
            return ordered.select(order).withNames(List.of("x1", "x2"), List.of());
        }
    }
}
