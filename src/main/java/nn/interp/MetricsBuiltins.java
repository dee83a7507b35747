package nn.interp;

import nn.data.Counts;
import java.util.ArrayList;
import java.util.List;
import nn.data.Dataset;
import nn.lang.ast.Expr;
import nn.lang.check.Names;
import nn.model.History;
import nn.model.Loss;
import nn.model.ModelException;
import nn.model.Metrics;
import nn.model.Network;
import nn.tensor.Matrix;

/**
 * How well a network does: {@code accuracy(net, data)}, {@code predict(net, x)} (the class of each
 * row), {@code confusion(net, data)} (a labelled table of actual × predicted counts) and
 * {@code evaluate(net, data)} ({@code [loss, accuracy]}, so {@code l, a = evaluate(net, test)} works).
 */
final class MetricsBuiltins {
    private MetricsBuiltins() {}

    static void install(Interpreter in) {
        Builtins.define(in, "accuracy", Args.Signature.of("net", "data"), a -> {
            Network net = network(a);
            Dataset ds = checked(in, net, a, "data");
            return new Value.Num(Metrics.accuracy(net, ds));
        });
        Builtins.define(in, "predict", Args.Signature.of("net", "x"), a -> {
            Network net = network(a);
            if (a.value("x") instanceof Value.DatasetV) {
                Dataset ds = checked(in, net, a, "x");
                return new Value.Mat(column(Metrics.predict(net, ds)));
            }
            Matrix x = a.matrix("x");
            if (x.cols() != net.inputSize())
                throw new RuntimeError(a.span("x"), "the network " + net.name() + " takes rows of "
                        + Counts.of(net.inputSize(), "input") + ", got a " + x.shape() + " matrix");
            chargeForward(in, net, x.rows(), a.callSpan());
            int[] classes = Metrics.predictedClasses(Metrics.outputs(net, x), 2);
            return x.rows() == 1 ? new Value.Num(classes[0]) : new Value.Mat(column(classes));
        });
        Builtins.define(in, "confusion", Args.Signature.of("net", "data"), a -> {
            Network net = network(a);
            Dataset ds = checked(in, net, a, "data");
            Matrix counts = Metrics.confusion(net, ds);
            List<String> labels = new ArrayList<>();
            for (int c = 0; c < counts.rows(); c++) labels.add(c < ds.classes() ? ds.classLabel(c) : Integer.toString(c));
            return new Value.ConfusionV(counts, labels);
        });
        Builtins.define(in, "evaluate", Args.Signature.of("net", "data", "loss?"), a -> {
            Network net = network(a);
            Dataset ds = checked(in, net, a, "data");
            Loss loss = a.has("loss") ? loss(a) : defaultLoss(net, ds);
            Metrics.Evaluation e = Metrics.evaluate(net, ds, loss);
            return new Value.ListV(List.of(new Value.Num(e.loss()), new Value.Num(e.accuracy())));
        });
    }

    /** Charges the memory budget for a forward pass over {@code rows} rows (run in chunks of at most Metrics' chunk size). */
    static void chargeForward(Interpreter in, Network net, long rows, nn.lang.source.Span at) {
        long units = net.inputSize();
        for (var layer : net.layers()) units += layer.units();
        in.allocate(Math.min(rows, 4096), units, at);
        in.allocate(rows, net.outputSize(), at);
    }

    private static Network network(Args a) {
        if (a.value("net") instanceof Value.NetworkV n) return n.network();
        throw a.wrong("net", "a network");
    }

    /** The dataset argument, checked against the network's inputs; the forward pass over it is charged. */
    private static Dataset checked(Interpreter in, Network net, Args a, String name) {
        Dataset ds = DataBuiltins.dataset(a, name);
        if (ds.features() != net.inputSize())
            throw new RuntimeError(a.span(name), "the network " + net.name() + " takes " + Counts.of(net.inputSize(), "input")
                    + " but " + ds.name() + " has " + Counts.of(ds.features(), "feature"));
        if (ds.size() == 0) throw new RuntimeError(a.span(name), "the dataset " + ds.name() + " has no examples");
        chargeForward(in, net, ds.size(), a.callSpan());
        return ds;
    }

    private static Loss defaultLoss(Network net, Dataset ds) {
        History h = TrainFeatures.lastHistory(net);
        return h != null ? h.loss() : Metrics.defaultLoss(net, ds);
    }

    private static Loss loss(Args a) {
        String word = switch (a.value("loss")) {
            case Value.Builtin b -> b.name();
            case Value.Str s -> s.value();
            default -> throw a.wrong("loss", "a loss: sse, mse, bce or cross_entropy");
        };
        try {
            return Loss.parse(word);
        } catch (ModelException e) {
            throw new RuntimeError(a.span("loss"), e.getMessage(), Names.suggest(word, List.of("sse", "mse", "bce", "cross_entropy")));
        }
    }

    private static Matrix column(int[] classes) {
        double[] d = new double[classes.length];
        for (int i = 0; i < d.length; i++) d[i] = classes[i];
        return new Matrix(d.length, 1, d);
    }

    /**
     * The confusion matrix as a table: a header line, the predicted classes across, the actual classes
     * down, then the accuracy it implies.
     */
    static String table(Format f, Value.ConfusionV c) {
        Matrix m = c.counts();
        int k = m.rows();
        String[][] cells = new String[k + 1][k + 1];
        cells[0][0] = "";
        for (int j = 0; j < k; j++) cells[0][j + 1] = c.labels().get(j);
        long total = 0, right = 0;
        for (int i = 0; i < k; i++) {
            cells[i + 1][0] = c.labels().get(i);
            for (int j = 0; j < k; j++) {
                long n = (long) m.get(i, j);
                cells[i + 1][j + 1] = Long.toString(n);
                total += n;
                if (i == j) right += n;
            }
        }
        int[] width = new int[k + 1];
        for (String[] row : cells) for (int j = 0; j <= k; j++) width[j] = Math.max(width[j], row[j].length());
        StringBuilder s = new StringBuilder("confusion matrix (rows: actual class, columns: predicted class)\n");
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder(" ");
            for (int j = 0; j <= k; j++) line.append("  ").append(" ".repeat(width[j] - row[j].length())).append(row[j]);
            s.append(line.toString().stripTrailing()).append('\n');
        }
        s.append("accuracy ").append(total == 0 ? "nan" : f.number((double) right / total))
                .append(" (").append(right).append(" of ").append(total).append(" correct)");
        return s.toString();
    }

    static Value member(Interpreter in, Value.ConfusionV c, Expr.Member m) {
        return switch (m.name()) {
            case "matrix", "counts" -> new Value.Mat(c.counts());
            case "labels" -> new Value.ListV(c.labels().stream().map(l -> (Value) new Value.Str(l)).toList());
            default -> throw new RuntimeError(m.span(), "a confusion matrix has no field '" + m.name() + "'",
                    "its fields are matrix and labels; c[i, j] counts class i predicted as j");
        };
    }
}
