package nn.data;

import nn.i18n.Messages;
import java.util.Arrays;
import nn.tensor.Matrix;

/**
 * Z-score scaling of each feature, x' = (x − mean) / std, with the statistics of the data it was
 * fitted on, so that test data can be scaled with the training data's statistics. {@code std} is
 * the population standard deviation (divided by m, as NumPy and scikit-learn). A constant column
 * (std 0) is only centred: its scale is taken as 1, so it becomes all zeros instead of NaN, and
 * {@link #constantColumns()} names it.
 */
public record Standardization(double[] mean, double[] std) {

    public Standardization {
        if (mean.length != std.length) throw new IllegalArgumentException(Messages.t("internal.mean-std-lengths"));
        mean = mean.clone();
        std = std.clone();
    }

    /** The statistics of {@code ds}'s inputs. */
    public static Standardization fit(Dataset ds) {
        Matrix x = ds.inputs();
        int m = x.rows(), f = x.cols();
        if (m == 0) throw new DataException(Messages.t("data.no-rows-for-means", ds.name()));
        double[] d = x.data(), mean = new double[f], std = new double[f];
        for (int i = 0; i < m; i++) for (int c = 0; c < f; c++) mean[c] += d[i * f + c];
        for (int c = 0; c < f; c++) mean[c] /= m;
        for (int i = 0; i < m; i++)
            for (int c = 0; c < f; c++) { double dev = d[i * f + c] - mean[c]; std[c] += dev * dev; }
        for (int c = 0; c < f; c++) std[c] = StrictMath.sqrt(std[c] / m);
        return new Standardization(mean, std);
    }

    /** Fits on {@code ds} and scales it: the usual call for training data. */
    public static Result normalize(Dataset ds) {
        Standardization s = fit(ds);
        return new Result(s.apply(ds), s);
    }

    /** A scaled dataset and the statistics used, to scale other data the same way. */
    public record Result(Dataset data, Standardization stats) {}

    public int features() { return mean.length; }

    /** Scales {@code ds}'s inputs with these statistics; the result remembers them. */
    public Dataset apply(Dataset ds) { return ds.withInputs(apply(ds.inputs(), ds.name())).withScaling(this); }

    /** Scales the rows of {@code x} (m×features). */
    public Matrix apply(Matrix x) { return apply(x, Messages.t("data.the-data")); }

    private Matrix apply(Matrix x, String name) {
        int f = features();
        if (x.cols() != f)
            throw new DataException(Messages.t("data.normalisation-features", name, x.cols(), f));
        double[] in = x.data(), out = new double[in.length];
        for (int i = 0; i < in.length; i++) out[i] = (in[i] - mean[i % f]) / scale(i % f);
        return new Matrix(x.rows(), f, out);
    }

    /**
     * The one normalisation that does this one and then {@code next}: x' = (x − mean − scale·next.mean) /
     * (scale·next.scale), so data normalised twice still remembers how to get from the raw inputs.
     */
    public Standardization then(Standardization next) {
        int f = features();
        if (next.features() != f) throw new IllegalArgumentException(Messages.t("internal.features-then", f, next.features()));
        double[] m = new double[f], sd = new double[f];
        for (int c = 0; c < f; c++) {
            m[c] = mean[c] + scale(c) * next.mean[c];
            sd[c] = std[c] == 0 || next.std[c] == 0 ? 0 : std[c] * next.std[c];
        }
        return new Standardization(m, sd);
    }

    private double scale(int c) { return std[c] == 0 ? 1.0 : std[c]; }

    /** The 0-based indices of columns that were constant in the fitted data. */
    public int[] constantColumns() {
        int n = 0;
        for (double s : std) if (s == 0) n++;
        int[] out = new int[n];
        for (int c = 0, k = 0; c < std.length; c++) if (std[c] == 0) out[k++] = c;
        return out;
    }

    @Override public double[] mean() { return mean.clone(); }

    @Override public double[] std() { return std.clone(); }

    @Override public boolean equals(Object o) {
        return o instanceof Standardization s && Arrays.equals(s.mean, mean) && Arrays.equals(s.std, std);
    }

    @Override public int hashCode() { return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std); }

    @Override public String toString() { return "Standardization[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]"; }
}
