package nn.model;

/**
 * Watches a training run: progress after every batch (and the chance to stop it there, for Ctrl-C or
 * a time limit), statistics after every epoch (and the chance to stop, for a stop condition). The
 * trainer prints nothing itself; a listener decides what the user sees.
 */
public interface TrainListener {
    TrainListener SILENT = new TrainListener() {};

    /** Where a run stands after a batch: {@code seen} of {@code size} examples of epoch {@code epoch} of {@code epochs}, at learning rate {@code rate}. */
    record Progress(int epoch, int epochs, int seen, int size, double batchLoss, double rate) {}

    /**
     * A finished epoch: its loss and accuracy (NaN without classes), its validation loss and accuracy
     * (NaN without validation data), and the learning rate it used, as recorded in the {@link History}.
     */
    record EpochStats(int epoch, double loss, double accuracy, double valLoss, double valAccuracy, double rate) {
        public EpochStats(int epoch, double loss, double accuracy) { this(epoch, loss, accuracy, Double.NaN, Double.NaN, Double.NaN); }
    }

    /** Called after every batch's update; false stops the run here, keeping the weights (History.End.INTERRUPTED). */
    default boolean afterBatch(Progress p) { return true; }

    /** Called after every finished epoch; true stops the run (History.End.STOPPED). */
    default boolean afterEpoch(EpochStats s) { return false; }
}
