package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;
import java.util.Optional;

/**
 * Rosenblatt's learning rule, applied sequentially in dataset order: for each example x with
 * target d, y = [Σwx + b > 0] (Rosenblatt: 1 when positive, else 0) and then w ← w + η(d − y)x, b ← b + η(d − y). Training stops after
 * the first epoch in which no example changed the weights — "converged after N epochs" counts
 * that clean epoch — or when the epochs run out;
 * then {@link Separability} tells whether more epochs could ever help (for data within its size
 * limits). By the perceptron convergence theorem they can exactly when the data is linearly
 * separable.
 */
public record PerceptronRule(double lr) implements LearningRule {

    public PerceptronRule {
        if (!(lr > 0) || !Double.isFinite(lr))
            throw new ModelException(Messages.t("logic.learning-rate-positive", Num.format(lr)));
    }

    /** Trains {@code p} in place; targets must be 0 or 1. */
    public TrainReport train(Perceptron p, double[][] x, double[] d, int epochs, Narrator narrator) {
        Examples.check(p.inputCount(), x, d, epochs, p.definite());
        for (int r = 0; r < d.length; r++)
            if (d[r] != 0 && d[r] != 1)
                throw new ModelException(Messages.t("logic.perceptron-targets", r + 1, Num.format(d[r])));
        int updates = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            int before = updates;
            for (int r = 0; r < x.length; r++)
                if (step(p, x[r], d[r], epoch, r, narrator)) updates++;
            int made = updates - before;
            if (narrator.enabled())
                narrator.line(Messages.t("logic.end-of-epoch", epoch, made, Num.vector(p.weights()), Num.format(p.bias())));
            if (made == 0)
                return new TrainReport(Messages.t("logic.rule-perceptron"), TrainReport.Outcome.CONVERGED, epoch, updates, p.weights(), p.bias(), Optional.empty());
        }
        // Large data sets skip the verdict rather than stall on a big linear program.
        Optional<Separability.Result> verdict = Separability.fits(x.length, p.inputCount())
                ? Optional.of(Separability.check(x, d)) : Optional.empty();
        return new TrainReport(Messages.t("logic.rule-perceptron"), TrainReport.Outcome.NOT_CONVERGED, epochs, updates, p.weights(), p.bias(), verdict);
    }

    /** One example; true when the weights changed. */
    private boolean step(Perceptron p, double[] x, double d, int epoch, int r, Narrator narrator) {
        narrator.example();
        double[] w = p.weights();
        double b = p.bias();
        double net = p.net(x);
        double y = Perceptron.step(net);
        double error = d - y;
        double[] dw = new double[w.length];
        for (int i = 0; i < w.length; i++) dw[i] = lr * error * x[i];
        double db = lr * error;
        if (narrator.enabled()) {
            narrator.line(Messages.t("logic.example-header", epoch, r + 1, Num.vector(x), Num.format(d)));
            StringBuilder sum = new StringBuilder();
            for (int i = 0; i < w.length; i++) sum.append(i == 0 ? "" : " + ").append(Num.term(w[i])).append('·').append(Num.term(x[i]));
            narrator.line("  net = Σwx + b = " + sum + " + " + Num.term(b) + " = " + Num.format(net));
            narrator.line("  y = [" + Num.format(net) + " > 0] = " + Num.format(y));
            if (error == 0) {
                narrator.line(Messages.t("logic.no-update", Num.format(d), Num.format(y)));
            } else {
                String factor = Num.format(lr) + "·(" + Num.format(d) + " − " + Num.format(y) + ")";
                narrator.line("  Δw = η(d − y)x = " + factor + "·" + Num.vector(x) + " = " + Num.vector(dw));
                narrator.line("  Δb = η(d − y) = " + factor + " = " + Num.format(db));
            }
        }
        if (error == 0) return false;
        p.adjust(dw, db);
        if (narrator.enabled()) narrator.line(Messages.t("logic.now-w-b", Num.vector(p.weights()), Num.format(p.bias())));
        return true;
    }
}
