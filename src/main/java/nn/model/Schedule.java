package nn.model;

import nn.i18n.Messages;
import nn.tensor.Fdlibm;

/**
 * How the learning rate changes epoch by epoch in a train block, as PyTorch's schedulers (stepped
 * once per epoch) compute it; epoch e counts from 1 and its rate is fixed for the whole epoch:
 * <ul>
 *   <li>{@code constant}: lr every epoch (the default);
 *   <li>{@code step(every = N, factor = f)}: lr·f^⌊(e − 1)/N⌋ (StepLR(step_size = N, gamma = f));
 *   <li>{@code exponential(factor = f)}: lr·f^(e − 1) (ExponentialLR(gamma = f));
 *   <li>{@code cosine(epochs = T, min = m)}: m + (lr − m)(1 + cos(π(e − 1)/T))/2 (CosineAnnealingLR(T_max = T,
 *       eta_min = m) in its closed form); T is the run's epoch count when not given; past T epochs the
 *       rate climbs back along the cosine, as PyTorch's does.
 * </ul>
 * Powers and cosines are {@link Fdlibm}'s, so the rates are the same bits everywhere (the browser included).
 */
public sealed interface Schedule {
    /** The rate of epoch {@code epoch} (1-based) of a run of {@code epochs}, starting from {@code lr}. */
    double rate(double lr, int epoch, int epochs);

    /** How the language writes it: {@code step(every = 100, factor = 0.5)}. */
    String describe();

    Schedule CONSTANT = new Constant();

    record Constant() implements Schedule {
        @Override public double rate(double lr, int epoch, int epochs) { return lr; }
        @Override public String describe() { return "constant"; }
    }

    record Step(int every, double factor) implements Schedule {
        public Step {
            if (every < 1) throw new ModelException(Messages.t("model.step-every", every));
            checkFactor("step", factor);
        }
        @Override public double rate(double lr, int epoch, int epochs) { return lr * Fdlibm.pow(factor, (epoch - 1) / every); }
        @Override public String describe() { return "step(every = " + every + ", factor = " + Numbers.text(factor) + ")"; }
    }

    record Exponential(double factor) implements Schedule {
        public Exponential { checkFactor("exponential", factor); }
        @Override public double rate(double lr, int epoch, int epochs) { return lr * Fdlibm.pow(factor, epoch - 1); }
        @Override public String describe() { return "exponential(factor = " + Numbers.text(factor) + ")"; }
    }

    /** @param epochs the period T; 0 means the run's epoch count */
    record Cosine(int epochs, double min) implements Schedule {
        public Cosine {
            if (epochs < 0) throw new ModelException(Messages.t("model.cosine-epochs", epochs));
            if (!(min >= 0) || Double.isInfinite(min)) throw new ModelException(Messages.t("model.cosine-min", Numbers.text(min)));
        }
        @Override public double rate(double lr, int epoch, int runEpochs) {
            int t = epochs == 0 ? runEpochs : epochs;
            return min + (lr - min) * (1 + Fdlibm.cos(StrictMath.PI * (epoch - 1) / t)) / 2;
        }
        @Override public String describe() {
            return "cosine(" + (epochs == 0 ? "" : "epochs = " + epochs + ", ") + "min = " + Numbers.text(min) + ")";
        }
    }

    private static void checkFactor(String name, double factor) {
        if (!(factor > 0 && factor <= 1))
            throw new ModelException(Messages.t("model.schedule-factor", name, Numbers.text(factor)));
    }
}
