package nn.model;

import nn.data.Batches;

/**
 * One update of a training run, as {@link Trainer} repeats it: forward, loss, and — when the loss is
 * finite — backward and the optimizer's step. {@link GraphStep} does it on the autodiff graph in
 * float64; {@link Float32Step} on float32 buffers.
 */
sealed interface TrainStep permits GraphStep, Float32Step {
    /** Runs one batch and returns its loss (NaN or infinite: no update was made). */
    double run(Batches.Batch batch);

    /** How many rows of the last batch the network classified correctly (its outputs before the update). */
    int correct(Batches.Batch batch, int classes);

    /**
     * Makes the network hold the run's current weights: called before each epoch's listener (a stop
     * condition may evaluate the network) and when the run ends, however it ends.
     */
    void syncWeights();

    /**
     * Whether the step reads each batch's inputs from the dataset itself (by the batch's rows), so the
     * trainer's batches need not carry a float64 copy of them ({@link Batches#withoutInputs()}).
     */
    default boolean gathersInputs() { return false; }
}
