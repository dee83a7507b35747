package nn.interp.lib.metrics;

import nn.i18n.Messages;
import nn.data.Dataset;
import nn.interp.Interpreter;
import nn.lang.source.Span;
import nn.model.Network;
import nn.tensor.Matrix;

/**
 * Catches raw inputs given to a network trained on normalized data. Normalized inputs have a root mean
 * square near 1 (each feature mean 0, deviation 1); inputs whose root mean square is above
 * {@value #RAW_RMS} are almost surely on the raw scale (pixels 0–255, prices, years), and the network
 * would answer nonsense without an error, so a warning says so, with the way to scale them.
 */
public final class InputScale {
    private InputScale() {}

    static final double RAW_RMS = 10;

    /** Warns at {@code at} when {@code net} learnt from normalized data and {@code x} looks raw. */
    static void check(Interpreter in, Network net, Matrix x, Span at, String hint) {
        if (net.inputScaling() == null || x.size() == 0) return;
        double sum = 0;
        for (double v : x.data()) sum += v * v;
        double rms = Math.sqrt(sum / x.size());
        if (!(rms > RAW_RMS)) return;
        in.output().warn(at, Messages.t("metrics.inputs-look-raw", net.name(), Math.round(rms)), hint);
    }

    /** For a call net(x): raw inputs to a network trained on normalized data get the same warning. */
    public static void checkCall(Interpreter in, Network net, Matrix x, Span at) {
        check(in, net, x, at, Messages.t("metrics.call-scaled-hint", net.name(), trainingData(net), at.text()));
    }

    /** As above for a dataset: one that remembers its normalisation is scaled already. */
    static void check(Interpreter in, Network net, Dataset ds, Span at) {
        if (ds.scaling() != null) return;
        check(in, net, ds.inputs(), at, Messages.t("metrics.normalize-it-hint", at.text(), trainingData(net)));
    }

    /** How the train statement wrote the network's training data (train_set), for hints. */
    static String trainingData(Network net) {
        String text = nn.interp.lib.train.TrainFeatures.lastDataText(net);
        return text == null ? "TRAINING_DATA" : text;
    }
}
