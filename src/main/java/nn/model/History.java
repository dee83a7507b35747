package nn.model;

import java.util.Arrays;

/**
 * What one training run did, epoch by epoch: the network's name, the loss minimised, the loss and
 * accuracy of every finished epoch (accuracy is NaN for data without classes), and how the run ended.
 * Epoch e (1-based) is at index e − 1. An epoch's loss and accuracy are averaged over its batches as
 * they were trained (as Keras reports them); {@link Loss#SSE} is summed over the epoch's examples.
 *
 * @param endEpoch the epoch at which the run ended: the last one, the one whose stop condition held,
 *                 the one that diverged or the one that was interrupted
 */
public record History(String network, Loss loss, double[] losses, double[] accuracies, End end, int endEpoch) {

    /** How a run ended. */
    public enum End {
        /** Every epoch asked for ran. */
        COMPLETED,
        /** The stop condition held after {@code endEpoch}. */
        STOPPED,
        /** The loss became NaN or infinite during {@code endEpoch}; its value is the last in {@code losses}. */
        DIVERGED,
        /** Interrupted (Ctrl-C) during {@code endEpoch}, after a batch or inside one (whose update is dropped); finished epochs only are recorded. */
        INTERRUPTED
    }

    public History {
        if (losses.length != accuracies.length)
            throw new IllegalArgumentException(losses.length + " losses but " + accuracies.length + " accuracies");
        losses = losses.clone();
        accuracies = accuracies.clone();
    }

    /** How many epochs are recorded. */
    public int epochs() { return losses.length; }

    /** The loss of the last recorded epoch, or NaN when none is. */
    public double lastLoss() { return losses.length == 0 ? Double.NaN : losses[losses.length - 1]; }

    /** The accuracy of the last recorded epoch, or NaN. */
    public double lastAccuracy() { return accuracies.length == 0 ? Double.NaN : accuracies[accuracies.length - 1]; }

    /** True when the data had classes, so accuracies are numbers. */
    public boolean hasAccuracy() { return accuracies.length > 0 && !Double.isNaN(accuracies[0]); }

    @Override public double[] losses() { return losses.clone(); }

    @Override public double[] accuracies() { return accuracies.clone(); }

    @Override public boolean equals(Object o) {
        return o instanceof History h && h.network.equals(network) && h.loss == loss && h.end == end && h.endEpoch == endEpoch
                && Arrays.equals(h.losses, losses) && Arrays.equals(h.accuracies, accuracies);
    }

    @Override public int hashCode() { return 31 * Arrays.hashCode(losses) + Arrays.hashCode(accuracies) + end.hashCode(); }

    @Override public String toString() {
        return "History[" + network + ", " + loss.word() + ", " + epochs() + " epochs, " + end + " at " + endEpoch + "]";
    }
}
