package nn.interp;

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

/**
 * The builtins that make and change datasets: csv, mnist, the seeded generators (spiral, circles,
 * moons, blobs, xor_grid), split, normalize, onehot and batches. Files are reached only through the
 * sandbox; a generator or split without a seed draws one from the run's generator ({@code seed N}).
 */
final class DataBuiltins {
    private DataBuiltins() {}

    static void install(Interpreter in) {
        Builtins.define(in, "csv", Args.Signature.of("file", "target?", "onehot?"), a -> {
            Path file = in.sandbox.forReading(a.string("file"));
            TargetColumn target = !a.has("target") ? TargetColumn.last()
                    : a.value("target") instanceof Value.Str s ? TargetColumn.named(s.value()) : TargetColumn.at(a.integer("target"));
            boolean oneHot = a.bool("onehot", false);
            return loaded(in, a, CsvLoader.load(file, target, oneHot));
        });
        Builtins.define(in, "mnist", Args.Signature.of("path", "limit?", "onehot?"), a -> {
            Path path = in.sandbox.forReading(a.string("path"));
            int limit = a.has("limit") ? a.positive("limit") : IdxLoader.ALL;
            if (limit != IdxLoader.ALL) in.allocate(limit, 28 * 28 + 1, a.callSpan());
            boolean oneHot = a.bool("onehot", false);
            return loaded(in, a, IdxLoader.mnist(path, limit, oneHot));
        });
        Builtins.define(in, "spiral", Args.Signature.of("points?", "classes?", "noise?", "seed?"), a -> {
            int points = points(in, a), classes = a.has("classes") ? a.positive("classes") : 2;
            double noise = a.number("noise", 0.2);
            long seed = seed(in, a);
            return generated(() -> Generators.spiral(points, classes, noise, seed));
        });
        Builtins.define(in, "circles", Args.Signature.of("points?", "noise?", "factor?", "seed?"), a -> {
            int points = points(in, a);
            double noise = a.number("noise", 0.05), factor = a.number("factor", 0.5);
            long seed = seed(in, a);
            return generated(() -> Generators.circles(points, noise, factor, seed));
        });
        Builtins.define(in, "moons", Args.Signature.of("points?", "noise?", "seed?"), a -> {
            int points = points(in, a);
            double noise = a.number("noise", 0.1);
            long seed = seed(in, a);
            return generated(() -> Generators.moons(points, noise, seed));
        });
        Builtins.define(in, "blobs", Args.Signature.of("points?", "centers?", "std?", "seed?"), a -> {
            int points = points(in, a), centers = a.has("centers") ? a.positive("centers") : 3;
            double std = a.number("std", 1.0);
            long seed = seed(in, a);
            return generated(() -> Generators.blobs(points, centers, std, seed));
        });
        Builtins.define(in, "xor_grid", Args.Signature.of("points?", "noise?", "seed?"), a -> {
            int points = points(in, a);
            double noise = a.number("noise", 0.15);
            long seed = seed(in, a);
            return generated(() -> Generators.xorGrid(points, noise, seed));
        });
        Builtins.define(in, "split", Args.Signature.of("data", "fraction", "seed?"), a -> {
            Dataset ds = dataset(a, "data");
            double fraction = a.number("fraction");
            long seed = seed(in, a);
            in.allocate(ds.size(), ds.features() + ds.targets().cols(), a.callSpan());
            Split.Parts parts = Split.split(ds, fraction, seed);
            return new Value.ListV(List.of(
                    new Value.DatasetV(parts.first().named(ds.name() + " (" + percent(fraction) + ")")),
                    new Value.DatasetV(parts.second().named(ds.name() + " (" + percent(1 - fraction) + ")"))));
        });
        Builtins.define(in, "normalize", Args.Signature.of("data", "like?"), a -> {
            Dataset ds = dataset(a, "data");
            Dataset basis = a.has("like") ? dataset(a, "like") : ds;
            in.allocate(ds.size(), ds.features(), a.callSpan());
            return new Value.DatasetV(Standardization.fit(basis).apply(ds));
        });
        Builtins.define(in, "onehot", Args.Signature.of("data"), a -> {
            Dataset ds = dataset(a, "data");
            in.allocate(ds.size(), Math.max(1, ds.classes()), a.callSpan());
            return new Value.DatasetV(ds.oneHot());
        });
        Builtins.define(in, "batches", Args.Signature.of("data", "size", "seed?"), a -> {
            Dataset ds = dataset(a, "data");
            int size = a.positive("size");
            in.allocate(ds.size(), ds.features() + ds.targets().cols(), a.callSpan());
            Batches bs = a.has("seed") ? Batches.shuffled(ds, size, (long) a.integer("seed")) : Batches.inOrder(ds, size);
            List<Value> out = new ArrayList<>();
            int k = 1;
            for (Batches.Batch b : bs)
                out.add(new Value.DatasetV(ds.select(b.rows()).named(ds.name() + " (batch " + k++ + " of " + bs.count() + ")")));
            return new Value.ListV(out);
        });
    }

    static Dataset dataset(Args a, String name) {
        if (a.value(name) instanceof Value.DatasetV d) return d.dataset();
        throw a.wrong(name, "a dataset");
    }

    private static Value loaded(Interpreter in, Args a, Dataset ds) {
        in.allocate(ds.size(), ds.features() + ds.targets().cols(), a.callSpan());
        return new Value.DatasetV(ds);
    }

    private static Value generated(java.util.function.Supplier<Dataset> make) {
        return new Value.DatasetV(make.get());
    }

    private static int points(Interpreter in, Args a) {
        int points = a.has("points") ? a.positive("points") : 200;
        in.allocate(points, 3, a.callSpan());
        return points;
    }

    /** The seed given, or one drawn from the run's generator, so runs stay reproducible under {@code seed N}. */
    private static long seed(Interpreter in, Args a) {
        return a.has("seed") ? a.integer("seed") : in.rng.nextLong() >>> 1;
    }

    private static String percent(double fraction) {
        double p = Math.round(fraction * 1000) / 10.0;
        return (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p)) + "%";
    }
}
