package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;
import java.util.Optional;

/**
 * Hebb's rule, "cells that fire together wire together": w ← w + η x y, applied sequentially in
 * dataset order, with no stopping criterion (it runs every epoch it is given).
 *
 * <p>The lecture writes the rule with y, the unit's output. Here y is the example's target d by
 * default (the supervised, "clamped" form): with the usual zero starting weights a unit's own
 * output is 0 and the unsupervised form would never learn anything. {@link #usingOutput} gives the
 * unsupervised form, y = the unit's output (Σwx for a linear unit, step(Σwx + b) for a
 * perceptron). A unit with a bias treats it as the weight of a constant input 1: b ← b + η y.
 */
public record HebbRule(double lr, boolean outputAsY) implements LearningRule {

    public HebbRule {
        if (!(lr > 0) || !Double.isFinite(lr))
            throw new ModelException(Messages.t("logic.learning-rate-positive", Num.format(lr)));
    }

    /** The supervised form: y is the target d. */
    public HebbRule(double lr) { this(lr, false); }

    /** The unsupervised form: y is the unit's own output. */
    public static HebbRule usingOutput(double lr) { return new HebbRule(lr, true); }

    /** Trains {@code unit} in place for exactly {@code epochs} epochs; {@code d} is ignored by the unsupervised form. */
    public TrainReport train(LearnableUnit unit, double[][] x, double[] d, int epochs, Narrator narrator) {
        Examples.check(unit.weightCount(), x, d, epochs, ((RowModel) unit).definite());
        int updates = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            for (int r = 0; r < x.length; r++) {
                narrator.example();
                double y = outputAsY ? output(unit, x[r]) : d[r];
                double[] dw = new double[x[r].length];
                for (int i = 0; i < dw.length; i++) dw[i] = lr * y * x[r][i];
                double db = unit.hasBias() ? lr * y : 0;
                if (narrator.enabled()) narrate(narrator, unit, x[r], d[r], y, dw, db, epoch, r);
                if (y != 0) {
                    unit.adjust(dw, db);
                    updates++;
                }
                if (narrator.enabled())
                    narrator.line(y == 0 ? Messages.t("logic.hebb-no-change")
                            : unit.hasBias() ? Messages.t("logic.now-w-b", Num.vector(unit.weights()), Num.format(unit.bias()))
                            : Messages.t("logic.now-w", Num.vector(unit.weights())));
            }
        }
        return new TrainReport(Messages.t("logic.rule-hebb"), TrainReport.Outcome.COMPLETED, epochs, updates, unit.weights(), unit.bias(), Optional.empty());
    }

    private static double output(LearnableUnit unit, double[] x) {
        return switch (unit) {
            case Perceptron p -> p.fire(x);
            case LinearUnit l -> l.net(x);
        };
    }

    private void narrate(Narrator narrator, LearnableUnit unit, double[] x, double d, double y, double[] dw, double db, int epoch, int r) {
        narrator.line(Messages.t("logic.example-header", epoch, r + 1, Num.vector(x), Num.format(d)));
        narrator.line(outputAsY
                ? "  y = " + (unit instanceof Perceptron ? "step(Σwx + b)" : "Σwx") + " = " + Num.format(y)
                : Messages.t("logic.hebb-target-as-output", Num.format(y)));
        String factor = Num.format(lr) + "·" + Num.term(y);
        narrator.line("  Δw = η·y·x = " + factor + "·" + Num.vector(x) + " = " + Num.vector(dw));
        if (unit.hasBias()) narrator.line("  Δb = η·y = " + factor + " = " + Num.format(db));
    }
}
