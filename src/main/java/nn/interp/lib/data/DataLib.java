package nn.interp.lib.data;

import nn.i18n.Messages;
import static nn.interp.lib.Param.of;
import static nn.interp.lib.Param.optional;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nn.data.Batches;
import nn.data.CsvLoader;
import nn.data.Dataset;
import nn.data.Generators;
import nn.data.IdxLoader;
import nn.data.Split;
import nn.data.Standardization;
import nn.data.TargetColumn;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.Value;
import nn.interp.lib.Area;
import nn.interp.lib.Args;
import nn.interp.lib.Builtin;
import nn.interp.lib.Impl;
import nn.interp.lib.Param;
import nn.interp.lib.Type;
import nn.interp.lib.Field;
import nn.interp.lib.Holder;
import nn.tensor.decimal.ShortestDigits;

/**
 * The builtins that make and change datasets: csv, mnist, the seeded generators (spiral, circles,
 * moons, blobs, xor_grid), split, normalize, onehot and batches. Files are reached only through the
 * sandbox; a generator or split without a seed draws one from the run's generator ({@code seed N}).
 */
public final class DataLib {
    private DataLib() {}

    private static Builtin fn(String name, String doc, String example, Impl impl, Param... params) {
        return new Builtin(name, Area.DATA, List.of(params), doc, example, impl);
    }

    private static final String SEED = "; seed: drawn from the run's generator when left out";

    public static final List<Builtin> BUILTINS = List.of(
            fn("csv", "a dataset from a CSV file with a header; the target is the last column unless named or numbered",
                    "iris = csv(\"iris.csv\", target = \"species\")", DataLib::xcsv,
                    of("file", Type.STRING), optional("target", Type.ANY), optional("onehot", Type.BOOL, false)),
            fn("mnist", "MNIST digits from the IDX files in a folder (pixels scaled to 0 … 1)", "train_set = mnist(\"mnist\", limit = 1000)",
                    DataLib::mnist, of("path", Type.STRING), optional("limit", Type.WHOLE), optional("onehot", Type.BOOL, false)),
            fn("spiral", "CS231n's spiral: each class an arm turning 4 radians" + SEED, "sp = spiral(points = 200, seed = 7)", DataLib::spiral,
                    optional("points", Type.WHOLE, 200), optional("classes", Type.WHOLE, 2), optional("noise", Type.NUMBER, 0.2),
                    optional("seed", Type.WHOLE)),
            fn("circles", "two concentric circles (the inner one factor times the outer's radius)" + SEED, "c = circles(points = 200, seed = 1)",
                    DataLib::circles, optional("points", Type.WHOLE, 200), optional("noise", Type.NUMBER, 0.05),
                    optional("factor", Type.NUMBER, 0.5), optional("seed", Type.WHOLE)),
            fn("moons", "two interleaving half circles" + SEED, "m = moons(points = 200, seed = 1)", DataLib::moons,
                    optional("points", Type.WHOLE, 200), optional("noise", Type.NUMBER, 0.1), optional("seed", Type.WHOLE)),
            fn("blobs", "Gaussian clusters around centers, one class each" + SEED, "b = blobs(points = 300, centers = 3, seed = 1)",
                    DataLib::blobs, optional("points", Type.WHOLE, 200), optional("centers", Type.WHOLE, 3),
                    optional("std", Type.NUMBER, 1), optional("seed", Type.WHOLE)),
            fn("xor_grid", "points in the four quadrants, classed by the XOR of their signs" + SEED, "g = xor_grid(points = 200, seed = 1)",
                    DataLib::xor_grid, optional("points", Type.WHOLE, 200), optional("noise", Type.NUMBER, 0.15), optional("seed", Type.WHOLE)),
            fn("split", "two datasets: a shuffled fraction of the examples and the rest" + SEED, "train_set, test = split(data, 0.8, seed = 1)",
                    DataLib::xsplit, of("data", Type.DATASET), of("fraction", Type.NUMBER), optional("seed", Type.WHOLE)),
            fn("normalize", "features standardised to mean 0 and deviation 1; the result remembers the statistics (with like: "
                            + "scaled as like was, e.g. test data as the training data)",
                    "test = normalize(test, like = train_set)", DataLib::normalize, of("data", Type.DATASET), optional("like", Type.DATASET)),
            fn("onehot", "class targets as one-hot rows", "d = onehot(d)", DataLib::onehot, of("data", Type.DATASET)),
            fn("batches", "a list of datasets of size examples each, shuffled when a seed is given", "for b in batches(d, 32) { print b }",
                    DataLib::batches, of("data", Type.DATASET), of("size", Type.WHOLE), optional("seed", Type.WHOLE)));

    private static Value xcsv(Interpreter in, Args a) {
        Path file = in.sandbox().forReading(a.string("file"));
        TargetColumn target = !a.has("target") ? TargetColumn.last()
                : a.value("target") instanceof Value.Str s ? TargetColumn.named(s.value()) : TargetColumn.at(a.integer("target"));
        boolean oneHot = a.bool("onehot", false);
        return loaded(in, a, CsvLoader.load(file, target, nn.data.TargetKind.AUTO, oneHot, charged(in, a)));
    }

    private static Value mnist(Interpreter in, Args a) {
        Path path = in.sandbox().forReading(a.string("path"));
        int limit = a.has("limit") ? a.positive("limit") : IdxLoader.ALL;
        boolean oneHot = a.bool("onehot", false);
        return loaded(in, a, IdxLoader.mnist(path, limit, oneHot, in.sandbox()::check, charged(in, a)));
    }

    private static Value spiral(Interpreter in, Args a) {
        int points = points(in, a), classes = a.positive("classes");
        double noise = a.number("noise");
        long seed = seed(in, a);
        return generated(() -> Generators.spiral(points, classes, noise, seed));
    }

    private static Value circles(Interpreter in, Args a) {
        int points = points(in, a);
        double noise = a.number("noise"), factor = a.number("factor");
        long seed = seed(in, a);
        return generated(() -> Generators.circles(points, noise, factor, seed));
    }

    private static Value moons(Interpreter in, Args a) {
        int points = points(in, a);
        double noise = a.number("noise");
        long seed = seed(in, a);
        return generated(() -> Generators.moons(points, noise, seed));
    }

    private static Value blobs(Interpreter in, Args a) {
        int points = points(in, a), centers = a.positive("centers");
        double std = a.number("std");
        long seed = seed(in, a);
        return generated(() -> Generators.blobs(points, centers, std, seed));
    }

    private static Value xor_grid(Interpreter in, Args a) {
        int points = points(in, a);
        double noise = a.number("noise");
        long seed = seed(in, a);
        return generated(() -> Generators.xorGrid(points, noise, seed));
    }

    private static Value xsplit(Interpreter in, Args a) {
        Dataset ds = dataset(a, "data");
        double fraction = a.number("fraction");
        long seed = seed(in, a);
        in.allocate(ds.size(), ds.features() + ds.targets().cols(), a.callSpan());
        Split.Parts parts = Split.split(ds, fraction, seed);
        return new Value.ListV(List.of(
                new Value.DatasetV(parts.first().named(ds.name() + " (" + percent(fraction) + ")")),
                new Value.DatasetV(parts.second().named(ds.name() + " (" + percent(1 - fraction) + ")"))));
    }

    private static Value normalize(Interpreter in, Args a) {
        Dataset ds = dataset(a, "data");
        in.allocate(ds.size(), ds.features(), a.callSpan());
        if (a.has("like")) {
            Dataset like = dataset(a, "like");
            // The statistics like was normalised with, when it remembers them; else like's own (the old meaning).
            if (like.scaling() != null) {
                if (ds.scaling() != null)
                    throw new RuntimeError(a.span("data"), Messages.t("data.already-normalized", ds.name()), Messages.t("data.already-normalized-hint", like.name()));
                if (like.scaling().features() != ds.features())
                    throw new RuntimeError(a.span("data"), Messages.t("data.normalize-like-features", ds.name(), ds.features(), like.name(), like.scaling().features()));
                return new Value.DatasetV(like.scaling().apply(ds));
            }
            return new Value.DatasetV(Standardization.fit(like).apply(ds));
        }
        Standardization s = Standardization.fit(ds);
        Dataset out = s.apply(ds);
        return new Value.DatasetV(ds.scaling() == null ? out : out.withScaling(ds.scaling().then(s)));
    }

    private static Value onehot(Interpreter in, Args a) {
        Dataset ds = dataset(a, "data");
        in.allocate(ds.size(), Math.max(1, ds.classes()), a.callSpan());
        return new Value.DatasetV(ds.oneHot());
    }

    private static Value batches(Interpreter in, Args a) {
        Dataset ds = dataset(a, "data");
        int size = a.positive("size");
        in.allocate(ds.size(), ds.features() + ds.targets().cols(), a.callSpan());
        Batches bs = a.has("seed") ? Batches.shuffled(ds, size, (long) a.integer("seed")) : Batches.inOrder(ds, size);
        List<Value> out = new ArrayList<>();
        int k = 1;
        for (Batches.Batch b : bs)
            out.add(new Value.DatasetV(ds.select(b.rows()).named(Messages.t("data.batch-name", ds.name(), k++, bs.count()))));
        return new Value.ListV(out);
    }

    public static Dataset dataset(Args a, String name) {
        if (a.value(name) instanceof Value.DatasetV d) return d.dataset();
        throw a.wrong(name, Messages.t("data.expected-dataset"));
    }

    private static Value loaded(Interpreter in, Args a, Dataset ds) {
        in.allocate(ds.size(), ds.features() + ds.targets().cols(), a.callSpan());
        return new Value.DatasetV(ds);
    }

    /** A loader's charges go to the run's memory budget, at the call. */
    private static nn.data.LoadBudget charged(Interpreter in, Args a) {
        return (rows, cols) -> in.allocate(rows, cols, a.callSpan());
    }

    private static Value generated(java.util.function.Supplier<Dataset> make) {
        return new Value.DatasetV(make.get());
    }

    private static int points(Interpreter in, Args a) {
        int points = a.positive("points");
        in.allocate(points, 3, a.callSpan());
        return points;
    }

    /** The seed given, or one drawn from the run's generator, so runs stay reproducible under {@code seed N}. */
    private static long seed(Interpreter in, Args a) {
        return a.has("seed") ? a.integer("seed") : in.rng().nextLong() >>> 1;
    }

    private static String percent(double fraction) {
        double p = Math.round(fraction * 1000) / 10.0;
        return (p == Math.rint(p) ? Long.toString((long) p) : ShortestDigits.toString(p)) + "%";
    }

    private static Dataset data(Value v) { return ((Value.DatasetV) v).dataset(); }

    /** The fields of a dataset. */
    public static final List<Field> FIELDS = List.of(
            Field.of("inputs", Holder.DATASET, "matrix", "the input rows, one example a row", (in, v) -> new Value.Mat(data(v).inputs())),
            Field.of("targets", Holder.DATASET, "matrix", "the target rows", (in, v) -> new Value.Mat(data(v).targets())),
            Field.of("size", Holder.DATASET, "number", "the number of examples", (in, v) -> new Value.Num(data(v).size())),
            Field.of("features", Holder.DATASET, "number", "the number of inputs an example has", (in, v) -> new Value.Num(data(v).features())),
            Field.of("classes", Holder.DATASET, "number", "the number of classes (0 for numeric targets)", (in, v) -> new Value.Num(data(v).classes())),
            Field.of("labels", Holder.DATASET, "list of strings", "the class names", (in, v) -> {
                List<Value> labels = new ArrayList<>();
                for (int c = 0; c < data(v).classes(); c++) labels.add(new Value.Str(data(v).classLabel(c)));
                return new Value.ListV(labels);
            }),
            Field.of("name", Holder.DATASET, "string", "the dataset's name", (in, v) -> new Value.Str(data(v).name())));
}
