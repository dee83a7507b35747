package nn.model;

import nn.i18n.Messages;

import nn.data.Dataset;
import nn.tensor.decimal.ShortestDigits;

/**
 * The settings of a training run, as a {@code train NET on DATA { … }} block gives them.
 *
 * @param batchSize   examples per update; {@link #FULL_BATCH} for the whole dataset at once
 * @param shuffleSeed seed of the per-epoch shuffle (one generator for the whole run, so every epoch
 *                    gets a different, reproducible order), or null to keep the data's order
 * @param validation  data measured after every epoch (loss and accuracy, one forward pass, no update), or null
 * @param patience    stop when its monitor has not improved for its epochs, or null
 * @param keepBest    at the end, put back the weights of the epoch whose {@link #watched()} number was best
 * @param clipNorm    the largest norm the gradient of all parameters together may have before each update
 *                    (PyTorch's clip_grad_norm_), or 0 for no clipping
 * @param dropoutSeed seed of the masks of layers that drop outputs in training
 */
public record TrainConfig(Loss loss, Optimizer optimizer, int epochs, int batchSize, Long shuffleSeed,
                          Dataset validation, Patience patience, boolean keepBest, double clipNorm, long dropoutSeed) {
    public static final int FULL_BATCH = 0;

    /** Stop when {@code monitor} has not improved for {@code epochs} epochs in a row (Keras' EarlyStopping(patience)). */
    public record Patience(Monitor monitor, int epochs) {
        public Patience {
            if (epochs < 1) throw new ModelException(Messages.t("model.patience-at-least", epochs));
        }
    }

    public TrainConfig {
        if (loss == null) throw new IllegalArgumentException(Messages.t("internal.training-needs-loss"));
        if (optimizer == null) throw new IllegalArgumentException(Messages.t("internal.training-needs-optimizer"));
        if (epochs < 1) throw new ModelException(Messages.t("model.epochs-at-least", epochs));
        if (batchSize < 0) throw new ModelException(Messages.t("model.batch-at-least", batchSize));
        if (!(clipNorm >= 0) || Double.isInfinite(clipNorm)) throw new ModelException(Messages.t("model.clip-positive", ShortestDigits.toString(clipNorm)));
        Monitor watched = patience != null ? patience.monitor() : keepBest ? Monitor.VAL_LOSS : null;
        if (patience == null && keepBest && validation == null)
            throw new ModelException(Messages.t("model.keep-best-needs-validation"));
        if (watched != null && watched.validation() && validation == null)
            throw new ModelException(Messages.t("model.monitor-needs-validation", watched.word()));
    }

    /** A run without validation, early stopping, clipping or dropout. */
    public TrainConfig(Loss loss, Optimizer optimizer, int epochs, int batchSize, Long shuffleSeed) {
        this(loss, optimizer, epochs, batchSize, shuffleSeed, null, null, false, 0, 0);
    }

    /** What {@code keep best} and the patience watch: the patience's monitor, else val_loss; null when neither is asked for. */
    public Monitor watched() { return patience != null ? patience.monitor() : keepBest ? Monitor.VAL_LOSS : null; }
}
