package nn.interp.lib.metrics;

import nn.i18n.Messages;
import static nn.interp.lib.Param.of;
import static nn.interp.lib.Param.optional;


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
import nn.interp.lib.Field;
import nn.interp.lib.Holder;

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
            fn("predict", "the class the network predicts for a row (a number) or for each row or example (a column); "
                            + "data: a normalized dataset whose statistics scale raw rows first",
                    "predict(net, [1, 0])  # 1", MetricsLib::predict, of("net", Type.NETWORK), of("x", Type.ANY), optional("data", Type.DATASET)),
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
            if (a.has("data"))
                throw new RuntimeError(a.span("data"), Messages.t("metrics.predict-dataset-with-data"),
                        Messages.t("metrics.predict-dataset-with-data-hint"));
            Dataset ds = checked(in, net, a, "x");
            return new Value.Mat(column(Metrics.predict(net, ds)));
        }
        Matrix x = a.matrix("x");
        if (x.cols() != net.inputSize())
            throw new RuntimeError(a.span("x"), Messages.t("metrics.rows-of-inputs", net.name(), net.inputSize(), x.shape()));
        if (a.has("data")) {
            Dataset basis = DataLib.dataset(a, "data");
            if (basis.scaling() == null)
                throw new RuntimeError(a.span("data"), Messages.t("metrics.not-normalized", basis.name()),
                        Messages.t("metrics.not-normalized-hint"));
            if (basis.scaling().features() != x.cols())
                throw new RuntimeError(a.span("data"), Messages.t("metrics.normalized-features", basis.name(), basis.scaling().features(), x.cols()));
            x = basis.scaling().apply(x);
        } else {
            InputScale.check(in, net, x, a.span("x"), Messages.t("metrics.scale-them-hint", net.name(), a.span("x").text(), InputScale.trainingData(net)));
        }
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
        throw a.wrong("net", Messages.t("metrics.expected-network"));
    }

    /** The dataset argument, checked against the network's inputs; the forward pass over it is charged. */
    private static Dataset checked(Interpreter in, Network net, Args a, String name) {
        Dataset ds = DataLib.dataset(a, name);
        if (ds.features() != net.inputSize())
            throw new RuntimeError(a.span(name), Messages.t("metrics.inputs-and-features", net.name(), net.inputSize(), ds.name(), ds.features()));
        if (ds.size() == 0) throw new RuntimeError(a.span(name), Messages.t("metrics.no-examples", ds.name()));
        InputScale.check(in, net, ds, a.span(name));
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
            default -> throw a.wrong("loss", Messages.t("metrics.expected-loss"));
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

    private static History history(Value v) { return ((Value.HistoryV) v).history(); }

    private static Value row(double[] values) { return new Value.Mat(new Matrix(1, values.length, values)); }

    /** The fields of a training history (what a train block returns) and of a confusion matrix. */
    public static final List<Field> FIELDS = List.of(
            Field.of("loss", Holder.HISTORY, "matrix", "the loss of every epoch (a row)",
                    (in, v) -> new Value.Mat(new Matrix(1, history(v).epochs(), history(v).losses()))),
            Field.of("accuracy", Holder.HISTORY, "matrix", "the accuracy of every epoch (a row)",
                    (in, v) -> new Value.Mat(new Matrix(1, history(v).epochs(), history(v).accuracies()))),
            Field.of("epochs", Holder.HISTORY, "number", "how many epochs ran", (in, v) -> new Value.Num(history(v).epochs())),
            Field.of("final_loss", Holder.HISTORY, "number", "the last epoch's loss", (in, v) -> new Value.Num(history(v).lastLoss())),
            Field.of("final_accuracy", Holder.HISTORY, "number", "the last epoch's accuracy", (in, v) -> new Value.Num(history(v).lastAccuracy())),
            Field.of("val_loss", Holder.HISTORY, "matrix", "the validation loss after every epoch (a row; nan without validation data)",
                    (in, v) -> row(history(v).valLosses())),
            Field.of("val_accuracy", Holder.HISTORY, "matrix", "the validation accuracy after every epoch (a row; nan without validation data or classes)",
                    (in, v) -> row(history(v).valAccuracies())),
            Field.of("final_val_loss", Holder.HISTORY, "number", "the last epoch's validation loss", (in, v) -> new Value.Num(history(v).lastValLoss())),
            Field.of("final_val_accuracy", Holder.HISTORY, "number", "the last epoch's validation accuracy",
                    (in, v) -> new Value.Num(history(v).lastValAccuracy())),
            Field.of("lr", Holder.HISTORY, "matrix", "the learning rate of every epoch (a row)", (in, v) -> row(history(v).rates())),
            Field.of("best_epoch", Holder.HISTORY, "number",
                    "the epoch whose watched number (early stopping's, or keep best's val_loss) was best; 0 when none was watched",
                    (in, v) -> new Value.Num(history(v).best() == null ? 0 : history(v).best().epoch())),
            Field.of("matrix", Holder.CONFUSION, "matrix", "the counts: row i, column j is class i predicted as j",
                    (in, v) -> new Value.Mat(((Value.ConfusionV) v).counts())),
            Field.of("counts", Holder.CONFUSION, "matrix", "the counts (as matrix)", (in, v) -> new Value.Mat(((Value.ConfusionV) v).counts())),
            Field.of("labels", Holder.CONFUSION, "list of strings", "the class names", (in, v) -> new Value.ListV(((Value.ConfusionV) v).labels().stream()
                    .map(l -> (Value) new Value.Str(l)).toList())));
}
