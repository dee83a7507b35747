package nn.interp.lib.metrics;

import static nn.interp.lib.Param.of;
import static nn.interp.lib.Param.optional;


import nn.data.Counts;
import java.util.ArrayList;
import java.util.List;
import nn.data.Dataset;
import nn.interp.Interpreter;
import nn.interp.RuntimeError;
import nn.interp.lib.train.TrainFeatures;
import nn.interp.Value;
import nn.lang.check.Names;
import nn.model.History;
import nn.model.Loss;
import nn.model.Metrics;
import nn.model.ModelException;
import nn.model.Network;
import nn.tensor.Matrix;
import nn.interp.lib.Area;
import nn.interp.lib.Args;
import nn.interp.lib.Builtin;
import nn.interp.lib.Impl;
import nn.interp.lib.Param;
import nn.interp.lib.Type;
import nn.interp.lib.data.DataLib;

/**
 * How well a network does: {@code accuracy(net, data)}, {@code predict(net, x)} (the class of each
 * row), {@code confusion(net, data)} (a labelled table of actual × predicted counts) and
 * {@code evaluate(net, data)} ({@code [loss, accuracy]}, so {@code l, a = evaluate(net, test)} works).
 */
public final class MetricsLib {
    private MetricsLib() {}

    private static Builtin fn(String name, String doc, String example, Impl impl, Param... params) {
        return new Builtin(name, Area.METRICS, List.of(params), doc, example, impl);
    }

    public static final List<Builtin> BUILTINS = List.of(
            fn("accuracy", "the fraction of examples whose predicted class is their target's", "print accuracy(net, test)",
                    MetricsLib::accuracy, of("net", Type.NETWORK), of("data", Type.DATASET)),
            fn("predict", "the class the network predicts for a row (a number) or for each row or example (a column)",
                    "predict(net, [1, 0])  # 1", MetricsLib::predict, of("net", Type.NETWORK), of("x", Type.ANY)),
            fn("confusion", "counts of (actual class, predicted class) as a labelled table", "print confusion(net, test)",
                    MetricsLib::confusion, of("net", Type.NETWORK), of("data", Type.DATASET)),
            fn("evaluate", "[loss, accuracy] over a dataset; the loss of the network's last training, or one fitting its output, when not named",
                    "l, a = evaluate(net, test, loss = cross_entropy)", MetricsLib::evaluate,
                    of("net", Type.NETWORK), of("data", Type.DATASET), optional("loss", Type.LOSS)));

    private static Value accuracy(Interpreter in, Args a) {
        Network net = network(a);
        Dataset ds = checked(in, net, a, "data");
        return new Value.Num(Metrics.accuracy(net, ds));
    }

    private static Value predict(Interpreter in, Args a) {
        Network net = network(a);
        if (a.value("x") instanceof Value.DatasetV) {
            Dataset ds = checked(in, net, a, "x");
            return new Value.Mat(column(Metrics.predict(net, ds)));
        }
        Matrix x = a.matrix("x");
        if (x.cols() != net.inputSize())
            throw new RuntimeError(a.span("x"), "the network " + net.name() + " takes rows of "
                    + Counts.of(net.inputSize(), "input") + ", got a " + x.shape() + " matrix");
        in.chargeForward(net, x.rows(), a.callSpan());
        int[] classes = Metrics.predictedClasses(net, Metrics.outputs(net, x), 2);
        return x.rows() == 1 ? new Value.Num(classes[0]) : new Value.Mat(column(classes));
    }

    private static Value confusion(Interpreter in, Args a) {
        Network net = network(a);
        Dataset ds = checked(in, net, a, "data");
        Matrix counts = Metrics.confusion(net, ds);
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < counts.rows(); c++) labels.add(c < ds.classes() ? ds.classLabel(c) : Integer.toString(c));
        return new Value.ConfusionV(counts, labels);
    }

    private static Value evaluate(Interpreter in, Args a) {
        Network net = network(a);
        Dataset ds = checked(in, net, a, "data");
        Loss loss = a.has("loss") ? loss(a) : defaultLoss(net, ds);
        Metrics.Evaluation e = Metrics.evaluate(net, ds, loss);
        return new Value.ListV(List.of(new Value.Num(e.loss()), new Value.Num(e.accuracy())));
    }

    private static Network network(Args a) {
        if (a.value("net") instanceof Value.NetworkV n) return n.network();
        throw a.wrong("net", "a network");
    }

    /** The dataset argument, checked against the network's inputs; the forward pass over it is charged. */
    private static Dataset checked(Interpreter in, Network net, Args a, String name) {
        Dataset ds = DataLib.dataset(a, name);
        if (ds.features() != net.inputSize())
            throw new RuntimeError(a.span(name), "the network " + net.name() + " takes " + Counts.of(net.inputSize(), "input")
                    + " but " + ds.name() + " has " + Counts.of(ds.features(), "feature"));
        if (ds.size() == 0) throw new RuntimeError(a.span(name), "the dataset " + ds.name() + " has no examples");
        in.chargeForward(net, ds.size(), a.callSpan());
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
}
