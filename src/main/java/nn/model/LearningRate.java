package nn.model;

import nn.i18n.Messages;

/**
 * An optimizer's learning rate: the rate it was given, the schedule that changes it, and the rate of
 * the current epoch (the given one until a train block starts an epoch).
 */
final class LearningRate {
    private final double lr;
    private final Schedule schedule;
    private double current;

    LearningRate(String optimizer, double lr, Schedule schedule) {
        if (!(lr > 0) || Double.isInfinite(lr))
            throw new ModelException(Messages.t("model.learning-rate-positive", optimizer, Numbers.text(lr)));
        this.lr = lr;
        this.schedule = schedule == null ? Schedule.CONSTANT : schedule;
        this.current = lr;
    }

    double lr() { return lr; }
    Schedule schedule() { return schedule; }
    double current() { return current; }

    void startEpoch(int epoch, int epochs) { current = schedule.rate(lr, epoch, epochs); }

    /** Takes the current rate of {@code other} (an optimizer's copy continues where the original was). */
    void copyCurrentFrom(LearningRate other) { current = other.current; }

    /** ", schedule = step(…)" when there is one, for describe(). */
    String describeSchedule() { return schedule instanceof Schedule.Constant ? "" : ", schedule = " + schedule.describe(); }

    static double checkDecay(String optimizer, double weightDecay) {
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay))
            throw new ModelException(Messages.t("model.weight-decay", optimizer, Numbers.text(weightDecay)));
        return weightDecay;
    }
}
