package nn.model;

/**
 * The settings of a training run, as a {@code train NET on DATA { … }} block gives them.
 *
 * @param batchSize   examples per update; {@link #FULL_BATCH} for the whole dataset at once
 * @param shuffleSeed seed of the per-epoch shuffle (one generator for the whole run, so every epoch
 *                    gets a different, reproducible order), or null to keep the data's order
 */
public record TrainConfig(Loss loss, Optimizer optimizer, int epochs, int batchSize, Long shuffleSeed) {
    public static final int FULL_BATCH = 0;

    public TrainConfig {
        if (loss == null) throw new IllegalArgumentException("a training run needs a loss");
        if (optimizer == null) throw new IllegalArgumentException("a training run needs an optimizer");
        if (epochs < 1) throw new ModelException("epochs must be at least 1, got " + epochs);
        if (batchSize < 0) throw new ModelException("the batch size must be at least 1, got " + batchSize);
    }
}
