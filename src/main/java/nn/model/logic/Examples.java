package nn.model.logic;

import nn.i18n.Messages;

import nn.model.ModelException;

/** Shared checks on training data, with messages in the language's words. */
final class Examples {
    private Examples() {}

    static void check(int inputs, double[][] x, double[] d, int epochs, String unit) {
        if (x.length == 0) throw new ModelException(Messages.t("logic.training-no-examples"));
        if (d.length != x.length)
            throw new ModelException(Messages.t("logic.training-targets-count", x.length, d.length));
        for (int r = 0; r < x.length; r++) {
            if (x[r].length != inputs)
                throw new ModelException(Messages.t("logic.example-width", unit, inputs, r + 1, x[r].length));
            for (double v : x[r])
                if (!Double.isFinite(v)) throw new ModelException(Messages.t("logic.example-input-not-finite", r + 1));
            if (!Double.isFinite(d[r])) throw new ModelException(Messages.t("logic.example-target-not-finite", r + 1));
        }
        if (epochs < 1) throw new ModelException(Messages.t("logic.training-no-epochs", epochs));
    }
}
