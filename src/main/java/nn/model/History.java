package nn.model;

import nn.i18n.Messages;
import java.util.Arrays;

/**
 * What one training run did, epoch by epoch: the network's name, the loss minimised, the loss and
 * accuracy of every finished epoch (accuracy is NaN for data without classes), the validation loss and
 * accuracy (NaN without validation data), the learning rate each epoch used, and how the run ended.
 * Epoch e (1-based) is at index e − 1. An epoch's loss and accuracy are averaged over its batches as
 * they were trained (as Keras reports them); {@link Loss#SSE} is summed over the epoch's examples. The
 * validation numbers are measured after the epoch's last update, on the whole validation data, in one
 * forward pass without dropout.
 *
 * @param endEpoch the epoch at which the run ended: the last one, the one whose stop condition held,
 *                 the one that diverged or the one that was interrupted
 * @param best     the watched number's best epoch, for early stopping and keep best; null when nothing was watched
 */
public record History(String network, Loss loss, double[] losses, double[] accuracies, double[] valLosses,
                      double[] valAccuracies, double[] rates, End end, int endEpoch, Best best) {

    /** How a run ended. */
    public enum End {
        /** Every epoch asked for ran. */
        COMPLETED,
        /** The stop condition held after {@code endEpoch}. */
        STOPPED,
        /** The watched number had not improved for the patience's epochs after {@code endEpoch}. */
        NO_IMPROVEMENT,
        /** The loss became NaN or infinite during {@code endEpoch}; its value is the last in {@code losses}. */
        DIVERGED,
        /** Interrupted (Ctrl-C) during {@code endEpoch}, after a batch or inside one (whose update is dropped); finished epochs only are recorded. */
        INTERRUPTED
    }

    /**
     * The epoch whose {@code monitor} value was best, and whether its weights were put back at the end
     * ({@code keep best}; false also when the best epoch was the last, whose weights the network has).
     */
    public record Best(Monitor monitor, int epoch, double value, boolean restored) {}

    public History {
        int n = losses.length;
        if (accuracies.length != n || valLosses.length != n || valAccuracies.length != n || rates.length != n)
            throw new IllegalArgumentException(Messages.t("internal.history-lengths", n, accuracies.length, valLosses.length,
                    valAccuracies.length, rates.length));
        losses = losses.clone();
        accuracies = accuracies.clone();
        valLosses = valLosses.clone();
        valAccuracies = valAccuracies.clone();
        rates = rates.clone();
    }

    /** A run without validation data or a watched number, at a constant rate. */
    public History(String network, Loss loss, double[] losses, double[] accuracies, End end, int endEpoch) {
        this(network, loss, losses, accuracies, nans(losses.length), nans(losses.length), nans(losses.length), end, endEpoch, null);
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** How many epochs are recorded. */
    public int epochs() { return losses.length; }

    /** The loss of the last recorded epoch, or NaN when none is. */
    public double lastLoss() { return last(losses); }

    /** The accuracy of the last recorded epoch, or NaN. */
    public double lastAccuracy() { return last(accuracies); }

    public double lastValLoss() { return last(valLosses); }

    public double lastValAccuracy() { return last(valAccuracies); }

    private static double last(double[] a) { return a.length == 0 ? Double.NaN : a[a.length - 1]; }

    /** True when the data had classes, so accuracies are numbers. */
    public boolean hasAccuracy() { return accuracies.length > 0 && !Double.isNaN(accuracies[0]); }

    /** True when the run measured validation data. */
    public boolean hasValidation() { return valLosses.length > 0 && !Double.isNaN(valLosses[0]); }

    /** The values of {@code m}, epoch by epoch. */
    public double[] values(Monitor m) {
        return switch (m) {
            case LOSS -> losses();
            case ACCURACY -> accuracies();
            case VAL_LOSS -> valLosses();
            case VAL_ACCURACY -> valAccuracies();
        };
    }

    @Override public double[] losses() { return losses.clone(); }
    @Override public double[] accuracies() { return accuracies.clone(); }
    @Override public double[] valLosses() { return valLosses.clone(); }
    @Override public double[] valAccuracies() { return valAccuracies.clone(); }
    @Override public double[] rates() { return rates.clone(); }

    @Override public boolean equals(Object o) {
        return o instanceof History h && h.network.equals(network) && h.loss == loss && h.end == end && h.endEpoch == endEpoch
                && Arrays.equals(h.losses, losses) && Arrays.equals(h.accuracies, accuracies)
                && Arrays.equals(h.valLosses, valLosses) && Arrays.equals(h.valAccuracies, valAccuracies)
                && Arrays.equals(h.rates, rates) && java.util.Objects.equals(h.best, best);
    }

    @Override public int hashCode() { return 31 * Arrays.hashCode(losses) + Arrays.hashCode(accuracies) + end.hashCode(); }

    @Override public String toString() {
        return "History[" + network + ", " + loss.word() + ", " + epochs() + " epochs, " + end + " at " + endEpoch + "]";
    }
}
